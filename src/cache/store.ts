/**
 * The article cache on disk (I/O edge): sealed v8 buckets in <root>/.cache/summitdesk/articles/, read at the
 * start of a build and brought up to date after a successful one.
 *
 * Verified, not trusted. Each bucket is sealed (src/cachefs: SHA-256 of name and payload, or an HMAC with
 * SUMMITDESK_CACHE_KEY) and on read must match its seal, this summitdesk's code version, the digest of its keys
 * in its name, and the shape of an outcome; anything else — damaged, foreign, forged without the key, from
 * another version, a link, a FIFO — is skipped (its articles are processed again) and rewritten by the build,
 * never left in place. Reading never follows a link or blocks; a cache that cannot be written costs time only.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  cacheKey,
  findCacheFolder,
  makeCacheFolder,
  readSealed,
  removeStaleTemps,
  writeSealed,
} from "../cachefs/index.ts";
import { crashPoint } from "../output/index.ts";
import { bodiesFolder, keepBody, pruneBodies } from "./bodies.ts";
import { CACHE_DIR } from "./paths.ts";
import type { ArticleCache, ArticleOutcome } from "./types.ts";

export { CACHE_DIR };

const ARTICLES = `${CACHE_DIR}/articles`;
/** 6: bodies kept in files of their own (bodies.ts), entries carry their digest. */
const FORMAT = 6;
/** Keys are base64url digests: their first character spreads them over 64 buckets. */
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
/** "<bucket>-<digest of its keys>.v8": a bucket whose keys are unchanged is not written again. */
const BUCKET_FILE = /^(\d+)-([\w-]{16})\.v8$/;
/** 100,000 articles make about 2 GB over 64 buckets; a bucket far larger than that is not ours. */
const MAX_BUCKET = 1024 * 1048576;

interface Bucket {
  readonly format: number;
  readonly code: string;
  readonly entries: ArticleCache;
}

/** How the cache is read and written. */
export interface CacheOptions {
  /** The sealing key (default: SUMMITDESK_CACHE_KEY). */
  readonly key?: string | undefined;
  /** Told why the cache cannot be used at all (a link or a file where its folder should be). */
  readonly warn?: (message: string) => void;
}

/** Bucket files this process read and found valid: a write leaves those alone when their keys are the same. */
const readValid = new Set<string>();

/** The verified part of the cache stored under `root` (possibly empty). */
export function readArticleCache(root: string, options: CacheOptions = {}): ArticleCache {
  const key = "key" in options ? options.key : cacheKey();
  const cache: ArticleCache = new Map();
  let dir: string | undefined;
  let names: string[];
  try {
    dir = findCacheFolder(root, ARTICLES);
    if (!dir) return cache;
    names = readdirSync(dir).filter((n) => BUCKET_FILE.test(n));
  } catch (error) {
    options.warn?.(`the build cache is not used: ${message(error)}`);
    return cache;
  }
  for (const name of names.sort()) {
    const entries = readBucket(dir, name, key);
    if (!entries) continue;
    readValid.add(join(dir, name));
    for (const [k, outcome] of entries) cache.set(k, outcome);
  }
  return cache;
}

/** The entries of one bucket file when every check passes, else undefined. */
function readBucket(dir: string, name: string, key: string | undefined): ArticleCache | undefined {
  const bucket = readSealed(join(dir, name), `articles/${name}`, MAX_BUCKET, key) as
    | Partial<Bucket>
    | null
    | undefined;
  if (bucket?.format !== FORMAT || bucket.code !== codeVersion() || !(bucket.entries instanceof Map))
    return undefined;
  const entries = bucket.entries as Map<unknown, unknown>;
  const [, index, digest] = BUCKET_FILE.exec(name) ?? [];
  for (const [k, outcome] of entries) {
    if (typeof k !== "string" || bucketOf(k) !== Number(index) || !isOutcome(outcome)) return undefined;
  }
  if (keysDigest([...(entries as ArticleCache).keys()]) !== digest) return undefined;
  return entries as ArticleCache;
}

function isOutcome(value: unknown): value is ArticleOutcome {
  if (typeof value !== "object" || value === null) return false;
  const o = value as Partial<ArticleOutcome>;
  return (
    Array.isArray(o.diagnostics) &&
    (o.body === undefined || typeof o.body === "string") &&
    (o.bodyFile === undefined || typeof o.bodyFile === "string") &&
    (o.frames === undefined ||
      (Array.isArray(o.frames) && o.frames.every((f) => f === undefined || typeof f === "string"))) &&
    (o.article === undefined || (typeof o.article === "object" && o.article !== null))
  );
}

const bucketOf = (key: string) => Math.max(0, ALPHABET.indexOf(key[0] ?? "A"));

function keysDigest(keys: readonly string[]): string {
  const hash = createHash("sha256");
  for (const k of [...keys].sort()) hash.update(k);
  return hash.digest("base64url").slice(0, 16);
}

/**
 * Stores exactly `cache` (this build's articles): each bucket whose set of keys changed, or that was not read
 * back valid, is written to a temp file and renamed into place; buckets read valid with unchanged keys are left
 * as they are, so a build that changed one article writes two buckets, not the whole cache (2 GB at 100,000
 * articles). Throws when the cache cannot be written; the caller turns that into a warning.
 */
export function writeArticleCache(root: string, cache: ArticleCache, options: CacheOptions = {}): void {
  const key = "key" in options ? options.key : cacheKey();
  const dir = makeCacheFolder(root, ARTICLES);
  removeStaleTemps(dir);
  // Bodies still carried (articles processed on this thread) go to files of their own first: the buckets
  // then hold only digests, and the next build reads a body only when it renders its page.
  const bodies = bodiesFolder(root);
  removeStaleTemps(bodies);
  const buckets = Array.from({ length: ALPHABET.length }, () => [] as [string, ArticleOutcome][]);
  for (const [k, outcome] of cache) buckets[bucketOf(k)]?.push([k, keepBody(bodies, k, outcome)]);
  const existing = readdirSync(dir).filter((n) => BUCKET_FILE.test(n));
  const keep = new Set<string>();
  let first = true;
  buckets.forEach((entries, index) => {
    if (entries.length === 0) return;
    entries.sort((a, b) => (a[0] < b[0] ? -1 : 1));
    const name = `${index}-${keysDigest(entries.map(([k]) => k))}.v8`;
    keep.add(name);
    if (existing.includes(name) && readValid.has(join(dir, name))) return;
    const bucket: Bucket = { format: FORMAT, code: codeVersion(), entries: new Map(entries) };
    writeSealed(join(dir, name), `articles/${name}`, bucket, key, () => {
      if (first) crashPoint("after-bucket-tmp");
      first = false;
    });
    readValid.add(join(dir, name));
  });
  for (const name of existing) if (!keep.has(name)) rmSync(join(dir, name), { recursive: true, force: true });
  pruneBodies(bodies, new Set(cache.keys()));
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

let version: string | undefined;

/**
 * Our own code and the libraries whose output is cached (parsers, Markdown, dates): a new summitdesk or a
 * dependency update must never reuse outcomes computed by the old one.
 */
export function codeVersion(): string {
  if (version !== undefined) return version;
  const hash = createHash("sha256");
  hash.update(sourceDigest(fileURLToPath(new URL("../", import.meta.url))));
  const require = createRequire(import.meta.url);
  const deps = [
    "gray-matter",
    "yaml",
    "markdown-it",
    "luxon",
    "zod",
    "i18n-iso-countries",
    "@sindresorhus/slugify",
  ];
  for (const dep of deps) hash.update(`${dep}@${packageVersion(require, dep)}\u0000`);
  version = hash.digest("base64url");
  return version;
}

/**
 * A digest of the code below `dir` (src/): every TypeScript and JavaScript file, by path and bytes. Both kinds,
 * because an installed package runs dist/src/, where the code is .js and the only .ts files are declarations: a
 * fix to the tagger changes no declaration, and its outcomes must not be taken for the old ones.
 */
export function sourceDigest(dir: string): string {
  const hash = createHash("sha256");
  for (const file of sourceFiles(dir)) hash.update(`${file}\u0000`).update(readFileSync(join(dir, file)));
  return hash.digest("base64url");
}

/**
 * A dependency's version. A package whose `exports` hide package.json (slugify, d3-geo) is found from its entry
 * file up: the first package.json of that name.
 */
export function packageVersion(require: NodeJS.Require, dep: string): string {
  try {
    return (require(`${dep}/package.json`) as { version: string }).version;
  } catch {
    try {
      let dir = dirname(require.resolve(dep));
      for (let up = 0; up < 4; up++, dir = dirname(dir)) {
        const manifest = join(dir, "package.json");
        if (!existsSync(manifest)) continue;
        const { name, version } = JSON.parse(readFileSync(manifest, "utf8")) as {
          name?: string;
          version?: string;
        };
        if (name === dep && version) return version;
      }
    } catch {
      // unreadable: said below
    }
    return "?";
  }
}

function sourceFiles(dir: string, prefix = ""): string[] {
  return readdirSync(join(dir, prefix))
    .sort()
    .flatMap((name) => {
      const rel = prefix ? `${prefix}/${name}` : name;
      return statSync(join(dir, rel)).isDirectory()
        ? sourceFiles(dir, rel)
        : /\.(ts|js|mjs|cjs)$/.test(rel)
          ? [rel]
          : [];
    });
}
