/**
 * The article cache on disk (I/O edge): one v8-serialised file under <root>/.cache/summitdesk/, written
 * atomically after a successful build and read at the start of the next. Anything unexpected in it — another
 * summitdesk version, a truncated or foreign file — means starting cold, never a failed or wrong build.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";
import type { ArticleCache } from "./types.ts";

/** Where a project's cache lives, relative to its root (ignored by git; CI may keep it between runs). */
export const CACHE_DIR = ".cache/summitdesk";
const FILE = "articles.v8";
const FORMAT = 1;

interface Stored {
  readonly format: number;
  readonly code: string;
  readonly entries: ArticleCache;
}

/** The cache stored under `root`, or an empty one. */
export function readArticleCache(root: string): ArticleCache {
  let stored: unknown;
  try {
    stored = deserialize(readFileSync(join(root, CACHE_DIR, FILE)));
  } catch {
    return new Map();
  }
  const s = stored as Partial<Stored> | null;
  if (!s || s.format !== FORMAT || s.code !== codeVersion() || !(s.entries instanceof Map)) return new Map();
  return s.entries;
}

/** Replaces the stored cache with `cache` (write to a temp file, then rename: a crash never leaves half a file). */
export function writeArticleCache(root: string, cache: ArticleCache): void {
  const dir = join(root, CACHE_DIR);
  mkdirSync(dir, { recursive: true });
  const temp = join(dir, `${FILE}.tmp-${process.pid}`);
  try {
    writeFileSync(temp, serialize({ format: FORMAT, code: codeVersion(), entries: cache } satisfies Stored));
    renameSync(temp, join(dir, FILE));
  } finally {
    rmSync(temp, { force: true });
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
