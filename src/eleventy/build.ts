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
import {
  indexShards,
  keepIndex,
  pageHash,
  pruneIndexes,
  restoreIndex,
  SEARCH_DIR,
  SEARCH_STAGE,
  type SearchCache,
} from "../search/index.ts";
import type { SiteModel } from "../site/types.ts";
import { LAYOUTS_DIR, useSummitdesk } from "./plugin.ts";
import { bundleFiles, carryShard, planShards, type Shard, shardsByUrl } from "./shardPlan.ts";
import { type TakenBack, takeBack } from "./takeBack.ts";
import type { EleventyConfig } from "./types.ts";

/**
 * Hands over work that only a later build needs (keeping caches it reads back), to be done once this build's
 * site is in place and announced: `build --watch` does it before it waits for the next change. Each task returns
 * its warnings (a cache it could not keep costs a later build time, never this one).
 */
export type Defer = (task: () => readonly string[]) => void;

/** How writeSite may use the build cache. */
export interface WriteOptions {
  /** Kept search bundles: a shard whose article pages are unchanged is copied (once verified), not indexed. */
  readonly searchCache?: SearchCache;
  /**
   * Where keeping the search bundles just made in `searchCache` goes (see Defer); without it, it is done before
   * writeSite returns and its warnings are among Written.warnings.
   */
  readonly defer?: Defer;
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
  const stopSearch = new AbortController();
  let search: Promise<number> | undefined;
  // Pictures, cards and icons are made beside the rendering (sharp and resvg work on other threads).
  const keptImages = options.imageCache ?? process.env.SUMMITDESK_IMAGE_CACHE;
  const imageCache = keptImages || mkdtempSync(join(tmpdir(), "summitdesk-images-"));
  let pictures: Promise<{ result: ProduceResult; paths: string[]; ms: number }> | undefined;
  // Where the spare's remains (and its search folders) go to be removed while the build works.
  const spare = join(dirname(target), siblingName(basename(target), "tmp"));
  let spared: Later | undefined;
  try {
    // The output's parent may not exist yet (--output fresh/site).
    mkdirSync(dirname(temp), { recursive: true });
    const started = performance.now();
    // What changed since the last build: pages whose fingerprint is the same keep their file (a hard link).
    const inc = options.incremental;
    const fingerprinted = inc
      ? timed("fingerprints", () => pageFingerprints(model, inc.global, inc.state?.related))
      : undefined;
    const fps = fingerprinted?.fps;
    const previous = inc?.state ? previousSite(target, inc.state) : undefined;
    // The version an edit's build replaced (src/output/spare.ts) becomes this build's folder: the files it
    // shares with the previous version stay (src/incremental/carry.ts), the rest is removed before anything is
    // written. Search bundles are kept by shard (carryShard); a shard to index again is emptied first.
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
      moveIfPresent(join(temp, SEARCH_STAGE), join(spare, SEARCH_STAGE));
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
    const texts = new Map<string, string>();
    // What this build wrote into the new folder (kept files are the carrier's): the listing that records the
    // site for the next build starts from these two instead of walking every folder (settleWritten).
    const written: string[] = [];
    const wrote = (files: readonly string[]) => {
      for (const file of files) written.push(file);
    };
    // Unchanged files are kept off the path every build waits on where they can be: article pages in the shards
    // Pagefind indexes before it starts (it reads them), the others once it has started (keepLater, keepDeferred).
    const later: [Page, string, FileRecord][] = [];
    const deferred = new Map<string, [Page, FileRecord]>();
    const shardOfPage = shardsByUrl(model);
    const render = timed("keep-unchanged", () => {
      const pages = model.pages.filter((page) => {
        const rel = fileOfUrl(page.url);
        const record = before?.get(rel);
        // An article page is kept only with the hash of its text: its search shard is digested from it.
        const usable = record?.fp === fps?.get(page.url) && (page.kind !== "article" || record?.text);
        if (!carrier || !record || !usable) return true;
        // In a version taken back, keeping a page is a look-up (a link only where it is not the kept file yet):
        // all go in now.
        if (inPlace) {
          if (!carrier.keep(rel, record)) return true;
          if (page.kind === "article") texts.set(page.url, record.text as string);
          return false;
        }
        if (page.kind !== "article") later.push([page, rel, record]);
        else {
          texts.set(page.url, record.text as string);
          deferred.set(rel, [page, record]);
        }
        return false;
      });
      // The shards of article pages to render are indexed for sure: their kept pages go in now. With none to
      // render, everything renders in one run after Pagefind's shards (if any) have their pages: all go in now.
      const dirty = new Set(pages.flatMap((page) => shardOfPage.get(page.url) ?? []));
      const now = (page: Page) => dirty.size === 0 || dirty.has(shardOfPage.get(page.url) ?? "");
      for (const page of keepDeferred(carrier, deferred, now)) pages.push(page);
      return pages;
    });
    // What the version taken back holds that is not kept goes before anything is written: pictures are kept
    // as they are copied (a picture found there stays or goes then, writeImages' keep), search bundles by shard
    // once the shards are known (below).
    const keptLater = (rel: string) => rel.startsWith(`${IMAGE_DIR}/`) || rel.startsWith(`${SEARCH_DIR}/`);
    if (inPlace) timed("clear", () => carrier?.clear(keptLater));
    const picture = (file: string) => `${IMAGE_DIR}/${file}`;
    pictures = writeImages(model.images, temp, {
      root,
      cacheDir: imageCache,
      ...(carrier ? { keep: (rel: string) => carrier.keep(rel, before?.get(rel)) } : {}),
      // A picture the version taken back holds as recorded stays (keep, above): the cache need not have it.
      ...(carrier && inPlace
        ? { present: (file: string) => carrier.holds(picture(file), before?.get(picture(file))) }
        : {}),
    }).then((made) => ({ ...made, ms: performance.now() - started }));
    // A rejected promise is awaited below; until then it must not count as unhandled.
    pictures.catch(() => undefined);
    // Search indexes only article pages, so they render first; Pagefind (its own processes, on the other core)
    // then indexes the shards that changed while Eleventy renders everything else. Even for one edit that is
    // worth the second Eleventy run (at 10k: 6.3–6.5 s against 6.6–7.8 s with one run, shards of 625 pages).
    // Without article pages there is nothing to index: one run.
    const together = !render.some((page) => page.kind === "article");
    if (together) keepLater(carrier, later, render, timed);
    const articles = together ? render : render.filter((page) => page.kind === "article");
    const others: Page[] = together ? [] : render.filter((page) => page.kind !== "article");
    const { onPage } = options;
    wrote(await renderSlices(root, temp, model, articles, slice, true, hashInto(texts, articles), onPage));
    await checkpoint("after-articles-rendered");
    const shards = planShards(model, texts);
    const reused: string[] = [];
    const bundles = previous ? bundleFiles(previous.state) : undefined;
    const cache = options.searchCache;
    const restored = (shard: Shard) => {
      if (!cache || !restoreIndex(cache, shard.name, shard.digest, temp)) return false;
      reused.push(shard.name);
      return true;
    };
    // A shard whose pages are unchanged keeps the previous site's bundle, checked file by file once Pagefind
    // is at work on the others; one found changed after all is indexed after them.
    const same = (shard: Shard) =>
      previous !== undefined &&
      previous.state.shards.get(shard.name) === shard.digest &&
      bundles?.has(shard.name);
    // A bundle made anew (restored from the cache or indexed) goes into an emptied folder: whatever the version
    // taken back held there is unlinked first, never written through.
    const anew = (shard: Shard) => {
      carrier?.empty(`${SEARCH_DIR}/${shard.name}`);
      return !restored(shard);
    };
    const toIndex = timed("restore-search", () => shards.filter((shard) => !same(shard) && anew(shard)));
    // A shard to index may hold pages not rendered (when a language's archive doubles, its shards are planned
    // anew): they are kept before Pagefind starts, and one the previous version no longer has is rendered first.
    const needed = new Set(toIndex.flatMap((shard) => shard.files));
    const catchUp = keepDeferred(carrier, deferred, (page) => needed.has(fileOfUrl(page.url)));
    if (catchUp.length > 0) {
      wrote(await renderSlices(root, temp, model, catchUp, slice, false, hashInto(texts, catchUp), onPage));
    }
    const searchStarted = performance.now();
    // Those found changed below are indexed once the first run is done (the list is complete by then: this
    // function runs on until its next await).
    let unkept: Shard[] = [];
    search = indexShards(temp, toIndex, stopSearch.signal, SEARCH_PARALLEL)
      .then(() =>
        unkept.length > 0 ? indexShards(temp, unkept, stopSearch.signal, SEARCH_PARALLEL) : undefined,
      )
      .then(() => performance.now() - searchStarted);
    // A rejected index is awaited below; until then it must not count as unhandled.
    search.catch(() => undefined);
    // The other unchanged article pages, now that Pagefind is at work. One the previous version no longer has
    // as recorded is rendered again below; its shard's bundle stands, as for every page kept by fingerprint:
    // the same fingerprint renders the same text (the next build's state holds the text as rendered).
    const lost = timed("keep-articles", () => keepDeferred(carrier, deferred, () => true));
    // Shards whose bundle stays as the previous version has it: their files are listed from its records.
    const carried: string[] = [];
    unkept = timed("keep-search", () =>
      shards.filter((shard) => {
        if (!same(shard)) return false;
        if (carrier && previous && bundles && carryShard(carrier, previous.state, bundles, shard)) {
          reused.push(shard.name);
          carried.push(shard.name);
          return false;
        }
        return anew(shard);
      }),
    );
    for (const shard of unkept) toIndex.push(shard);
    if (!together) keepLater(carrier, later, others, timed);
    for (const page of lost) others.push(page);
    if (others.length > 0) {
      wrote(await renderSlices(root, temp, model, others, slice, false, hashInto(texts, lost), onPage));
    }
    timings.push({ stage: "render-write", ms: performance.now() - started });
    options.onRendered?.();
    const made = await pictures;
    options.onPictures?.(made.result.files);
    // Pictures the site no longer shows.
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
        : settleFiles(temp, carrier, before, { skip: [SEARCH_DIR, SEARCH_STAGE] }),
    );
    // The next build's records of these files, while Pagefind works (those of the bundles it makes come after).
    // A carried bundle holds exactly the files its records name (each kept as that very file; what else the
    // version taken back held there was cleared above): they are listed from the records, and only what
    // Pagefind or the cache wrote is listed from disk below (at 100,000 articles that listing took 3.2 s after
    // Pagefind, for ~110,000 files of which one shard's were new).
    for (const name of carried)
      for (const [rel, { size, mtimeMs, ino }] of bundles?.get(name) ?? [])
        listing.set(rel, { size, mtimeMs, ino });
    const records = fingerprinted ? recordFiles(listing, fingerprinted, texts, model) : undefined;
    // The bulk of the next build's state is written now, while Pagefind works (src/incremental/state.ts).
    const bulk =
      records && fingerprinted ? options.keepStateBulk?.(records, fingerprinted.related) : undefined;
    timings.push({ stage: "search-index", ms: await search });
    timings.push({ stage: "pictures-beside-render", ms: made.ms });
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
      // Copied from the site in place: nothing replaces it before a deferred task has run.
      const keepSearch = () => {
        const failed = keepIndexes(cache, toIndex, target);
        pruneIndexes(cache, new Set(shards.map((s) => s.name)));
        return failed;
      };
      if (options.defer) options.defer(keepSearch);
      else for (const warning of keepSearch()) warnings.push(warning);
    }
    return {
      files: listing.size,
      timings,
      reusedSearch: reused,
      warnings,
      notes,
      pictures: made.result,
      rendered: articles.length + catchUp.length + others.length,
      kept: carrier?.kept.size ?? 0,
      indexed: toIndex.length,
      related: fingerprinted?.computed ?? 0,
      ...(fingerprinted && records ? { state: outputState(version, records, fingerprinted, shards) } : {}),
      ...(bulk ? { stateBulk: { name: bulk, extra: searchFiles } } : {}),
    };
  } catch (error) {
    // Never delete the folder under a running Pagefind: stop it and wait for it first.
    stopSearch.abort();
    await search?.catch(() => undefined);
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
  const searchFile = (rel: string) => rel.startsWith(`${SEARCH_DIR}/`) || rel.startsWith(`${SEARCH_STAGE}/`);
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

/**
 * Keeps the unchanged files that are not article pages (`later`), in page order; a file the previous version
 * no longer has as recorded is rendered instead (added to `render`).
 */
function keepLater(
  carrier: Carrier | undefined,
  later: readonly [Page, string, FileRecord][],
  render: Page[],
  timed: <T>(stage: string, run: () => T) => T,
): void {
  if (!carrier || later.length === 0) return;
  timed("keep-later", () => {
    for (const [page, rel, record] of later) if (!carrier.keep(rel, record)) render.push(page);
  });
}

/**
 * Keeps the deferred article pages `now` picks, taking them off `deferred`; returns those the previous version no
 * longer has as recorded, to be rendered instead.
 */
function keepDeferred(
  carrier: Carrier | undefined,
  deferred: Map<string, [Page, FileRecord]>,
  now: (page: Page) => boolean,
): Page[] {
  const lost: Page[] = [];
  for (const [rel, [page, record]] of deferred) {
    if (!now(page)) continue;
    deferred.delete(rel);
    if (!carrier?.keep(rel, record)) lost.push(page);
  }
  return lost;
}

/** Records the text hash of each article page of `pages` as it is rendered (the search shards digest them). */
function hashInto(texts: Map<string, string>, pages: readonly Page[]): (url: string, html: string) => void {
  const urls = new Set(pages.flatMap((page) => (page.kind === "article" ? [page.url] : [])));
  return (url, html) => {
    if (urls.has(url)) texts.set(url, pageHash(html));
  };
}

/** Pagefind runs at once while the rest renders: each shard is small, so two keep both cores busy. */
const SEARCH_PARALLEL = 2;

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

/** The next build's record of each file of `listing`: its stat, and the fingerprint and text of its page. */
function recordFiles(
  listing: ReadonlyMap<string, Pick<FileRecord, "size" | "mtimeMs" | "ino">>,
  { fps }: ReturnType<typeof pageFingerprints>,
  texts: ReadonlyMap<string, string>,
  model: SiteModel,
): Map<string, FileRecord> {
  const pages = new Map<string, { fp?: string; text?: string }>();
  for (const page of model.pages) {
    const text = page.kind === "article" ? texts.get(page.url) : undefined;
    const fp = fps.get(page.url);
    pages.set(fileOfUrl(page.url), { ...(fp ? { fp } : {}), ...(text ? { text } : {}) });
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
  return { version, files, shards: new Map(shards.map((s) => [s.name, s.digest])), related };
}

/** Keeps the bundles just built for the next build; failing to costs the next build time, never this one. */
function keepIndexes(cache: SearchCache, shards: readonly Shard[], site: string): string[] {
  const warnings: string[] = [];
  for (const shard of shards) {
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
  onPage?: (url: string, html: string) => void,
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
      onPage,
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
  onPage?: (url: string, html: string) => void,
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
  return eachResult(dir, await eleventy.write(), onPage);
}

/**
 * The files Eleventy wrote below `dir` (relative to it, "/"-separated), handing each page's URL and HTML to
 * `onPage`. Copies of a theme's assets/ folder are not among its results: settleWritten lists that folder.
 */
function eachResult(dir: string, results: unknown, onPage?: (url: string, html: string) => void): string[] {
  if (!Array.isArray(results)) return [];
  const files: string[] = [];
  for (const r of results.flat(2) as { outputPath?: unknown; url?: unknown; content?: unknown }[]) {
    if (!r || typeof r !== "object" || typeof r.outputPath !== "string") continue;
    files.push(relative(dir, resolve(r.outputPath)).split(sep).join("/"));
    if (onPage && typeof r.url === "string" && typeof r.content === "string") onPage(r.url, r.content);
  }
  return files;
}
