/**
 * The Markdown renderer for article bodies. Raw HTML is off (it shows as text), links are allow-listed,
 * headings move down one level (the page's <h1> is the title), and the first mention of each entity links to its page.
 */
import MarkdownIt from "markdown-it";

type Markdown = InstanceType<typeof MarkdownIt>;
type StateCore = Parameters<Parameters<Markdown["core"]["ruler"]["push"]>[1]>[0];
type Token = StateCore["tokens"][number];
type TokenClass = StateCore["Token"];

import { MAX_HEADINGS, MAX_IMAGES, MAX_LINKS, MAX_NESTING, MAX_TABLE_CELLS } from "../limits/index.ts";
import type { EntityKey, Lang } from "../registry/index.ts";
import type { TextMatch } from "../tag/types.ts";
import { isSafeLink } from "../text/index.ts";
import { isLocalImage, splitCaption } from "../validate/index.ts";

/**
 * The element the renderer writes for a picture from content/images/: `data-src`, `data-alt`, `data-caption`,
 * `data-credit` and `data-figure` (alone in its paragraph), escaped. Content cannot forge it: raw HTML is off.
 */
export const PICTURE_PLACEHOLDER = "summitdesk-picture";

export { isSafeLink };

/** How the renderer finds and links entity mentions (both optional: without them nothing is linked). */
export interface MentionLinker {
  /** Finds entity names in a plain-text fragment. */
  readonly match: (text: string, lang: Lang) => readonly TextMatch[];
  /** The page URL of an entity in this article's edition, or undefined to leave it unlinked. */
  readonly href: (key: EntityKey) => string | undefined;
}

/** A limit an article body went over (see src/limits): what, how many, and the body line (0-based) where it did. */
export interface MarkdownLimit {
  readonly what: "headings" | "links" | "images" | "table cells" | "nesting";
  readonly limit: number;
  readonly line: number;
}

/** Thrown inside markdown-it to stop at the first limit, before the costly later phases run on a huge body. */
class LimitReached extends Error {
  constructor(readonly limit: MarkdownLimit) {
    super(`Markdown limit: ${limit.what}`);
  }
}

/**
 * markdown-it's own nesting bound. Above it, it drops nested blocks silently, so MAX_NESTING (counted in
 * containers, each worth up to two levels) must be reached first. Its cost on runs of "[" grows with it.
 */
const MARKDOWN_IT_NESTING = 2 * MAX_NESTING + 4;

/** Creates the renderer. One instance serves a whole build. */
export function createMarkdown(): Markdown {
  // maxNesting is a markdown-it option its type declarations leave out.
  const options = { html: false, linkify: true, typographer: false, maxNesting: MARKDOWN_IT_NESTING };
  const md = new MarkdownIt(options as ConstructorParameters<typeof MarkdownIt>[0] & object);
  md.validateLink = isSafeLink;
  return configure(md);
}

/** Counts block structure as soon as the blocks are parsed: headings, table cells, lists and quotes in each other. */
function checkBlocks(tokens: readonly Token[]): void {
  let headings = 0;
  let cells = 0;
  let depth = 0;
  let line = 0;
  for (const t of tokens) {
    // Cells carry no line of their own; their row does.
    line = t.map?.[0] ?? line;
    if (t.type === "heading_open" && ++headings > MAX_HEADINGS)
      throw new LimitReached({ what: "headings", limit: MAX_HEADINGS, line });
    if ((t.type === "td_open" || t.type === "th_open") && ++cells > MAX_TABLE_CELLS)
      throw new LimitReached({ what: "table cells", limit: MAX_TABLE_CELLS, line });
    if (t.type === "blockquote_open" || t.type === "bullet_list_open" || t.type === "ordered_list_open") {
      if (++depth > MAX_NESTING) throw new LimitReached({ what: "nesting", limit: MAX_NESTING, line });
    }
    if (t.type === "blockquote_close" || t.type === "bullet_list_close" || t.type === "ordered_list_close")
      depth--;
  }
}

/** Counts links (written, autolinks and bare URLs) and images once the inline content is parsed. */
function checkInline(tokens: readonly Token[]): void {
  let links = 0;
  let images = 0;
  for (const block of tokens) {
    if (block.type !== "inline" || !block.children) continue;
    const line = block.map?.[0] ?? 0;
    for (const t of block.children) {
      if (t.type === "link_open" && ++links > MAX_LINKS)
        throw new LimitReached({ what: "links", limit: MAX_LINKS, line });
      if (t.type === "image" && ++images > MAX_IMAGES)
        throw new LimitReached({ what: "images", limit: MAX_IMAGES, line });
    }
  }
}

type StateBlock = Parameters<Parameters<Markdown["block"]["ruler"]["before"]>[2]>[0];

/**
 * Refuses a table over the cell limit before markdown-it parses it: its table rule builds five tokens per cell,
 * and a megabyte of rows cost five times ordinary text. Every row has the delimiter row's number of columns
 * (markdown-it pads and cuts rows to it), so cells are counted from lines alone. Each line is read at most
 * once: a run of piped lines is counted from its first line, later starts inside it are skipped. checkBlocks
 * counts exactly across all tables afterwards.
 */
function guardTableRows(state: StateBlock, startLine: number, endLine: number, silent: boolean): false {
  const env = state.env as { tableRowsUpTo?: number };
  if (silent || startLine < (env.tableRowsUpTo ?? 0) || startLine + 1 >= endLine) return false;
  if (!lineHas(state, startLine, "|")) return false;
  const columns = delimiterColumns(state, startLine + 1);
  if (columns === 0) return false;
  let line = startLine + 2;
  while (line < endLine && lineHas(state, line, "|")) {
    // Header and rows so far, this one included.
    if ((line - startLine) * columns > MAX_TABLE_CELLS)
      throw new LimitReached({ what: "table cells", limit: MAX_TABLE_CELLS, line });
    line++;
  }
  env.tableRowsUpTo = line;
  return false;
}

/**
 * Counts ATX headings ("## Title") as the block parser reaches them and stops at the limit, before the rest
 * of a body of 100,000 headings is parsed; checkBlocks counts setext headings too, exactly.
 */
function guardHeadings(state: StateBlock, startLine: number, _endLine: number, silent: boolean): false {
  if (silent || (state.sCount[startLine] ?? 0) - state.blkIndent >= 4) return false;
  let i = (state.bMarks[startLine] as number) + (state.tShift[startLine] as number);
  const start = i;
  while (state.src.charCodeAt(i) === 0x23 && i - start < 7) i++;
  const level = i - start;
  const next = state.src.charCodeAt(i);
  if (level === 0 || level > 6 || (i < (state.eMarks[startLine] as number) && next !== 0x20 && next !== 0x09))
    return false;
  const env = state.env as { headings?: number };
  env.headings = (env.headings ?? 0) + 1;
  if (env.headings > MAX_HEADINGS)
    throw new LimitReached({ what: "headings", limit: MAX_HEADINGS, line: startLine });
  return false;
}

function lineHas(state: StateBlock, line: number, char: string): boolean {
  const at = state.src.indexOf(char, (state.bMarks[line] as number) + (state.tShift[line] as number));
  return at !== -1 && at < (state.eMarks[line] as number);
}

/** Columns of a delimiter row such as "| --- | :-: |" (hyphens, colons, pipes, blanks); 0 for any other line. */
function delimiterColumns(state: StateBlock, line: number): number {
  const end = state.eMarks[line] as number;
  let columns = 0;
  let inColumn = false;
  for (let i = (state.bMarks[line] as number) + (state.tShift[line] as number); i < end; i++) {
    const c = state.src.charCodeAt(i);
    if (c === 0x2d) {
      if (!inColumn) columns++;
      inColumn = true;
    } else if (c === 0x7c) inColumn = false;
    else if (c !== 0x3a && c !== 0x20 && c !== 0x09) return 0;
  }
  return columns;
}

function configure(md: Markdown): Markdown {
  md.block.ruler.before("table", "summitdesk_table_rows", guardTableRows);
  md.block.ruler.before("heading", "summitdesk_headings_count", guardHeadings);
  md.core.ruler.after("block", "summitdesk_block_limits", (state) => checkBlocks(state.tokens));
  md.core.ruler.after("linkify", "summitdesk_inline_limits", (state) => checkInline(state.tokens));
  // The page's <h1> is the title, so the body's highest heading becomes <h2>, whether the editor wrote # or ##.
  md.core.ruler.push("summitdesk_headings", (state) => {
    const headings = state.tokens.filter((t) => t.type === "heading_open" || t.type === "heading_close");
    // A loop, not Math.min(...levels): a spread of 100,000 headings overflows the stack.
    let top = 6;
    for (const t of headings) top = Math.min(top, Number(t.tag.slice(1)));
    for (const token of headings) token.tag = `h${Math.min(6, Number(token.tag.slice(1)) - top + 2)}`;
  });
  md.core.ruler.push("summitdesk_mentions", (state) => {
    const env = state.env as { linker?: MentionLinker; lang?: Lang; linked?: Set<EntityKey> };
    if (!env.linker || !env.lang) return;
    const linked = env.linked ?? new Set<EntityKey>();
    env.linked = linked;
    let inHeading = false;
    for (const block of state.tokens) {
      if (block.type === "heading_open") inHeading = true;
      if (block.type === "heading_close") inHeading = false;
      if (block.type !== "inline" || inHeading || !block.children) continue;
      block.children = linkChildren(block.children, env.linker, env.lang, linked, state.Token);
    }
  });
  // A local picture alone in its paragraph becomes a figure (with caption and credit) instead of a paragraph.
  md.core.ruler.push("summitdesk_figures", (state) => {
    const tokens = state.tokens;
    for (let i = 0; i + 2 < tokens.length; i++) {
      const [open, inline, close] = [tokens[i], tokens[i + 1], tokens[i + 2]];
      if (open?.type !== "paragraph_open" || close?.type !== "paragraph_close" || !inline?.children) continue;
      const content = inline.children.filter((t) => !(t.type === "text" && t.content.trim() === ""));
      const only = content.length === 1 ? content[0] : undefined;
      if (only?.type !== "image" || !isLocalImage(String(only.attrGet("src") ?? ""))) continue;
      only.meta = { ...only.meta, figure: true };
      open.hidden = true;
      close.hidden = true;
    }
  });
  const image = md.renderer.rules.image;
  md.renderer.rules.image = (tokens, idx, options, env, self) => {
    const token = tokens[idx];
    const src = String(token?.attrGet("src") ?? "");
    if (token && isLocalImage(src)) {
      // Files from content/images/ are processed at build time: a placeholder the pictures stage fills in.
      const alt = self.renderInlineAsText(token.children ?? [], options, env);
      const title = token.attrGet("title");
      const { caption, credit } = splitCaption(title === null ? undefined : String(title));
      const attrs: [string, string | undefined][] = [
        ["src", src],
        ["alt", alt],
        ["caption", caption],
        ["credit", credit],
        ["figure", token.meta?.figure ? "1" : undefined],
      ];
      const written = attrs
        .filter(([, value]) => value !== undefined)
        .map(([name, value]) => ` data-${name}="${md.utils.escapeHtml(value ?? "")}"`);
      return `<${PICTURE_PLACEHOLDER}${written.join("")}></${PICTURE_PLACEHOLDER}>`;
    }
    token?.attrSet("loading", "lazy");
    token?.attrSet("decoding", "async");
    return image ? image(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options);
  };
  return md;
}

/** Splits text tokens outside links so that the first mention of each entity becomes a link. */
function linkChildren(
  children: Token[],
  linker: MentionLinker,
  lang: Lang,
  linked: Set<EntityKey>,
  TokenClass: TokenClass,
): Token[] {
  const out: Token[] = [];
  let linkDepth = 0;
  for (const token of children) {
    if (token.type === "link_open") linkDepth++;
    if (token.type === "link_close") linkDepth--;
    if (token.type !== "text" || linkDepth > 0 || token.content === "") {
      out.push(token);
      continue;
    }
    const text = token.content;
    let cursor = 0;
    for (const m of linker.match(text, lang)) {
      if (linked.has(m.key) || m.start < cursor) continue;
      const href = linker.href(m.key);
      if (!href) continue;
      linked.add(m.key);
      if (m.start > cursor) out.push(textToken(TokenClass, text.slice(cursor, m.start)));
      const open = new TokenClass("link_open", "a", 1);
      open.attrs = [
        ["href", href],
        ["class", "entity-link"],
      ];
      out.push(
        open,
        textToken(TokenClass, text.slice(m.start, m.end)),
        new TokenClass("link_close", "a", -1),
      );
      cursor = m.end;
    }
    if (cursor === 0) out.push(token);
    else if (cursor < text.length) out.push(textToken(TokenClass, text.slice(cursor)));
  }
  return out;
}

function textToken(TokenClass: TokenClass, content: string): Token {
  const t = new TokenClass("text", "", 0);
  t.content = content;
  return t;
}

/** Renders an article body to HTML, or says which limit it goes over (then nothing is rendered). */
export function renderMarkdown(
  md: Markdown,
  body: string,
  lang: Lang,
  linker?: MentionLinker,
): { html: string; limit?: undefined } | { html?: undefined; limit: MarkdownLimit } {
  try {
    return { html: md.render(body, { lang, ...(linker ? { linker } : {}) }) };
  } catch (error) {
    if (error instanceof LimitReached) return { limit: error.limit };
    throw error;
  }
}
