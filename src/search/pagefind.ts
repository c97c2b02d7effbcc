/**
 * Builds the Pagefind index of a written site (into <dir>/pagefind/). Only elements marked data-pagefind-body
 * (the articles) are indexed, so navigation and lists never match; one index per language, found by <html lang>.
 */
import { join } from "node:path";
import * as pagefind from "pagefind";

/** Article pages, as src/render/urls.ts builds them. */
export const ARTICLE_PAGES = "*/[0-9][0-9][0-9][0-9]/*/index.html";

/** What indexing did. */
export interface SearchIndexResult {
  /** Pages indexed. */
  readonly pages: number;
  /** Files Pagefind wrote, relative to the output folder. */
  readonly files: number;
}

/** Indexes `dir` and writes the bundle to `dir/pagefind`; throws with Pagefind's own messages when it fails. */
export async function writeSearchIndex(dir: string): Promise<SearchIndexResult> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    // Only article pages carry data-pagefind-body; reading just those (/{lang}/{year}/{slug}/) spares Pagefind
    // parsing every list, entity and feed page, which it would skip anyway.
    const added = await index.addDirectory({ path: dir, glob: ARTICLE_PAGES });
    if (added.errors.length > 0)
      throw new Error(`Pagefind could not index ${dir}: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: join(dir, "pagefind") });
    if (written.errors.length > 0)
      throw new Error(`Pagefind could not write its files: ${written.errors.join("; ")}`);
    const files = await index.getFiles();
    return { pages: added.page_count, files: files.files?.length ?? 0 };
  } finally {
    await pagefind.close();
  }
}
