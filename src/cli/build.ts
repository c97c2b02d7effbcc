/** `summitdesk build`: validate everything, then write the site atomically. Exit 1 on any content error. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ArticleCache, CACHE_DIR, readArticleCache, writeArticleCache } from "../cache/index.ts";
import { hasErrors } from "../diagnostics/index.ts";
import { writeSite } from "../eleventy/index.ts";
import { pruneImageCache } from "../images/index.ts";
import { processInParallel } from "../parallel/index.ts";
import { printReport, readSite, runSite } from "./run.ts";

export async function build(root: string, args: readonly string[]): Promise<number> {
  const outIndex = args.indexOf("--output");
  const out = outIndex >= 0 ? (args[outIndex + 1] ?? "_site") : "_site";
  const started = performance.now();
  // Outcomes of unchanged articles from the last build (by content hash); --no-cache starts cold.
  const useCache = !args.includes("--no-cache");
  const cacheStarted = performance.now();
  const cached = useCache ? readArticleCache(root) : new Map();
  const cacheReadMs = performance.now() - cacheStarted;
  const { files: read, images, loadMs } = readSite(root);
  // Articles the cache lacks are processed on two cores first; the pipeline then finds them all cached.
  const parallelStarted = performance.now();
  const { cache, processed } = await processInParallel(read.value, cached);
  const parallelMs = performance.now() - parallelStarted;
  const { files, result, diagnostics } = runSite(read, false, cache, images);
  printReport(diagnostics, files);
  if (hasErrors(diagnostics) || !result.model) {
    process.stderr.write(`Build stopped: nothing was written; ${out}/ is unchanged.\n`);
    return 1;
  }
  const model = result.model;
  // Processed pictures and cards are kept between builds; --no-cache makes them in a folder thrown away after.
  const imageCache = join(root, CACHE_DIR, "images");
  const fresh = useCache ? undefined : mkdtempSync(join(tmpdir(), "summitdesk-images-"));
  try {
    const {
      files: written,
      timings,
      reusedSearch,
      pictures,
    } = await writeSite(root, out, model, sliceSize(), {
      ...(useCache ? { searchCache: join(root, CACHE_DIR, "search") } : {}),
      imageCache: fresh ?? imageCache,
    });
    if (pictures.larger.length > 0) {
      process.stderr.write(
        `warning: ${pictures.larger.length} processed picture files stay larger than their originals: ${pictures.larger.join(", ")}\n`,
      );
    }
    if (useCache) pruneImageCache(imageCache, pictures.files);
    const cacheWritten = performance.now();
    if (useCache) saveCache(root, result.cache);
    const cacheWriteMs = performance.now() - cacheWritten;
    if (process.env.SUMMITDESK_TIMINGS === "1") {
      // One line per stage for scripts/bench: `timing <stage> <ms>`.
      process.stderr.write(`cache ${result.cacheHits - processed} of ${files.articles.length} articles\n`);
      process.stderr.write(`search index reused: ${reusedSearch.join(" ") || "none"}\n`);
      process.stderr.write(`pictures ${pictures.made} made, ${pictures.reused} from the cache\n`);
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
      `Wrote ${written} files to ${out}/ in ${seconds} s (${model.index.articles.length} articles).\n`,
    );
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(
      `Rendering failed: ${message.split("\n")[0]}\nNothing was written; ${out}/ is unchanged.\n`,
    );
    return 1;
  } finally {
    if (fresh) rmSync(fresh, { recursive: true, force: true });
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
