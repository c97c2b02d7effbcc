/**
 * Writes a site with Eleventy atomically: into a fresh sibling folder, put in place only when every page was
 * written (src/output: the output folder is a link swapped in one rename). A failure or a kill at any point
 * leaves the previous output exactly as it was; stale pages never survive.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import Eleventy from "@11ty/eleventy";
import { CACHE_DIR } from "../cache/index.ts";
import { type ProduceResult, writeImages } from "../images/index.ts";
import {
  checkOutputFolder,
  checkpoint,
  guardedFolders,
  installSite,
  siblingName,
  tidyOutput,
} from "../output/index.ts";
import { LANGS } from "../registry/index.ts";
import { assertSafeUrl, type Page } from "../render/index.ts";
import {
  keepIndex,
  pageHash,
  restoreIndex,
  type SearchCache,
  searchDigest,
  writeSearchIndex,
} from "../search/index.ts";
import type { SiteModel } from "../site/types.ts";
import { LAYOUTS_DIR, useSummitdesk } from "./plugin.ts";
import type { EleventyConfig } from "./types.ts";

/** How writeSite may use the build cache. */
export interface WriteOptions {
  /** Kept search bundles: a language whose article pages are unchanged is copied (once verified), not indexed. */
  readonly searchCache?: SearchCache;
  /**
   * Folder of processed pictures and cards kept between builds. Without it: SUMMITDESK_IMAGE_CACHE when set
   * (the test suite shares one), else a temp folder removed afterwards. Entries are named by content hash and
   * settings, so a shared folder can make a build faster, never different.
   */
  readonly imageCache?: string;
  /** Called as each file is rendered (pages and the static files), for a progress line. */
  readonly onPage?: () => void;
  /** Called when the pages are all rendered and the search index (and pictures) are what is left. */
  readonly onRendered?: () => void;
}

/** What writeSite did. */
export interface Written {
  readonly files: number;
  readonly timings: { stage: string; ms: number }[];
  readonly reusedSearch: readonly string[];
  /** Things that went wrong after the new site was in place (it is, whole): they cost time or disk, not the site. */
  readonly warnings: readonly string[];
  /** Lines about repairs before writing (an output folder an interrupted build had moved away, put back). */
  readonly notes: readonly string[];
  /** The pictures, cards and icons made or reused. */
  readonly pictures: ProduceResult;
}

/** Checks and tidies the output folder `outDir` of `root` (see src/output); throws OutputFolderError when refused. */
export function prepareOutput(root: string, outDir: string): { target: string; notes: string[] } {
  const guarded = guardedFolders(root, CACHE_DIR);
  // Check before tidying, so that nothing is touched around a folder that is refused.
  checkOutputFolder(outDir, root, guarded);
  const notes = tidyOutput(resolve(root, outDir));
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
  const { target, notes } = prepareOutput(root, outDir);
  const temp = join(dirname(target), siblingName(basename(target), "tmp"));
  // Search indexes only article pages, so they render first; Pagefind (its own process, on the other core) then
  // indexes them while Eleventy renders everything else. At 10,000 articles that hides most of the index's time.
  // Large archives do one thing at a time instead: the peaks of Eleventy and Pagefind together would not fit.
  const articles = model.pages.filter((page) => page.kind === "article");
  const concurrent =
    Math.max(...LANGS.map((lang) => model.index.editions[lang].articles.length)) <= CONCURRENT_UP_TO;
  const others = model.pages.filter((page) => page.kind !== "article");
  const stopSearch = new AbortController();
  let search: Promise<number> | undefined;
  // Pictures, cards and icons are made beside the rendering (sharp and resvg work on other threads).
  const keptImages = options.imageCache ?? process.env.SUMMITDESK_IMAGE_CACHE;
  const imageCache = keptImages || mkdtempSync(join(tmpdir(), "summitdesk-images-"));
  let pictures: Promise<{ files: number; result: ProduceResult; ms: number }> | undefined;
  try {
    const started = performance.now();
    pictures = writeImages(model.images, temp, { root, cacheDir: imageCache }).then((made) => ({
      ...made,
      ms: performance.now() - started,
    }));
    // A rejected promise is awaited below; until then it must not count as unhandled.
    pictures.catch(() => undefined);
    const pages = new SearchInput(model);
    const { onPage } = options;
    let files = await renderSlices(root, temp, model, articles, slice, true, pages.add, onPage);
    await checkpoint("after-articles-rendered");
    const digests = pages.digests();
    // A language whose article pages are unchanged gets its kept bundle (if it is intact); the others are indexed.
    const cache = options.searchCache;
    const reused = [...digests].filter(([lang, digest]) => cache && restoreIndex(cache, lang, digest, temp));
    const langs = [...digests.keys()].filter((lang) => !reused.some(([done]) => done === lang));
    const index = () => {
      const searchStarted = performance.now();
      const running = writeSearchIndex(temp, langs, stopSearch.signal, concurrent);
      return running.then(() => performance.now() - searchStarted);
    };
    if (concurrent) {
      search = index();
      // A rejected index is awaited below; until then it must not count as unhandled.
      search.catch(() => undefined);
    }
    files += await renderSlices(root, temp, model, others, slice, articles.length === 0, undefined, onPage);
    const renderMs = performance.now() - started;
    options.onRendered?.();
    const searchMs = await (search ?? index());
    const made = await pictures;
    files += made.files;
    const timings = [
      { stage: "render-write", ms: renderMs },
      { stage: "search-index", ms: searchMs },
      { stage: "pictures-beside-render", ms: made.ms },
    ];
    await checkpoint("after-search-index");
    const { warnings } = installSite(temp, target);
    if (cache) for (const warning of keepIndexes(cache, langs, digests, target)) warnings.push(warning);
    return {
      files,
      timings,
      reusedSearch: reused.map(([lang]) => lang),
      warnings,
      notes,
      pictures: made.result,
    };
  } catch (error) {
    // Never delete the folder under a running Pagefind: stop it and wait for it first.
    stopSearch.abort();
    await search?.catch(() => undefined);
    await pictures?.catch(() => undefined);
    rmSync(temp, { recursive: true, force: true });
    throw new Error(rootCause(error), { cause: error });
  } finally {
    if (!keptImages) rmSync(imageCache, { recursive: true, force: true });
  }
}

/** The article pages as rendered, hashed per language: what each language's search index is made from. */
class SearchInput {
  private readonly hashes = new Map<string, [string, string][]>();
  constructor(private readonly model: SiteModel) {}

  readonly add = (url: string, html: string): void => {
    const lang = url.split("/")[1] ?? "";
    const list = this.hashes.get(lang) ?? [];
    list.push([url, pageHash(html)]);
    this.hashes.set(lang, list);
  };

  /** Digest per language that has articles (searchDigest). */
  digests(): Map<string, string> {
    const langs = LANGS.filter((lang) => this.model.index.editions[lang].articles.length > 0);
    return new Map(langs.map((lang) => [lang, searchDigest(lang, this.hashes.get(lang) ?? [])]));
  }
}

/** Keeps the bundles just built for the next build; failing to costs the next build time, never this one. */
function keepIndexes(
  cache: SearchCache,
  langs: readonly string[],
  digests: ReadonlyMap<string, string>,
  site: string,
): string[] {
  const warnings: string[] = [];
  for (const lang of langs) {
    try {
      keepIndex(cache, lang, digests.get(lang) ?? "", site);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      warnings.push(
        `could not keep the search index of "${lang}" in the build cache (${why}); the next build indexes it again`,
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
 * Up to this many articles in the largest edition, Pagefind indexes both languages at once and beside the
 * renderer. Measured: Pagefind holds about 180 KB per page, Eleventy about 120 KB per page of its slice; at
 * 100,000 articles running them together would need some 21 GB of a 24 GB machine.
 */
export const CONCURRENT_UP_TO = 20_000;

/** Pages rendered per Eleventy run. Keeps memory flat on archives of 100,000 articles. */
export const SLICE = 20_000;

/** Renders `pages` in slices of `slice`, one Eleventy run each; `assets` adds the static files to the first. */
async function renderSlices(
  root: string,
  dir: string,
  model: SiteModel,
  pages: readonly Page[],
  slice: number,
  assets: boolean,
  onPage?: (url: string, html: string) => void,
  onRender?: () => void,
): Promise<number> {
  let files = 0;
  for (let from = 0; from < pages.length; from += slice) {
    files += await renderSlice(
      root,
      dir,
      model,
      pages.slice(from, from + slice),
      assets && from === 0,
      onPage,
      onRender,
    );
  }
  return files;
}

/** Renders one slice of the pages into `dir`; with `assets` it also writes the static files. */
async function renderSlice(
  root: string,
  dir: string,
  model: SiteModel,
  pages: readonly Page[],
  assets: boolean,
  onPage?: (url: string, html: string) => void,
  onRender?: () => void,
): Promise<number> {
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
  return eachResult(await eleventy.write(), onPage);
}

/** Counts the files Eleventy wrote, handing each page's URL and HTML to `onPage`. */
function eachResult(results: unknown, onPage?: (url: string, html: string) => void): number {
  if (!Array.isArray(results)) return 0;
  let files = 0;
  for (const r of results.flat(2) as { outputPath?: unknown; url?: unknown; content?: unknown }[]) {
    if (!r || typeof r !== "object" || !("outputPath" in r)) continue;
    files++;
    if (onPage && typeof r.url === "string" && typeof r.content === "string") onPage(r.url, r.content);
  }
  return files;
}
