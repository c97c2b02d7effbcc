/** `summitdesk build`: validate everything, then write the site atomically. Exit 1 on any content error. */
import { join } from "node:path";
import { type ArticleCache, CACHE_DIR, readArticleCache, writeArticleCache } from "../cache/index.ts";
import { hasErrors, sortDiagnostics } from "../diagnostics/index.ts";
import { writeSite } from "../eleventy/index.ts";
import { processInParallel } from "../parallel/index.ts";
import { planUrls, saveLedger, type UrlRun } from "./ledger.ts";
import type { Project } from "./project.ts";
import { printReport, readSite, runSite } from "./run.ts";

/** What `build` was asked to do (parsed by args.ts). */
export interface BuildOptions {
  /** The output folder: relative to the root (as typed, when the root is the cwd) or absolute. */
  readonly out: string;
  /** False with --no-cache: neither read nor write the build cache. */
  readonly cache: boolean;
}

export async function build(project: Project, options: BuildOptions): Promise<number> {
  const { root } = project;
  const { out, cache: useCache } = options;
  const started = performance.now();
  // Outcomes of unchanged articles from the last build (by content hash); --no-cache starts cold.
  const cacheStarted = performance.now();
  const cached = useCache ? readArticleCache(root) : new Map();
  const cacheReadMs = performance.now() - cacheStarted;
  const { files: read, loadMs } = readSite(root, project.content);
  // Articles the cache lacks are processed on two cores first; the pipeline then finds them all cached.
  const parallelStarted = performance.now();
  const { cache, processed } = await processInParallel(read.value, cached);
  const parallelMs = performance.now() - parallelStarted;
  const { files, result, diagnostics: found } = runSite(read, false, cache);
  // The URL ledger (urls.json): moved articles' old URLs become redirects, gone ones "removed" pages.
  const urls = planUrls(project, result.model);
  const diagnostics = sortDiagnostics([...found, ...urls.diagnostics]);
  printReport(diagnostics, files);
  if (hasErrors(diagnostics) || !urls.model) {
    process.stderr.write(`Build stopped: nothing was written; ${out}/ is unchanged.\n`);
    return 1;
  }
  try {
    const {
      files: written,
      timings,
      reusedSearch,
    } = await writeSite(root, out, urls.model, sliceSize(), {
      ...(useCache ? { searchCache: join(root, CACHE_DIR, "search") } : {}),
    });
    const cacheWritten = performance.now();
    if (useCache) saveCache(root, result.cache);
    const cacheWriteMs = performance.now() - cacheWritten;
    if (process.env.SUMMITDESK_TIMINGS === "1") {
      // One line per stage for scripts/bench: `timing <stage> <ms>`.
      process.stderr.write(`cache ${result.cacheHits - processed} of ${files.articles.length} articles\n`);
      process.stderr.write(`search index reused: ${reusedSearch.join(" ") || "none"}\n`);
      const all = [
        { stage: "cache-read", ms: cacheReadMs },
        { stage: "load", ms: loadMs },
        { stage: "articles-2-threads", ms: parallelMs },
        ...result.timings,
        ...timings,
        { stage: "cache-write", ms: cacheWriteMs },
      ];
      for (const t of all) {
        process.stderr.write(`timing ${t.stage} ${t.ms.toFixed(1)}\n`);
      }
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    process.stdout.write(
      `Wrote ${written} files to ${out}/ in ${seconds} s (${urls.model.index.articles.length} articles).\n`,
    );
    keepLedger(project, urls);
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(
      `Rendering failed: ${message.split("\n")[0]}\nNothing was written; ${out}/ is unchanged.\n`,
    );
    return 1;
  }
}

/**
 * Records the site's URLs in urls.json after the site is in place. Failing to is reported, not fatal: the site is
 * written, and `summitdesk check` keeps warning about the URLs urls.json lacks until a build records them.
 */
function keepLedger(project: Project, urls: UrlRun): void {
  try {
    const recorded = saveLedger(project, urls);
    if (recorded) process.stdout.write(`${recorded}\n`);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    process.stderr.write(`warning: the site was written, but urls.json could not be updated (${why}).\n`);
  }
}

/** Keeps the cache for the next build; a cache that cannot be written costs speed, never the build. */
function saveCache(root: string, cache: ArticleCache): void {
  try {
    writeArticleCache(root, cache);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    process.stderr.write(`warning: could not keep the build cache (${why}); the next build starts cold.\n`);
  }
}

/** Pages per Eleventy run: SUMMITDESK_SLICE when set (a tuning knob for very large archives), else the default. */
function sliceSize(): number | undefined {
  const n = Number(process.env.SUMMITDESK_SLICE);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}
