/**
 * The article cache on disk (I/O edge): v8-serialised buckets in <root>/.cache/summitdesk/articles/, read at
 * the start of a build and brought up to date after a successful one. Entries are keyed by content hash, so
 * a bucket is never wrong, only unused: a damaged or foreign bucket, or one from another summitdesk version,
 * is skipped (those articles start cold), and an interrupted write leaves every other bucket valid.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";
import type { ArticleCache, ArticleOutcome } from "./types.ts";

/** Where a project's cache lives, relative to its root (ignored by git; CI may keep it between runs). */
export const CACHE_DIR = ".cache/summitdesk";
const ARTICLES = "articles";
const FORMAT = 3;
/** Keys are base64url digests: their first character spreads them over 64 buckets. */
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
/** "<bucket>-<digest of its keys>.v8": a bucket whose keys are unchanged is not written again. */
const BUCKET_FILE = /^(\d+)-([\w-]+)\.v8$/;

interface Bucket {
  readonly format: number;
  readonly code: string;
  readonly entries: ArticleCache;
}

/** Bucket files this process read and found valid: a write leaves those alone when their keys are the same. */
const readValid = new Set<string>();

/** The cache stored under `root` (possibly empty or partial: whatever is valid). */
export function readArticleCache(root: string): ArticleCache {
  const dir = join(root, CACHE_DIR, ARTICLES);
  const cache: ArticleCache = new Map();
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => BUCKET_FILE.test(n));
  } catch {
    return cache;
  }
  for (const name of names.sort()) {
    try {
      const bucket = deserialize(readFileSync(join(dir, name))) as Partial<Bucket> | null;
      if (bucket?.format !== FORMAT || bucket.code !== codeVersion() || !(bucket.entries instanceof Map))
        continue;
      readValid.add(join(dir, name));
      for (const [key, outcome] of bucket.entries as Map<unknown, ArticleOutcome>) {
        if (typeof key === "string") cache.set(key, outcome);
      }
    } catch {
      // A truncated or foreign file: its articles are processed again and the bucket rewritten.
    }
  }
  return cache;
}

/**
 * Stores exactly `cache` (this build's articles): each bucket whose set of keys changed is written to a temp
 * file and renamed into place, then its previous file removed; unchanged buckets are left as they are, so a
 * build that changed one article writes two buckets, not the whole cache (2 GB at 100,000 articles).
 */
export function writeArticleCache(root: string, cache: ArticleCache): void {
  const dir = join(root, CACHE_DIR, ARTICLES);
  mkdirSync(dir, { recursive: true });
  const buckets = Array.from({ length: ALPHABET.length }, () => [] as [string, ArticleOutcome][]);
  for (const entry of cache) buckets[Math.max(0, ALPHABET.indexOf(entry[0][0] ?? "A"))]?.push(entry);
  const existing = readdirSync(dir);
  const keep = new Set<string>();
  buckets.forEach((entries, index) => {
    if (entries.length === 0) return;
    const keys = createHash("sha256");
    for (const [key] of entries.sort((a, b) => (a[0] < b[0] ? -1 : 1))) keys.update(key);
    const name = `${index}-${keys.digest("base64url").slice(0, 16)}.v8`;
    keep.add(name);
    if (existing.includes(name) && readValid.has(join(dir, name))) return;
    const temp = join(dir, `${name}.tmp-${process.pid}`);
    const bucket: Bucket = { format: FORMAT, code: codeVersion(), entries: new Map(entries) };
    try {
      writeFileSync(temp, serialize(bucket));
      renameSync(temp, join(dir, name));
    } finally {
      rmSync(temp, { force: true });
    }
  });
  for (const name of existing) if (!keep.has(name)) rmSync(join(dir, name), { force: true });
}

let version: string | undefined;

/**
 * Our own code and the libraries whose output is cached (parsers, Markdown, dates): a new summitdesk or a
 * dependency update must never reuse outcomes computed by the old one.
 */
export function codeVersion(): string {
  if (version !== undefined) return version;
  const hash = createHash("sha256");
  const src = fileURLToPath(new URL("../", import.meta.url));
  for (const file of sourceFiles(src)) hash.update(`${file}\u0000`).update(readFileSync(join(src, file)));
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

/** A dependency's version; a package whose `exports` hide package.json (slugify) is found beside its entry file. */
function packageVersion(require: NodeJS.Require, dep: string): string {
  try {
    return (require(`${dep}/package.json`) as { version: string }).version;
  } catch {
    try {
      const manifest = join(dirname(require.resolve(dep)), "package.json");
      return (JSON.parse(readFileSync(manifest, "utf8")) as { version: string }).version;
    } catch {
      return "?";
    }
  }
}

function sourceFiles(dir: string, prefix = ""): string[] {
  return readdirSync(join(dir, prefix))
    .sort()
    .flatMap((name) => {
      const rel = prefix ? `${prefix}/${name}` : name;
      return statSync(join(dir, rel)).isDirectory()
        ? sourceFiles(dir, rel)
        : rel.endsWith(".ts")
          ? [rel]
          : [];
    });
}
