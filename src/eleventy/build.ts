/**
 * Writes a site with Eleventy atomically: into a fresh sibling folder, put in place only when every page was
 * written (src/output: the output folder is a link swapped in one rename). A failure or a kill at any point
 * leaves the previous output exactly as it was; stale pages never survive.
 */
import { lstatSync, mkdirSync, mkdtempSync, readlinkSync, renameSync, rmSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import Eleventy from "@11ty/eleventy";
import { CACHE_DIR } from "../cache/index.ts";
import { IMAGE_DIR, type ProduceResult, writeImages } from "../images/index.ts";
import {
  Carrier,
  type FileRecord,
  type FileStat,
  fileOfUrl,
  type ListOptions,
  listSite,
  type OutputState,
  pageFingerprints,
  type StateBulk,
} from "../incremental/index.ts";
import {
  checkOutputFolder,
  checkpoint,
  guardedFolders,
  installSite,
  siblingName,
  takeSpare,
  tidyOutput,
} from "../output/index.ts";
import type { RelatedEntry } from "../related/index.ts";
import { assertSafeUrl, type Page } from "../render/index.ts";
import { keepIndex, keepsIndex, pruneIndexes, SEARCH_DIR, type SearchCache } from "../search/index.ts";
import type { SiteModel } from "../site/types.ts";
import { LAYOUTS_DIR, useSummitdesk } from "./plugin.ts";
import { SearchJob } from "./searchJob.ts";
import {
  allHashed,
  bundleFiles,
  carryShard,
  digestKept,
  documentsByFile,
  planShards,
  type SearchDocumentRecord,
  type Shard,
  searchDocuments,
  withDigests,
} from "./shardPlan.ts";
import { type TakenBack, takeBack } from "./takeBack.ts";
import type { EleventyConfig } from "./types.ts";

/** How writeSite may use the build cache. */
export interface WriteOptions {
  /** Kept search bundles: a shard whose article pages are unchanged is copied (once verified), not indexed. */
  readonly searchCache?: SearchCache;
  /**
   * Folder of processed pictures and cards kept between builds. Without it: SUMMITDESK_IMAGE_CACHE when set
   * (the test suite shares one), else a temp folder removed afterwards. Entries are named by content hash and
   * settings, so a shared folder can make a build faster, never different.
   */
  readonly imageCache?: string;
  /**
   * The spare version, taken back by the caller as early as it could (takeBack): writeSite uses it or removes it.
   * Without it, writeSite takes the spare itself when it can use it.
   */
  readonly takenBack?: TakenBack;
  /** Called as each file is rendered (pages and the static files), for a progress line. */
  readonly onPage?: () => void;
  /** Called when the pages are all rendered and the search index (and pictures) are what is left. */
  readonly onRendered?: () => void;
  /**
   * Called with this site's picture files (names in the picture cache) once they are in place, while Pagefind
   * may still be at work: the time to tidy the cache, which waits for nothing then.
   */
  readonly onPictures?: (files: readonly string[]) => void;
  /**
   * An incremental build (src/incremental): `global` digests the code, dependencies and configuration; `state`
   * is what the last build wrote into this output folder. Files whose page fingerprint is unchanged are kept
   * from the previous site as hard links; only the rest is rendered. Without it every page is rendered.
   */
  readonly incremental?: { readonly global: string; readonly state?: OutputState | undefined };
  /**
   * Writes the bulk of the next state while Pagefind works (src/incremental/state.ts writeStateBulk): every
   * file's record but the bundles' Pagefind is making, and the related lists. Its name, or undefined when it
   * could not be written (the state is then written whole at the end).
   */
  readonly keepStateBulk?: (
    files: ReadonlyMap<string, FileRecord>,
    related: ReadonlyMap<string, RelatedEntry>,
  ) => string | undefined;
}

/** What writeSite did. */
export interface Written {
  readonly files: number;
  readonly timings: { stage: string; ms: number }[];
  /** Search shards copied from the cache or kept from the previous site rather than indexed. */
  readonly reusedSearch: readonly string[];
  /** Things that went wrong after the new site was in place (it is, whole): they cost time or disk, not the site. */
  readonly warnings: readonly string[];
  /** Lines about repairs before writing (an output folder an interrupted build had moved away, put back). */
  readonly notes: readonly string[];
  /** The pictures, cards and icons made or reused. */
  readonly pictures: ProduceResult;
  /** Pages rendered by this build, and files kept unchanged from the previous site (same bytes, same time). */
  readonly rendered: number;
  readonly kept: number;
  /** Shards indexed by this build. */
  readonly indexed: number;
  /** Related lists computed (the others were the last build's: nothing they depend on changed). */
  readonly related: number;
  /** With `incremental`: what the next build needs to know about this one (src/incremental/state.ts). */
  readonly state?: OutputState;
  /** The state's bulk, made while Pagefind worked (all of `state` but the search bundles' records). */
  readonly stateBulk?: StateBulk;
}

/**
 * Checks and tidies the output folder `outDir` of `root` (see src/output); throws OutputFolderError when refused.
 * `inUse` names siblings this process still works in (a spare taken back), which tidying leaves.
 */
export function prepareOutput(
  root: string,
  outDir: string,
  inUse: readonly string[] = [],
): { target: string; notes: string[] } {
  const guarded = guardedFolders(root, CACHE_DIR);
  // Check before tidying, so that nothing is touched around a folder that is refused.
  checkOutputFolder(outDir, root, guarded);
  const notes = tidyOutput(resolve(root, outDir), inUse);
  return { target: checkOutputFolder(outDir, root, guarded), notes };
}

/** Renders `model` into `outDir` (relative to `root`), replacing it only on success. */
export async function writeSite(
  root: string,
  outDir: string,
  model: SiteModel,
  slice = SLICE,
  options: WriteOptions = {},
): Promise<Written> {
  // Eleventy writes wherever a permalink points, "../" included: check every URL before anything is written.
  for (const page of model.pages) assertSafeUrl(page.url);
  let taken = options.takenBack;
  const { target, notes } = prepareOutput(root, outDir, taken ? [basename(taken.folder)] : []);
  let temp = join(dirname(target), siblingName(basename(target), "tmp"));
  const timings: { stage: string; ms: number }[] = [];
  const timed = <T>(stage: string, run: () => T): T => {
    const started = performance.now();
    const value = run();
    timings.push({ stage, ms: performance.now() - started });
    return value;
  };
  // Pictures, cards and icons are made beside the rendering (sharp and resvg work on other threads).
  const keptImages = options.imageCache ?? process.env.SUMMITDESK_IMAGE_CACHE;
  const imageCache = keptImages || mkdtempSync(join(tmpdir(), "summitdesk-images-"));
  let pictures: Promise<{ result: ProduceResult; paths: string[]; ms: number }> | undefined;
  // Where the spare's remains go to be removed while the build works.
  const spare = join(dirname(target), siblingName(basename(target), "tmp"));
  let spared: Later | undefined;
  const cache = options.searchCache;
  let search: SearchJob | undefined;
  try {
    // The output's parent may not exist yet (--output fresh/site).
    mkdirSync(dirname(temp), { recursive: true });
    const started = performance.now();
    const inc = options.incremental;
    // Search first: a shard is digested from its articles' search documents, which need nothing of the rest of
    // the site, so the shards an edit changed go to Pagefind before its pages are even fingerprinted.
    const documents = timed("search-documents", () =>
      searchDocuments(model, inc?.global ?? "", inc?.state?.files),
    );
    const document = documentsByFile(model, documents);
    const shards = digestKept(planShards(model, documents), documents, document, (name) =>
      cache ? keepsIndex(cache, name) : false,
    );
    // The search shards made anew, in a folder of their own until the site is written (searchJob.ts).
    const job = new SearchJob(join(dirname(target), siblingName(basename(target), "tmp")), cache, document);
    search = job;
    const previous = inc?.state ? previousSite(target, inc.state) : undefined;
    const bundles = previous ? bundleFiles(previous.state) : undefined;
    // A shard whose documents are unchanged keeps the previous site's bundle, checked file by file below; one
    // found changed after all is made anew then.
    const same = (shard: Shard) =>
      previous !== undefined &&
      previous.state.shards.get(shard.name) === shard.digest &&
      bundles?.has(shard.name) === true;
    const changed = shards.filter((shard) => !same(shard));
    // A few shards (an edit's) start now. Many (a first build, a new layout or version) wait for the article
    // pages to be rendered, as they always have: Pagefinds beside Eleventy's run of the article pages would add
    // their memory to its peak (at 100,000 articles the tree stays under 4 GB only this way; BENCHMARKS.md).
    const early = changed.length <= EARLY_SHARDS;
    if (early) job.add(changed);
    // What changed since the last build: pages whose fingerprint is the same keep their file (a hard link).
    const fingerprinted = inc
      ? timed("fingerprints", () => pageFingerprints(model, inc.global, inc.state?.related))
      : undefined;
    const fps = fingerprinted?.fps;
    // The version an edit's build replaced (src/output/spare.ts) becomes this build's folder: the files it
    // shares with the previous version stay (src/incremental/carry.ts), the rest is removed before anything is
    // written. Search bundles are kept by shard (carryShard); a shard made anew replaces its folder (place).
    // When most pages must be made again (a new layout or version), taking it back would remove, on the path
    // the build waits on, what the background removal of the spare does beside it: then it only has to go.
    const reusing = previous !== undefined && mostlyKept(model, fps, previous.state);
    if (reusing) taken ??= takeBack(target);
    const waited = performance.now();
    // An inventory that failed (a folder it could not read) only costs the build its head start.
    const found = reusing && taken ? await taken.inventory.catch(() => undefined) : undefined;
    if (found && taken) {
      temp = taken.folder;
      timings.push({ stage: "inventory", ms: performance.now() - waited });
      mkdirSync(spare);
      spared = removeLater(spare);
    } else {
      mkdirSync(temp);
      // Nothing to take back without a previous version to check its files against: it only has to go.
      if (taken) await taken.inventory.catch(() => undefined);
      if (taken ? moveIfPresent(taken.folder, spare) : takeSpare(target, spare)) {
        spared = removeLater(spare);
        spared.start();
      }
    }
    const carrier = previous ? new Carrier(previous.dir, temp, found) : undefined;
    const inPlace = found !== undefined;
    const before = previous?.state.files;
    // What this build wrote into the new folder (kept files are the carrier's): the listing that records the
    // site for the next build starts from these two instead of walking every folder (settleWritten).
    const written: string[] = [];
    const wrote = (files: readonly string[]) => {
      for (const file of files) written.push(file);
    };
    // Unchanged files are kept (in a version taken back, most are already in place: a look-up each); a file the
    // previous version no longer has as recorded is rendered instead.
    const render = timed("keep-unchanged", () =>
      model.pages.filter((page) => {
        const rel = fileOfUrl(page.url);
        const record = before?.get(rel);
        if (!carrier || !record || record.fp !== fps?.get(page.url)) return true;
        return !carrier.keep(rel, record);
      }),
    );
    // What the version taken back holds that is not kept goes before anything is written: pictures are kept
    // as they are copied (a picture found there stays or goes then, writeImages' keep), search bundles by shard
    // once the shards are known (below).
    const keptLater = (rel: string) => rel.startsWith(`${IMAGE_DIR}/`) || rel.startsWith(`${SEARCH_DIR}/`);
    if (inPlace) timed("clear", () => carrier?.clear(keptLater));
    pictures = writeImages(model.images, temp, {
      root,
      cacheDir: imageCache,
      ...(carrier ? { keep: (rel: string) => carrier.keep(rel, before?.get(rel)) } : {}),
    }).then((made) => ({ ...made, ms: performance.now() - started }));
    // A rejected promise is awaited below; until then it must not count as unhandled.
    pictures.catch(() => undefined);
    // Shards that wait for the article pages (above) have them rendered in a run of their own first, and
    // Pagefind (its own processes, on the other core) indexes them while Eleventy renders everything else.
    const articlesFirst = !early && render.some((page) => page.kind === "article");
    const first = articlesFirst ? render.filter((page) => page.kind === "article") : render;
    const others = articlesFirst ? render.filter((page) => page.kind !== "article") : [];
    const { onPage } = options;
    wrote(await renderSlices(root, temp, model, first, slice, true, onPage));
    await checkpoint("after-articles-rendered");
    if (!early) job.add(changed);
    // Shards whose bundle stays as the previous version has it: their files are listed from its records. One
    // the previous version no longer has as recorded is made anew.
    const reused: string[] = [];
    const carried: string[] = [];
    const unkept = timed("keep-search", () =>
      shards.filter((shard) => {
        if (!same(shard)) return false;
        if (carrier && previous && bundles && carryShard(carrier, previous.state, bundles, shard)) {
          reused.push(shard.name);
          carried.push(shard.name);
          return false;
        }
        return true;
      }),
    );
    job.add(unkept);
    if (others.length > 0) wrote(await renderSlices(root, temp, model, others, slice, false, onPage));
    timings.push({ stage: "render-write", ms: performance.now() - started });
    options.onRendered?.();
    const made = await pictures;
    options.onPictures?.(made.result.files);
    // Pictures the site no longer shows, and the bundles of shards made anew or gone.
    carrier?.clear();
    // Every file is kept or written but the search bundles being made: what is left of the spare goes, and the
    // rest of the site is listed and settled while Pagefind works.
    spared?.start();
    // A kept file is the very file its record describes: listing need not ask again.
    const known = carrier && ((rel: string) => (carrier.kept.has(rel) ? before?.get(rel) : undefined));
    wrote(made.paths);
    const listing = timed("settle", () =>
      carrier
        ? settleWritten(temp, carrier, before, written)
        : settleFiles(temp, carrier, before, { skip: [SEARCH_DIR] }),
    );
    // The next build's records of these files, while Pagefind works (those of the bundles it makes come after).
    // A carried bundle holds exactly the files its records name (each kept as that very file; what else the
    // version taken back held there was cleared above): they are listed from the records, and only what
    // Pagefind or the cache wrote is listed from disk below (at 100,000 articles that listing took 3.2 s after
    // Pagefind, for ~110,000 files of which one shard's were new).
    for (const name of carried)
      for (const [rel, { size, mtimeMs, ino }] of bundles?.get(name) ?? [])
        listing.set(rel, { size, mtimeMs, ino });
    // The bulk of the next build's state is written now, while Pagefind works (src/incremental/state.ts), when
    // every article's search document is hashed (a first build hashes those of new pages as Pagefind gets them).
    const hashed = fingerprinted && allHashed(documents) ? fingerprinted : undefined;
    const earlyRecords = hashed ? recordFiles(listing, hashed, documents, model) : undefined;
    const bulk = earlyRecords && hashed ? options.keepStateBulk?.(earlyRecords, hashed.related) : undefined;
    timings.push({ stage: "search-index", ms: await job.done() });
    const records =
      earlyRecords ?? (fingerprinted ? recordFiles(listing, fingerprinted, documents, model) : undefined);
    const finished = withDigests(shards, documents);
    timings.push({ stage: "pictures-beside-render", ms: made.ms });
    timed("place-search", () => job.place(temp, carrier));
    for (const name of job.restored) reused.push(name);
    await checkpoint("after-search-index");
    const searchFiles = timed("settle-search", () =>
      settleFiles(temp, carrier, before, { under: SEARCH_DIR, skip: carried, ...(known ? { known } : {}) }),
    );
    for (const [rel, stat] of searchFiles) {
      listing.set(rel, stat);
      records?.set(rel, stat);
    }
    await spared?.done();
    const keepsSpare = carrier !== undefined && carrier.kept.size * 2 >= listing.size;
    const { warnings, version } = installSite(temp, target, keepsSpare);
    if (cache) {
      const indexed = new Set(job.indexed.map((shard) => shard.name));
      const kept = keepIndexes(
        cache,
        finished.filter((shard) => indexed.has(shard.name)),
        target,
      );
      for (const warning of kept) warnings.push(warning);
      pruneIndexes(cache, new Set(shards.map((s) => s.name)));
    }
    return {
      files: listing.size,
      timings,
      reusedSearch: reused,
      warnings,
      notes,
      pictures: made.result,
      rendered: first.length + others.length,
      kept: carrier?.kept.size ?? 0,
      indexed: job.indexed.length,
      related: fingerprinted?.computed ?? 0,
      ...(fingerprinted && records ? { state: outputState(version, records, fingerprinted, finished) } : {}),
      ...(bulk ? { stateBulk: { name: bulk, extra: searchFiles } } : {}),
    };
  } catch (error) {
    // Never delete a folder under a running Pagefind: stop it and wait for it first.
    await search?.stop();
    await pictures?.catch(() => undefined);
    await spared?.done().catch(() => undefined);
    rmSync(temp, { recursive: true, force: true });
    rmSync(spare, { recursive: true, force: true });
    throw new Error(rootCause(error), { cause: error });
  } finally {
    if (!keptImages) rmSync(imageCache, { recursive: true, force: true });
  }
}

/**
 * The files of `site` but the search bundles, from what made them: each file the carrier kept (the very file its
 * record describes) and each one this build `written`, settled (see settleFiles), plus the assets/ folder, which
 * also holds a theme's own files (copied by Eleventy, which does not report them). In a version taken back, the
 * carrier cleared everything else it found there before this is called. Walking every folder instead took
 * 0.4 s of an edit's build at 10,000 articles (37,000 files) and 4.6–9 s at 100,000, beside Pagefind.
 */
function settleWritten(
  site: string,
  carrier: Carrier,
  before: ReadonlyMap<string, FileRecord> | undefined,
  written: readonly string[],
): Map<string, FileStat> {
  const files = new Map<string, FileStat>();
  const searchFile = (rel: string) => rel.startsWith(`${SEARCH_DIR}/`);
  for (const rel of carrier.kept) {
    const record = before?.get(rel);
    if (record && !searchFile(rel))
      files.set(rel, { size: record.size, mtimeMs: record.mtimeMs, ino: record.ino });
  }
  const settle = (rel: string, now: FileStat) =>
    files.set(rel, carrier.settle(rel, before?.get(rel), now) ?? now);
  for (const [rel, now] of listSite(site, { under: ASSETS_DIR }))
    if (!carrier.kept.has(rel)) settle(rel, now);
  for (const rel of written) {
    if (files.has(rel) || searchFile(rel)) continue;
    const stat = lstatSync(join(site, rel), { throwIfNoEntry: false });
    // A record stands for a regular file (as listSite lists them).
    if (stat?.isFile()) settle(rel, { size: stat.size, mtimeMs: stat.mtimeMs, ino: stat.ino });
  }
  return files;
}

/** The site's folder of stylesheets and scripts: ours, and a theme's own assets/ (src/eleventy/plugin.ts). */
const ASSETS_DIR = "assets";

/**
 * Lists the files of `site` (see listSite) and settles each written anew: when the previous version has the
 * same bytes, it becomes a link to the old file, so its modification time stays as it was.
 */
function settleFiles(
  site: string,
  carrier: Carrier | undefined,
  before: ReadonlyMap<string, FileRecord> | undefined,
  options: ListOptions,
): Map<string, FileStat> {
  const files = listSite(site, options);
  if (!carrier) return files;
  for (const [rel, stat] of files) {
    if (carrier.kept.has(rel)) continue;
    const settled = carrier.settle(rel, before?.get(rel), stat);
    if (settled) files.set(rel, settled);
  }
  return files;
}

/** A folder removed in the background once started (its remains do not hold up the build); done() awaits it. */
interface Later {
  start(): void;
  done(): Promise<void>;
}

/** Whether at least half the pages have the fingerprint the previous build recorded (their files may be kept). */
function mostlyKept(
  model: SiteModel,
  fps: ReadonlyMap<string, string> | undefined,
  state: OutputState,
): boolean {
  let same = 0;
  for (const page of model.pages) {
    const fp = fps?.get(page.url);
    if (fp !== undefined && state.files.get(fileOfUrl(page.url))?.fp === fp) same++;
  }
  return same * 2 >= model.pages.length;
}

/** Moves `from` to `to` when there is something at `from`; whether it did. */
function moveIfPresent(from: string, to: string): boolean {
  if (!lstatSync(from, { throwIfNoEntry: false })) return false;
  renameSync(from, to);
  return true;
}

function removeLater(folder: string): Later {
  let removing: Promise<void> | undefined;
  const start = () => {
    removing ??= rm(folder, { recursive: true, force: true });
    return removing;
  };
  return { start: () => void start(), done: start };
}

/** At most this many shards to make anew are an edit's: they go to Pagefind before anything else is done. */
const EARLY_SHARDS = 2;

/** The previous version of the output folder when it is the one `state` describes. */
function previousSite(target: string, state: OutputState): { dir: string; state: OutputState } | undefined {
  try {
    const link = lstatSync(target, { throwIfNoEntry: false });
    if (!link?.isSymbolicLink() || readlinkSync(target) !== state.version) return undefined;
    const dir = join(dirname(target), state.version);
    return lstatSync(dir).isDirectory() ? { dir, state } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The next build's record of each file of `listing`: its stat, the fingerprint of its page and, for an article
 * page, its search document's key and hash.
 */
function recordFiles(
  listing: ReadonlyMap<string, Pick<FileRecord, "size" | "mtimeMs" | "ino">>,
  { fps }: ReturnType<typeof pageFingerprints>,
  documents: ReadonlyMap<string, SearchDocumentRecord>,
  model: SiteModel,
): Map<string, FileRecord> {
  const pages = new Map<string, Omit<FileRecord, "size" | "mtimeMs" | "ino">>();
  for (const page of model.pages) {
    const doc = page.kind === "article" ? documents.get(page.url) : undefined;
    const fp = fps.get(page.url);
    pages.set(fileOfUrl(page.url), {
      ...(fp ? { fp } : {}),
      ...(doc ? { searchKey: doc.key, searchHash: doc.hash } : {}),
    });
  }
  const files = new Map<string, FileRecord>();
  for (const [rel, stat] of listing) files.set(rel, { ...stat, ...pages.get(rel) });
  return files;
}

/** What the next build needs to know about the site just written (`files` from recordFiles). */
function outputState(
  version: string,
  files: ReadonlyMap<string, FileRecord>,
  { related }: ReturnType<typeof pageFingerprints>,
  shards: readonly Shard[],
): OutputState {
  // A shard without a digest (none is left once every document is hashed) is indexed again next time.
  const digests = new Map(
    shards.flatMap((s) => (s.digest === undefined ? [] : [[s.name, s.digest] as const])),
  );
  return { version, files, shards: digests, related };
}

/** Keeps the bundles just built for the next build; failing to costs the next build time, never this one. */
function keepIndexes(cache: SearchCache, shards: readonly Shard[], site: string): string[] {
  const warnings: string[] = [];
  for (const shard of shards) {
    if (shard.digest === undefined) continue;
    try {
      keepIndex(cache, shard.name, shard.digest, site);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      warnings.push(
        `could not keep the search index of "${shard.name}" in the build cache (${why}); the next build indexes it again`,
      );
    }
  }
  return warnings;
}

/** The innermost message of an error Eleventy wrapped ("Having trouble rendering …" → what our template threw). */
function rootCause(error: unknown): string {
  let current: unknown = error;
  for (let i = 0; i < 10; i++) {
    const next =
      (current as { originalError?: unknown; cause?: unknown } | null)?.originalError ??
      (current as { cause?: unknown } | null)?.cause;
    if (!(next instanceof Error)) break;
    current = next;
  }
  return current instanceof Error ? current.message : String(current);
}

/**
 * Pages rendered per Eleventy run: a run holds every page it renders (data and HTML) until it ends. At 100,000
 * articles, runs of 10,000 pages peaked at 3.8 GB against 4.2–4.4 GB with 20,000 (BENCHMARKS.md); at 10,000
 * articles the article pages still make one run.
 */
export const SLICE = 10_000;

/**
 * Renders `pages` in slices of `slice`, one Eleventy run each; `assets` adds the static files to the first
 * (and makes one run even with no pages). `done` hears how many pages are rendered after each slice.
 */
async function renderSlices(
  root: string,
  dir: string,
  model: SiteModel,
  pages: readonly Page[],
  slice: number,
  assets: boolean,
  onRender?: () => void,
): Promise<string[]> {
  const files: string[] = [];
  for (let from = 0; from < pages.length || (assets && from === 0); from += slice) {
    const written = await renderSlice(
      root,
      dir,
      model,
      pages.slice(from, from + slice),
      assets && from === 0,
      onRender,
    );
    for (const file of written) files.push(file);
  }
  return files;
}

/**
 * Renders one slice of the pages into `dir`; with `assets` it also writes the static files. Resolves to the
 * files written, relative to `dir`.
 */
async function renderSlice(
  root: string,
  dir: string,
  model: SiteModel,
  pages: readonly Page[],
  assets: boolean,
  onRender?: () => void,
): Promise<string[]> {
  const eleventy = new Eleventy(LAYOUTS_DIR, dir, {
    quietMode: true,
    configPath: false,
    config(cfg: EleventyConfig) {
      useSummitdesk(cfg, {
        root,
        model,
        dev: false,
        pages,
        assets,
        ...(onRender ? { onPage: onRender } : {}),
      });
    },
  });
  // Eleventy's logger prints failures with stack traces; the CLI reports the cause in one line instead.
  (eleventy as unknown as { disableLogger?: () => void }).disableLogger?.();
  return eachResult(dir, await eleventy.write());
}

/**
 * The files Eleventy wrote below `dir` (relative to it, "/"-separated). Copies of a theme's assets/ folder are not
 * among its results: settleWritten lists that folder.
 */
function eachResult(dir: string, results: unknown): string[] {
  if (!Array.isArray(results)) return [];
  const files: string[] = [];
  for (const r of results.flat(2) as { outputPath?: unknown }[]) {
    if (!r || typeof r !== "object" || typeof r.outputPath !== "string") continue;
    files.push(relative(dir, resolve(r.outputPath)).split(sep).join("/"));
  }
  return files;
}
