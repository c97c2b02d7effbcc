/**
 * Reusing a search shard's index between builds (I/O edge). Pagefind's output depends only on the pages it
 * reads and on Pagefind itself, so when a shard's article pages are byte-identical to those of the build that
 * made a kept bundle, that bundle is copied instead of indexing again (when the previous site itself is gone,
 * as in CI, which keeps only the cache): a build that changed one article indexes its shard only.
 *
 * A kept bundle is verified, not trusted: `.cache/summitdesk/search/<shard>/manifest` (sealed: SHA-256, or an
 * HMAC with SUMMITDESK_CACHE_KEY) lists every file of `bundle/` with its SHA-256; a bundle is used only when
 * its files are exactly those, byte for byte, all regular files (a link is never followed or copied).
 * Anything else — truncated, changed, extra, missing, a FIFO — and the language is indexed again.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, sep } from "node:path";
import {
  isRealFolder,
  readRegularFile,
  removeStaleTemps,
  seal,
  unseal,
  writeFileAtomically,
} from "../cachefs/index.ts";
import { crashPoint } from "../output/index.ts";
import { SEARCH_DIR } from "./pagefind.ts";

/** Where kept bundles live and the key that seals them. */
export interface SearchCache {
  /** `.cache/summitdesk/search`, checked to be a real folder (no link on the way) by the caller. */
  readonly dir: string;
  /** SUMMITDESK_CACHE_KEY, when set. */
  readonly key: string | undefined;
}

const MANIFEST = "manifest";
const BUNDLE = "bundle";
/** 3: bundles export Pagefind's main-thread class (exposeRanking.ts); older ones are indexed again. */
const FORMAT = 3;
/** No file Pagefind writes comes near this; a larger one is not ours. */
export const MAX_SEARCH_FILE = 512 * 1048576;

interface Manifest {
  readonly format: number;
  readonly shard: string;
  readonly digest: string;
  /** Path below bundle/ ("/"-separated) → SHA-256 of its bytes. */
  readonly files: Record<string, string>;
}

/**
 * The digest of what a shard's index is made from: Pagefind's version, what we do to its bundle (FORMAT), the
 * shard, and every page's text. A bundle carried over from the previous site is matched by it too.
 */
export function searchDigest(
  shard: string,
  pages: readonly (readonly [url: string, contentHash: string])[],
): string {
  const binary = process.env.PAGEFIND_BINARY_PATH ?? "";
  const hash = createHash("sha256").update(
    `${pagefindVersion()}\u0000${binary}\u0000format ${FORMAT}\u0000shard ${shard}\u0000`,
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

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/**
 * Copies the kept bundle of `shard` into `site`/pagefind/<shard>/ when it was made from the same pages and every
 * file is exactly as the manifest says; otherwise writes nothing there and returns false.
 */
export function restoreIndex(cache: SearchCache, shard: string, digest: string, site: string): boolean {
  const kept = join(cache.dir, shard);
  const into = join(site, SEARCH_DIR, shard);
  try {
    const manifest = readManifest(cache, shard);
    if (manifest?.digest !== digest || !isRealFolder(kept)) return false;
    const found = listFiles(join(kept, BUNDLE));
    const listed = Object.keys(manifest.files).sort();
    if (!found || found.length !== listed.length || found.some((f, i) => f !== listed[i])) return false;
    for (const file of listed) {
      const bytes = readRegularFile(join(kept, BUNDLE, file), MAX_SEARCH_FILE);
      if (!bytes || sha256(bytes) !== manifest.files[file])
        throw new Error(`${file} differs from its manifest`);
      mkdirSync(dirname(join(into, file)), { recursive: true });
      writeFileSync(join(into, file), bytes);
    }
    return true;
  } catch {
    rmSync(into, { recursive: true, force: true });
    return false;
  }
}

/**
 * Keeps `site`/pagefind/<shard>/ for the next build with its sealed manifest, replacing what was kept: the new
 * bundle is assembled in `<shard>.tmp-<pid>` and renamed into place, so a reader never sees half of one.
 */
export function keepIndex(cache: SearchCache, shard: string, digest: string, site: string): void {
  removeStaleTemps(cache.dir);
  const kept = join(cache.dir, shard);
  const temp = `${kept}.tmp-${process.pid}`;
  rmSync(temp, { recursive: true, force: true });
  try {
    const from = join(site, SEARCH_DIR, shard);
    const files: Record<string, string> = {};
    for (const file of listFiles(from) ?? []) {
      const bytes = readRegularFile(join(from, file), MAX_SEARCH_FILE);
      if (!bytes) throw new Error(`pagefind/${shard}/${file} could not be read back`);
      mkdirSync(dirname(join(temp, BUNDLE, file)), { recursive: true });
      writeFileSync(join(temp, BUNDLE, file), bytes, { flag: "wx" });
      files[file] = sha256(bytes);
    }
    const manifest: Manifest = { format: FORMAT, shard, digest, files };
    writeFileAtomically(
      join(temp, MANIFEST),
      seal(manifestName(shard), Buffer.from(JSON.stringify(manifest)), cache.key),
    );
    crashPoint("after-search-kept-tmp");
    rmSync(kept, { recursive: true, force: true });
    renameSync(temp, kept);
    crashPoint("after-search-kept");
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/** The manifest's name below the cache folder, bound into its seal (a manifest cannot change language). */
function manifestName(shard: string): string {
  return `search/${shard}/${MANIFEST}`;
}

function readManifest(cache: SearchCache, shard: string): Manifest | undefined {
  const bytes = readRegularFile(join(cache.dir, shard, MANIFEST), 64 * 1048576);
  const payload = bytes && unseal(manifestName(shard), bytes, cache.key);
  if (!payload) return undefined;
  const value = JSON.parse(payload.toString("utf8")) as Partial<Manifest> | null;
  if (value?.format !== FORMAT || value.shard !== shard || typeof value.digest !== "string") return undefined;
  const files = value.files;
  if (!files || typeof files !== "object") return undefined;
  for (const [file, hash] of Object.entries(files)) {
    // Paths stay below bundle/: no "..", no absolute path, no empty part.
    if (typeof hash !== "string" || !/^[0-9a-f]{64}$/.test(hash)) return undefined;
    if (file.split("/").some((part) => part === "" || part === "." || part === "..")) return undefined;
  }
  return value as Manifest;
}

/**
 * Every file below `dir` ("/"-separated, sorted), walking real folders only; undefined when anything there is
 * neither a folder nor a regular file (a link, a FIFO): such a bundle is not used.
 */
function listFiles(dir: string): string[] | undefined {
  if (!isRealFolder(dir)) return undefined;
  const out: string[] = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isDirectory()) continue;
    if (!entry.isFile()) return undefined;
    out.push(relative(dir, join(entry.parentPath, entry.name)).split(sep).join("/"));
  }
  return out.sort();
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

/** Removes kept bundles of shards the site no longer has (a language's shards were split, or it has none). */
export function pruneIndexes(cache: SearchCache, keep: ReadonlySet<string>): void {
  let names: string[];
  try {
    names = readdirSync(cache.dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!keep.has(name) && !/\.tmp-\d+$/.test(name))
      rmSync(join(cache.dir, name), { recursive: true, force: true });
  }
}
