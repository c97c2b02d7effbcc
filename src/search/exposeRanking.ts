/**
 * Opens a Pagefind bundle's pagefind.js to the ranking across shards (layouts/assets/ranking.js). Pagefind's
 * module exports a facade that runs searches in a web worker and hides the playground mode, the one way
 * Pagefind tells what a score is made of (per word, per page, per shard). The search page needs that to rank a
 * language's shards as one index would, so the module is made to export its own main-thread class as well,
 * under a name of ours, and nothing else changes in it.
 *
 * Pagefind is pinned (package.json) and a test checks that its bundle still takes this. A pagefind.js of
 * another shape (a PAGEFIND_BINARY_PATH of another version) is left as it is: the search page then merges
 * shards by Pagefind's own scores, as before, and ranks as well as each shard alone does.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** The name the search page looks for (layouts/assets/search.js). */
export const MAIN_THREAD_EXPORT = "PagefindMainThread";

const EXPORTS = "export{createInstance,";
const CLASS = "var Pagefind=class{";

/** pagefind.js's text with the main-thread class exported too; undefined when the text is not of the known shape. */
export function withMainThreadExport(source: string): string | undefined {
  if (source.split(EXPORTS).length !== 2 || source.split(CLASS).length !== 2) return undefined;
  return source.replace(EXPORTS, () => `export{Pagefind as ${MAIN_THREAD_EXPORT},createInstance,`);
}

/** Rewrites `bundle`/pagefind.js in place; returns whether it now exports the class. */
export function exposeMainThread(bundle: string): boolean {
  const file = join(bundle, "pagefind.js");
  const opened = withMainThreadExport(readFileSync(file, "utf8"));
  if (opened === undefined) return false;
  writeFileSync(file, opened);
  return true;
}
