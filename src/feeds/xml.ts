/** Escaping for XML text and attribute values (feeds, sitemaps). */
import { prefixSrcset } from "../render/index.ts";

/** Characters XML 1.0 forbids anywhere, even escaped: C0 controls other than tab, newline and carriage return. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters XML forbids
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Escapes text for XML element content and double-quoted attributes; drops characters XML cannot carry. */
export function escapeXml(text: string): string {
  return text
    .replace(FORBIDDEN, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** Rewrites root-relative href/src/srcset URLs in our own rendered HTML to absolute ones (feed readers have no base). */
export function absolutizeHtml(htmlText: string, base: string): string {
  // A function replacer: `$'` or `$&` in the site URL must be inserted as written, not read as a pattern
  // (which copied the rest of the document into every link and multiplied a feed's size).
  return htmlText
    .replace(/\b(href|src)="\/(?!\/)/g, (_, attr: string) => `${attr}="${base}/`)
    .replace(/\bsrcset="([^"]*)"/g, (_, list: string) => `srcset="${prefixSrcset(list, base)}"`);
}
