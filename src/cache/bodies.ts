/**
 * Article bodies kept on disk beside the article cache (I/O edge): `.cache/summitdesk/bodies/<key>.html`, one
 * file per cache entry, holding the body HTML the entry's outcome would otherwise carry. Bodies are most of
 * what a build holds: at 10,000 articles ~94 MB of the ~290 MB a build keeps alive, ~940 MB at 100,000. Kept
 * here, an outcome carries only the digest of its body (`bodyFile`), and a page reads its body when it is
 * rendered; a build that renders one page reads one body.
 *
 * Verified, not trusted: the digest sits in the sealed bucket (src/cachefs), and a body file is used only when
 * its bytes hash to it. A file that is missing, damaged, forged, a link, a FIFO or oversized reads as missing,
 * and the body is made again from its article file (src/cache/lookup.ts): it costs time, never the page.
 */
import { createHash } from "node:crypto";
import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { findCacheFolder, makeCacheFolder, readRegularFile, writeFileAtomically } from "../cachefs/index.ts";
import { readArticleSource } from "../load/index.ts";
import { PICTURE_PLACEHOLDER } from "../render/index.ts";
import { CACHE_DIR } from "./paths.ts";
import type { ArticleOutcome, KeptBodies } from "./types.ts";

const FOLDER = `${CACHE_DIR}/bodies`;
/** Cache keys are base64url SHA-256 digests: anything else is not a name this cache made. */
const KEY = /^[\w-]{43}$/;
const FILE = /^([\w-]{43})\.html$/;
/** Articles are at most 2 MB (src/limits); their HTML some more. A far larger file is not ours. */
const MAX_BODY = 64 * 1048576;

/** The digest a kept body is checked against: SHA-256 of its UTF-8 bytes. */
export function bodyDigest(body: string): string {
  return createHash("sha256").update(body).digest("base64url");
}

/** The bodies folder of `root`, made when missing; throws a one-line reason when it cannot be used. */
export function bodiesFolder(root: string): string {
  return makeCacheFolder(root, FOLDER);
}

/**
 * The outcome with its body kept in `dir` instead of carried: a copy holding the body's digest. The outcome
 * itself when there is nothing to keep (no body, or one with picture placeholders, which a build fills in
 * and digests as it renders), or when the file cannot be written (then it carries its body, as before).
 */
export function keepBody(dir: string, key: string, outcome: ArticleOutcome): ArticleOutcome {
  const { body, ...rest } = outcome;
  if (body === undefined || !KEY.test(key) || body.includes(`<${PICTURE_PLACEHOLDER}`)) return outcome;
  try {
    writeFileAtomically(join(dir, `${key}.html`), body);
  } catch {
    return outcome;
  }
  return { ...rest, bodyFile: bodyDigest(body) };
}

/** Reading kept bodies of `root` (none when its bodies folder is absent or unusable). */
export function keptBodies(root: string): KeptBodies {
  let dir: string | undefined;
  try {
    dir = findCacheFolder(root, FOLDER);
  } catch {
    dir = undefined;
  }
  return {
    source: (path) => readArticleSource(root, path),
    read(key: string, digest: string): string | undefined {
      if (!dir || !KEY.test(key)) return undefined;
      const bytes = readRegularFile(join(dir, `${key}.html`), MAX_BODY);
      if (!bytes || createHash("sha256").update(bytes).digest("base64url") !== digest) return undefined;
      return bytes.toString("utf8");
    },
  };
}

/** Removes the body files of `dir` that no entry of the cache refers to any more (and anything not ours). */
export function pruneBodies(dir: string, keys: ReadonlySet<string>): void {
  for (const name of readdirSync(dir)) {
    const key = FILE.exec(name)?.[1];
    // Temp files of writes in flight are left to removeStaleTemps: their process may still be running.
    if (key && keys.has(key)) continue;
    if (/\.tmp-\d+$/.test(name)) continue;
    rmSync(join(dir, name), { recursive: true, force: true });
  }
}
