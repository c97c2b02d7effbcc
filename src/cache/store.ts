/**
 * The article cache on disk (I/O edge): v8-serialised parts in <root>/.cache/summitdesk/articles/, written
 * as a whole after a successful build and read at the start of the next. Anything unexpected in it — another
 * summitdesk version, a truncated or foreign file — means starting cold, never a failed or wrong build.
 */
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";
import type { ArticleCache } from "./types.ts";

/** Where a project's cache lives, relative to its root (ignored by git; CI may keep it between runs). */
export const CACHE_DIR = ".cache/summitdesk";
/** The folder of the stored outcomes inside CACHE_DIR, replaced whole on every write. */
const ARTICLES = "articles";
const FORMAT = 2;
/** Entries per file: 100,000 articles make ~2 GB of outcomes, more than one Buffer may hold at once. */
const PART_SIZE = 5_000;

interface Part {
  readonly format: number;
  readonly code: string;
  readonly part: number;
  readonly parts: number;
  readonly entries: ArticleCache;
}

/** The cache stored under `root`, or an empty one. */
export function readArticleCache(root: string): ArticleCache {
  const dir = join(root, CACHE_DIR, ARTICLES);
  const cache: ArticleCache = new Map();
  try {
    const names = readdirSync(dir).filter((n) => /^\d+\.v8$/.test(n));
    for (const name of names) {
      const part = deserialize(readFileSync(join(dir, name))) as Partial<Part> | null;
      const valid =
        part?.format === FORMAT &&
        part.code === codeVersion() &&
        part.parts === names.length &&
        part.entries instanceof Map;
      if (!valid) return new Map();
      for (const [key, outcome] of part.entries as ArticleCache) cache.set(key, outcome);
    }
  } catch {
    return new Map();
  }
  return cache;
}

/** Replaces the stored cache with `cache`: parts go to a fresh folder, swapped in whole (never half a cache). */
export function writeArticleCache(root: string, cache: ArticleCache): void {
  const base = join(root, CACHE_DIR);
  const target = join(base, ARTICLES);
  const temp = join(base, `${ARTICLES}.tmp-${process.pid}`);
  const old = join(base, `${ARTICLES}.old-${process.pid}`);
  rmSync(temp, { recursive: true, force: true });
  mkdirSync(temp, { recursive: true });
  try {
    const entries = [...cache];
    const parts = Math.max(1, Math.ceil(entries.length / PART_SIZE));
    for (let part = 0; part < parts; part++) {
      const slice = new Map(entries.slice(part * PART_SIZE, (part + 1) * PART_SIZE));
      const stored: Part = { format: FORMAT, code: codeVersion(), part, parts, entries: slice };
      writeFileSync(join(temp, `${part}.v8`), serialize(stored));
    }
    rmSync(old, { recursive: true, force: true });
    if (existsSync(target)) renameSync(target, old);
    renameSync(temp, target);
  } finally {
    rmSync(temp, { recursive: true, force: true });
    rmSync(old, { recursive: true, force: true });
  }
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
  for (const dep of ["gray-matter", "yaml", "markdown-it", "luxon", "zod", "i18n-iso-countries"]) {
    try {
      hash.update(`${dep}@${(require(`${dep}/package.json`) as { version: string }).version}\u0000`);
    } catch {
      hash.update(`${dep}@?\u0000`);
    }
  }
  version = hash.digest("base64url");
  return version;
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
