/**
 * The Markdown renderer for article bodies. Raw HTML is off (it shows as text), links are allow-listed,
 * headings move down one level (the page's <h1> is the title), and the first mention of each entity links to its page.
 */
import MarkdownIt from "markdown-it";

type Markdown = InstanceType<typeof MarkdownIt>;
type StateCore = Parameters<Parameters<Markdown["core"]["ruler"]["push"]>[1]>[0];
type Token = StateCore["tokens"][number];
type TokenClass = StateCore["Token"];

import type { EntityKey, Lang } from "../registry/index.ts";
import type { TextMatch } from "../tag/types.ts";

/** How the renderer finds and links entity mentions (both optional: without them nothing is linked). */
export interface MentionLinker {
  /** Finds entity names in a plain-text fragment. */
  readonly match: (text: string, lang: Lang) => readonly TextMatch[];
  /** The page URL of an entity in this article's edition, or undefined to leave it unlinked. */
  readonly href: (key: EntityKey) => string | undefined;
}

/** Link schemes a reader can safely follow; everything else (javascript:, vbscript:, data:, file:…) is dropped. */
const SAFE_SCHEMES = new Set(["http", "https", "mailto"]);

/** True when a link target is safe: an allowed scheme, or a relative URL. Control characters and spaces are stripped first, as browsers do. */
export function isSafeLink(url: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers ignore these inside schemes, so must we
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, "").toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(compact)?.[1];
  return scheme === undefined || SAFE_SCHEMES.has(scheme);
}

/** Creates the renderer. One instance serves a whole build. */
export function createMarkdown(): Markdown {
  const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
  md.validateLink = isSafeLink;
  return configure(md);
}

function configure(md: Markdown): Markdown {
  // The page's <h1> is the title, so the body's highest heading becomes <h2>, whether the editor wrote # or ##.
  md.core.ruler.push("summitdesk_headings", (state) => {
    const headings = state.tokens.filter((t) => t.type === "heading_open" || t.type === "heading_close");
    const top = Math.min(...headings.map((t) => Number(t.tag.slice(1))));
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
  const image = md.renderer.rules.image;
  md.renderer.rules.image = (tokens, idx, options, env, self) => {
    tokens[idx]?.attrSet("loading", "lazy");
    tokens[idx]?.attrSet("decoding", "async");
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

/** Renders an article body to HTML. */
export function renderMarkdown(md: Markdown, body: string, lang: Lang, linker?: MentionLinker): string {
  return md.render(body, { lang, ...(linker ? { linker } : {}) });
}
