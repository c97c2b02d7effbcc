/** `summitdesk build`: validate everything, then write the site atomically. Exit 1 on any content error. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  type ArticleCache,
  bodiesFolder,
  CACHE_DIR,
  type CacheOptions,
  contextKey,
  type KeptStamps,
  keptBodies,
  MAX_KEPT_MAPS,
  mapStore,
  readArticleCache,
  readStamps,
  registryStore,
  stampCheck,
  stampsOf,
  writeArticleCache,
  writeStamps,
} from "../cache/index.ts";
import { cacheKey, makeCacheFolder, removeStaleTemps } from "../cachefs/index.ts";
import { hasErrors, sortDiagnostics } from "../diagnostics/index.ts";
import {
  type Defer,
  giveBack,
  prepareOutput,
  type TakenBack,
  takeBack,
  type WriteOptions,
  type Written,
  writeSite,
} from "../eleventy/index.ts";
import { pruneImageCache } from "../images/index.ts";
import {
  type OutputState,
  readOutputState,
  type StateBulk,
  writeOutputState,
  writeStateBulk,
} from "../incremental/index.ts";
import { knownMaps, seedMaps } from "../maps/index.ts";
import { checkpoint, OutputFolderError } from "../output/index.ts";
import { processInParallel } from "../parallel/index.ts";
import { type PipelineResult, registryRun } from "../pipeline.ts";
import type { SearchCache } from "../search/index.ts";
import type { SiteModel } from "../site/types.ts";
import { globalDigest } from "./digest.ts";
import { ledgerText, planUrls, saveLedger, type UrlRun } from "./ledger.ts";
import { createProgress, type Progress } from "./progress.ts";
import type { Project } from "./project.ts";
import { BUILD_WARNINGS_PER_RULE, framesIn, printReport, readSite, runSite } from "./run.ts";
import { checkTheme } from "./theme.ts";

/** What `build` was asked to do (parsed by args.ts). */
export interface BuildOptions {
  /** The output folder: relative to the root (as typed, when the root is the cwd) or absolute. */
  readonly out: string;
  /** False with --no-cache: neither read nor write the build cache. */
  readonly cache: boolean;
  /** --quiet: no progress on stderr (diagnostics and warnings still). */
  readonly quiet?: boolean;
}

/**
 * Builds the site. With `defer` (`build --watch`), what only a later build reads back — the output state, the
 * article cache and stamps, the search bundles and maps kept, old pictures pruned — is handed to it rather than
 * done before the build returns, so that an edit's site is in place that much sooner; the caller does it before
 * the next build starts. Without it, all of it is done here.
 */
export async function build(project: Project, options: BuildOptions, defer?: Defer): Promise<number> {
  const { root } = project;
  const { out, cache: useCache } = options;
  const started = performance.now();
  // The output folder first: a refused one costs nothing, and one an interrupted build moved away comes back.
  let restored: readonly string[];
  let target: string;
  try {
    ({ notes: restored, target } = prepareOutput(root, out));
  } catch (error) {
    if (!(error instanceof OutputFolderError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 2;
  }
  for (const note of restored) process.stderr.write(`${note}\n`);
  if (!checkTheme(project)) return 1;
  // The spare version, taken back now: its inventory is taken on another thread while the content is read.
  const takenBack = useCache ? takeBack(target) : undefined;
  try {
    return await buildWith(project, options, { started, restored, target, takenBack, defer });
  } finally {
    // Used by writeSite (then this finds nothing), or given back for the next build.
    if (takenBack) await giveBack(takenBack, target);
  }
}

/** What build found before reading the content. */
interface Prepared {
  readonly started: number;
  readonly restored: readonly string[];
  readonly target: string;
  readonly takenBack: TakenBack | undefined;
  readonly defer: Defer | undefined;
}

async function buildWith(project: Project, options: BuildOptions, prepared: Prepared): Promise<number> {
  const { root } = project;
  const { out, cache: useCache } = options;
  const { started, restored, target, takenBack, defer: deferred } = prepared;
  const progress = createProgress({
    write: (text) => process.stderr.write(text),
    tty: process.stderr.isTTY === true,
    quiet: options.quiet === true,
    ...(process.stderr.columns ? { columns: process.stderr.columns } : {}),
  });
  // Anything else on stderr first wipes the progress line, so it never ends up in the middle of a message.
  const say = (text: string) => {
    progress.clear();
    process.stderr.write(text);
  };
  const warn = (message: string) => say(`warning: ${message}\n`);
  // Work only a later build needs: handed over when the caller defers it, else done at once.
  const defer: Defer =
    deferred ??
    ((task) => {
      for (const warning of task()) warn(warning);
    });
  const cacheOptions: CacheOptions = { key: cacheKey(), warn };
  // Reading and planning happen in a function of their own: the sources it reads (the size of the archive)
  // are garbage once it returns, instead of living on in this frame while the site is rendered.
  const planned = await plan(project, useCache, cacheOptions, progress);
  if (typeof planned === "number") {
    const state = restored.length > 0 ? "holds the previous site again" : "is unchanged";
    say(`Build stopped: nothing was written; ${out}/ ${state}.\n`);
    return planned;
  }
  const { model, urls, result, processed, articleCount, stages } = planned;
  // Processed pictures and cards are kept between builds; --no-cache makes them in a folder thrown away after.
  const pictureFolder = useCache ? imageFolder(root, warn) : throwaway();
  // Maps the last build drew, read if a page shows one (src/cache/maps.ts).
  const maps = useCache ? mapStore(root, cacheOptions.key, warn) : undefined;
  if (maps) seedMaps(() => maps.read());
  try {
    // Incremental: pages whose inputs are unchanged since the last build keep their files (src/incremental).
    const incremental =
      useCache && planned.global !== undefined
        ? {
            global: planned.global,
            state: readOutputState(root, target, cacheOptions.key),
          }
        : undefined;
    let rendered = 0;
    progress.start("render", model.pages.length, "pages");
    const written = await writeSite(root, out, model, sliceSize(), {
      ...(useCache ? searchCache(root, cacheOptions.key, warn) : {}),
      imageCache: pictureFolder.dir,
      ...(incremental ? { incremental } : {}),
      // Deferred, the whole state is written at once after the build; else its bulk is written beside Pagefind.
      ...(incremental && !deferred ? { keepStateBulk: stateBulkKeeper(root, target, cacheOptions.key) } : {}),
      ...(deferred ? { defer: deferred } : {}),
      ...(takenBack ? { takenBack } : {}),
      onPage: () => progress.update(++rendered),
      onRendered: () => {
        progress.start("search, pictures");
        // urls.json is written once the site is in place; its text is made now, while Pagefind works.
        if (urls.plan) ledgerText(urls.plan);
      },
      // Pictures this site no longer shows leave the cache while Pagefind works: at 100,000 articles listing
      // the cache's ~94,000 files took seconds at the end of every build.
      onPictures: (files) => {
        if (pictureFolder.temporary) return;
        defer(() => {
          try {
            pruneImageCache(pictureFolder.dir, files);
            return [];
          } catch (error) {
            return [
              `old pictures stay in the cache: ${error instanceof Error ? error.message : String(error)}`,
            ];
          }
        });
      },
    });
    const { state, stateBulk } = written;
    if (state) defer(() => keepState(root, target, state, cacheOptions.key, stateBulk));
    if (maps) {
      // What this build drew, taken now: a deferred task must not see a later build's maps.
      const kept = knownMaps(MAX_KEPT_MAPS);
      defer(() => {
        maps.keep(kept.maps, kept.drawn);
        return [];
      });
    }
    reportWrite(progress, written);
    for (const warning of written.warnings) warn(warning);
    const { pictures } = written;
    if (pictures.larger.length > 0) {
      warn(
        `${pictures.larger.length} processed picture files stay larger than their originals: ${pictures.larger.join(", ")}`,
      );
    }
    let cacheWriteMs = 0;
    if (useCache) {
      const { stamps } = planned;
      defer(() => {
        const cacheWritten = performance.now();
        const failed = saveCache(root, result.cache, stamps, cacheOptions);
        cacheWriteMs = performance.now() - cacheWritten;
        return failed;
      });
    }
    if (!deferred) await checkpoint("after-cache-written");
    progress.clear();
    if (process.env.SUMMITDESK_TIMINGS === "1") {
      // One line per stage for scripts/bench: `timing <stage> <ms>`.
      process.stderr.write(`cache ${result.cacheHits - processed} of ${articleCount} articles\n`);
      process.stderr.write(`stamps ${planned.unread} of ${articleCount} articles known unchanged\n`);
      process.stderr.write(`search index reused: ${written.reusedSearch.join(" ") || "none"}\n`);
      process.stderr.write(
        `pages ${written.rendered} rendered, ${written.kept} files kept; ${written.indexed} search shards indexed; ${written.related} related lists computed\n`,
      );
      process.stderr.write(`pictures ${pictures.made} made, ${pictures.reused} from the cache\n`);
      const all = [
        { stage: "startup", ms: started },
        ...stages,
        ...result.timings,
        ...written.timings,
        { stage: "cache-write", ms: cacheWriteMs },
      ];
      for (const t of all) {
        process.stderr.write(`timing ${t.stage} ${t.ms.toFixed(1)}\n`);
      }
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    process.stdout.write(
      `Wrote ${written.files} files to ${out}/ in ${seconds} s (${model.index.articles.length} articles).\n`,
    );
    keepLedger(project, urls);
    return 0;
  } catch (error) {
    // writeSite throws only before the new site is in place: the output folder is as it was.
    if (error instanceof OutputFolderError) {
      say(`${error.message}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    say(`Rendering failed: ${message.split("\n")[0]}\nNothing was written; ${out}/ is unchanged.\n`);
    return 1;
  } finally {
    if (pictureFolder.temporary) rmSync(pictureFolder.dir, { recursive: true, force: true });
  }
}

/** What reading and planning a build leave for writing it. */
interface Planned {
  readonly model: SiteModel;
  readonly urls: UrlRun;
  /** The pipeline's result without the sources it was made from. */
  readonly result: Pick<PipelineResult, "cache" | "cacheHits" | "timings">;
  /** Articles processed on two threads before the pipeline ran. */
  readonly processed: number;
  readonly articleCount: number;
  /** The digest of everything every page depends on (src/cli/digest.ts); only a cached build needs it. */
  readonly global: string | undefined;
  /** The article files' stamps and keys, kept for the next build with the cache. */
  readonly stamps?: KeptStamps;
  /** Article files whose keys came from their stamps: not read (unless something asked for their text). */
  readonly unread: number;
  /** Reading, registry and the two threads' times, for SUMMITDESK_TIMINGS. */
  readonly stages: readonly { readonly stage: string; readonly ms: number }[];
}

/**
 * Reads the content and the cache, runs the pipeline (new articles on two threads) and reports its
 * diagnostics; the exit code when the build must stop there (content errors, a ledger that refuses).
 */
async function plan(
  project: Project,
  useCache: boolean,
  cacheOptions: CacheOptions,
  progress: Progress,
): Promise<Planned | number> {
  const { root } = project;
  const warn = cacheOptions.warn ?? (() => undefined);
  progress.start("read");
  let cacheStarted = performance.now();
  // Article files whose stamp is the one the last build kept are not read: their keys are taken as kept.
  const kept = useCache ? readStamps(root, cacheOptions.key) : undefined;
  const check = kept && stampCheck(kept);
  let cacheReadMs = performance.now() - cacheStarted;
  const {
    files: read,
    images,
    loadMs,
  } = readSite(root, project.content, check ? { unchanged: check.unchanged } : {});
  // Outcomes of unchanged articles from the last build (by content hash, verified); --no-cache starts cold.
  // Their keys hash the site config and registry the last build read (contextKey): when its stamps say those
  // changed since, no entry can be found, and reading them all (7.7 s at 100,000 articles after a registry
  // edit) would only cost time and memory. Stamps of another build than the cache's can only cost hits.
  cacheStarted = performance.now();
  const sameContext = kept === undefined || kept.context === contextKey(read.value);
  const cached = useCache && sameContext ? readArticleCache(root, cacheOptions) : new Map();
  cacheReadMs += performance.now() - cacheStarted;
  await checkpoint("after-cache-read");
  const unread = check?.seed(read.value) ?? 0;
  const articleCount = read.value.articles.length;
  progress.finish({ stage: "read", count: articleCount, unit: "articles", ms: cacheReadMs + loadMs });
  // The config and registry as the last build left them when their files are unchanged (else parsed and kept).
  progress.start("registry");
  const registryStarted = performance.now();
  const store = useCache ? registryStore(root, cacheOptions.key, warn) : undefined;
  registryRun(read.value, store);
  const registryMs = performance.now() - registryStarted;
  // Articles the cache lacks are processed on two cores first; the pipeline then finds them all cached.
  const parallelStarted = performance.now();
  let counting = false;
  const { cache, processed } = await processInParallel(read.value, cached, undefined, undefined, undefined, {
    onProgress: (done, total) => {
      if (!counting) progress.start("articles", total);
      counting = true;
      progress.update(done);
    },
    // Bodies go to the build cache as they are made (pages read them back): a build never holds them all.
    bodies: useCache ? keepingBodies(root) : undefined,
  });
  const parallelMs = performance.now() - parallelStarted;
  const {
    files,
    result,
    diagnostics: found,
  } = runSite(read, false, cache, images, {
    ...(useCache ? { bodies: keptBodies(root) } : {}),
    onStage: (stage) => {
      if (stage === "registry") progress.start("registry");
      if (stage === "index") progress.start("plan");
    },
    onArticle: (done, total) => {
      // After two threads did the work, the pipeline only finds their outcomes: no count to show again.
      if (processed > 0) return;
      if (done === 1) progress.start("articles", total);
      progress.update(done);
    },
  });
  reportPipeline(progress, result, read.value.registry.length, articleCount, processed, {
    parallelMs,
    registryMs,
  });
  // The URL ledger (urls.json): moved articles' old URLs become redirects, gone ones "removed" pages.
  const urls = planUrls(project, result.model);
  const diagnostics = sortDiagnostics([...found, ...urls.diagnostics]);
  progress.clear();
  printReport(diagnostics, files, {
    frames: framesIn(result.cache),
    warningsPerRule: BUILD_WARNINGS_PER_RULE,
  });
  if (hasErrors(diagnostics) || !urls.model) return 1;
  return {
    model: urls.model,
    urls,
    result: { cache: result.cache, cacheHits: result.cacheHits, timings: result.timings },
    processed,
    articleCount,
    global: useCache ? globalDigest(files, urls.model.registry, false, root) : undefined,
    ...(useCache ? { stamps: stampsOf(read) } : {}),
    unread,
    stages: [
      { stage: "cache-read", ms: cacheReadMs },
      { stage: "load", ms: loadMs },
      { stage: "registry-run", ms: registryMs },
      { stage: "articles-2-threads", ms: parallelMs },
    ],
  };
}

/**
 * The lines of the pipeline's stages, from its own timings: the registry (with the tagger compiled from it), the
 * articles (parsed, validated, tagged, rendered), then the plan (index, pictures planned, page list, sitemaps).
 */
function reportPipeline(
  progress: Progress,
  result: PipelineResult,
  registryFiles: number,
  articles: number,
  processed: number,
  spent: { readonly parallelMs: number; readonly registryMs: number },
): void {
  const perArticle = new Set(["validate", "tag", "markdown"]);
  const registry = new Set(["registry", "places", "compile-tagger"]);
  const sum = (keep: (stage: string) => boolean) =>
    result.timings.filter((t) => keep(t.stage)).reduce((ms, t) => ms + t.ms, 0);
  const fromCache = result.cacheHits - processed;
  progress.finish({
    stage: "registry",
    count: registryFiles,
    unit: "files",
    ms: spent.registryMs + sum((stage) => registry.has(stage)),
  });
  progress.finish({
    stage: "articles",
    count: articles,
    ms: spent.parallelMs + sum((stage) => perArticle.has(stage)),
    ...(fromCache > 0 ? { note: `${fromCache} from the cache` } : {}),
  });
  if (!result.model) return;
  progress.finish({
    stage: "plan",
    count: result.model.pages.length,
    unit: "pages",
    ms: sum((stage) => !perArticle.has(stage) && !registry.has(stage)),
  });
}

/** The lines of writing the site, from writeSite's timings: pages rendered, search indexed, pictures made. */
function reportWrite(progress: Progress, written: Written): void {
  const ms = (stage: string) => written.timings.find((t) => t.stage === stage)?.ms ?? 0;
  progress.finish({
    stage: "render",
    count: written.rendered,
    unit: "pages",
    ms: ms("render-write"),
    ...(written.kept > 0 ? { note: `${written.kept} files kept from the last build` } : {}),
  });
  const reused = written.reusedSearch.length;
  progress.finish({
    stage: "search",
    count: written.indexed,
    unit: written.indexed === 1 ? "shard" : "shards",
    ms: ms("search-index"),
    ...(reused > 0 ? { note: `${reused} from the cache` } : {}),
  });
  const { made, reused: kept } = written.pictures;
  progress.finish({
    stage: "pictures",
    count: made + kept,
    ms: ms("pictures-beside-render"),
    ...(kept > 0 ? { note: `${kept} from the cache` } : {}),
  });
}

/**
 * The folder of processed pictures and cards kept between builds; when the cache cannot hold it (a file in its
 * place, no permission), a folder thrown away after the build: pictures cost time then, never the build.
 */
function imageFolder(root: string, warn: (message: string) => void): PictureFolder {
  try {
    const dir = makeCacheFolder(root, join(CACHE_DIR, "images"));
    // Pictures are encoded straight into this folder: a read-only one must not fail the build later.
    const probe = join(dir, `.probe-${process.pid}`);
    writeFileSync(probe, "");
    rmSync(probe, { force: true });
    return { dir, temporary: false };
  } catch (error) {
    warn(`pictures are not kept between builds: ${error instanceof Error ? error.message : String(error)}`);
    return throwaway();
  }
}

/** Where this build's pictures go, and whether that folder is removed after the build. */
interface PictureFolder {
  readonly dir: string;
  readonly temporary: boolean;
}

function throwaway(): PictureFolder {
  return { dir: mkdtempSync(join(tmpdir(), "summitdesk-images-")), temporary: true };
}

/** The kept search bundles, when their folder can be used (else a warning: the build indexes every language). */
function searchCache(
  root: string,
  key: string | undefined,
  warn: (message: string) => void,
): { searchCache?: SearchCache } {
  try {
    const dir = makeCacheFolder(root, join(CACHE_DIR, "search"));
    removeStaleTemps(dir);
    return { searchCache: { dir, key } };
  } catch (error) {
    warn(
      `the search index is not kept between builds: ${error instanceof Error ? error.message : String(error)}`,
    );
    return {};
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

/** Keeps what the next build needs to know about this output; failing to costs the next build time only. */
function keepState(
  root: string,
  target: string,
  state: OutputState,
  key: string | undefined,
  bulk?: StateBulk,
): string[] {
  try {
    writeOutputState(root, target, state, key, bulk);
    return [];
  } catch (error) {
    return [
      `the next build renders every page: ${error instanceof Error ? error.message : String(error)} (the build cache's output state)`,
    ];
  }
}

/** Writes the bulk of the next state (writeStateBulk); one it cannot write is written with the state, or warned of then. */
function stateBulkKeeper(
  root: string,
  target: string,
  key: string | undefined,
): NonNullable<WriteOptions["keepStateBulk"]> {
  return (files, related) => {
    try {
      return writeStateBulk(root, target, files, related, key);
    } catch {
      return undefined;
    }
  };
}

/** The folder bodies are kept in as they are made; none when the cache cannot hold it (they are carried then). */
function keepingBodies(root: string): string | undefined {
  try {
    return bodiesFolder(root);
  } catch {
    // Writing the cache says why at the end of the build; here it only means bodies stay in memory.
    return undefined;
  }
}

/** Keeps the cache for the next build; a cache that cannot be written costs speed, never the build. */
function saveCache(
  root: string,
  cache: ArticleCache,
  stamps: KeptStamps | undefined,
  options: CacheOptions,
): string[] {
  try {
    writeArticleCache(root, cache, options);
    if (stamps) writeStamps(root, stamps, options.key);
    return [];
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return [`could not keep the build cache (${why}); the next build starts cold.`];
  }
}

/** Pages per Eleventy run: SUMMITDESK_SLICE when set (a tuning knob for very large archives), else the default. */
function sliceSize(): number | undefined {
  const n = Number(process.env.SUMMITDESK_SLICE);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}
