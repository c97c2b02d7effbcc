/** A small link checker over a built site: every internal href/src resolves to a file, every #fragment to an id. */
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";

/** One broken link. */
export interface BrokenLink {
  readonly page: string;
  readonly href: string;
  readonly reason: string;
}

const ATTR = /\s(?:href|src)="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;

function decode(value: string): string {
  return value
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");
}

/** The output file a root-relative path is served from, or undefined. */
function fileOf(dir: string, path: string): string | undefined {
  const abs = join(dir, decodeURIComponent(path));
  if (existsSync(abs) && statSync(abs).isFile()) return abs;
  const index = join(abs, "index.html");
  return existsSync(index) ? index : undefined;
}

/** Checks the links of HTML pages `pages` (relative paths) whose texts `read` returns. */
export function brokenLinks(
  dir: string,
  pages: readonly string[],
  read: (rel: string) => string,
): BrokenLink[] {
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) {
      set = new Set([...read(file.slice(dir.length + 1)).matchAll(ID)].map((m) => decode(m[1] ?? "")));
      ids.set(file, set);
    }
    return set;
  };
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    const text = read(page);
    const pageUrl = new URL(`/${page.replace(/index\.html$/, "")}`, "http://site.invalid");
    for (const m of text.matchAll(ATTR)) {
      const href = decode(m[1] ?? "");
      const url = new URL(href, pageUrl);
      if (url.origin !== "http://site.invalid") continue;
      const file = fileOf(dir, url.pathname);
      if (!file) {
        broken.push({ page, href, reason: "no such file" });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && file.endsWith(".html") && !idsOf(file).has(fragment)) {
        broken.push({ page, href, reason: `no id "${fragment}"` });
      }
    }
  }
  return broken;
}
