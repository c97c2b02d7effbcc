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

/** Renders an article body to HTML. */
export function renderMarkdown(md: Markdown, body: string, lang: Lang, linker?: MentionLinker): string {
  return md.render(body, { lang, ...(linker ? { linker } : {}) });
}
