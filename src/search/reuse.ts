/**
 * Reusing a language's search index between builds (I/O edge). Pagefind's output depends only on the pages it
 * reads and on Pagefind itself, so when a language's article pages are byte-identical to those of the build
 * that made a kept bundle, that bundle is copied instead of indexing again: a build that changed one German
 * article indexes German only. Kept bundles live in the build cache (.cache/summitdesk/search/<lang>/).
 */
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { articlePages } from "./pagefind.ts";

/** The digest of what a language's index is made from: Pagefind's version, its selection, and every page. */
export function searchDigest(
  lang: string,
  pages: readonly (readonly [url: string, contentHash: string])[],
): string {
  const binary = process.env.PAGEFIND_BINARY_PATH ?? "";
  const hash = createHash("sha256").update(
    `${pagefindVersion()}\u0000${binary}\u0000${articlePages(lang)}\u0000`,
  );
  for (const [url, content] of [...pages].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    hash.update(`${url}\u0000${content}\u0000`);
  }
  return hash.digest("hex");
}

/** The hash of one page's HTML, as searchDigest takes it. */
export function pageHash(html: string): string {
  return createHash("sha256").update(html).digest("hex");
}

/** Copies the kept bundle of `lang` into `site`/pagefind/<lang>/ when it was made from the same pages. */
export function restoreIndex(cacheDir: string, lang: string, digest: string, site: string): boolean {
  const kept = join(cacheDir, lang);
  try {
    if (readFileSync(join(kept, "digest"), "utf8") !== digest) return false;
    if (!existsSync(join(kept, "bundle", "pagefind-entry.json"))) return false;
    cpSync(join(kept, "bundle"), join(site, "pagefind", lang), { recursive: true });
    return true;
  } catch {
    rmSync(join(site, "pagefind", lang), { recursive: true, force: true });
    return false;
  }
}

/** Keeps `site`/pagefind/<lang>/ for the next build, replacing what was kept (never half a bundle). */
export function keepIndex(cacheDir: string, lang: string, digest: string, site: string): void {
  const kept = join(cacheDir, lang);
  const temp = `${kept}.tmp-${process.pid}`;
  rmSync(temp, { recursive: true, force: true });
  try {
    mkdirSync(temp, { recursive: true });
    cpSync(join(site, "pagefind", lang), join(temp, "bundle"), { recursive: true });
    writeFileSync(join(temp, "digest"), digest);
    rmSync(kept, { recursive: true, force: true });
    renameSync(temp, kept);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

let version: string | undefined;
function pagefindVersion(): string {
  if (version === undefined) {
    try {
      const require = createRequire(import.meta.url);
      version = (require("pagefind/package.json") as { version: string }).version;
    } catch {
      version = "unknown";
    }
  }
  return version;
}
