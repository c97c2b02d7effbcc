/**
 * What the last build put in an output folder (I/O edge): every file of the version it made, with the file's
 * size, modification time and inode as written, the fingerprint of the page it holds, and for article pages a
 * hash of their text (search shards are digested from those). The next build keeps a file of that version
 * only when its fingerprint is unchanged and the file is still exactly as recorded.
 *
 * Kept in the build cache (`.cache/summitdesk/output/<digest of the output path>.state`), sealed like every
 * cache file (src/cachefs): a damaged, foreign or forged state, or one of another format, reads as "none",
 * and the build renders every page. Written after the new site is in place; a build killed before that leaves
 * the state of an older version, which the next build finds does not match the output folder.
 */
import { createHash } from "node:crypto";
import { join } from "node:path";
import {
  findCacheFolder,
  makeCacheFolder,
  readSealed,
  removeStaleTemps,
  writeSealed,
} from "../cachefs/index.ts";
import type { RelatedEntry } from "../related/index.ts";

/** One file of a kept version. */
export interface FileRecord {
  readonly size: number;
  readonly mtimeMs: number;
  readonly ino: number;
  /** Fingerprint of the page the file holds (src/incremental/fingerprint.ts); absent for other files. */
  readonly fp?: string;
  /** SHA-256 of an article page's text: what its search shard is digested from. */
  readonly text?: string;
}

/** The state of one output folder. */
export interface OutputState {
  /** The version folder (`_site.v-…`, its name) these files are in. */
  readonly version: string;
  /** Every file below it, by path relative to it ("de/2025/x/index.html"). */
  readonly files: ReadonlyMap<string, FileRecord>;
  /** Digest of each search shard's input (src/search), by shard name ("de-07"). */
  readonly shards: ReadonlyMap<string, string>;
  /** Each article's related list and what it was computed from (src/related prepareRelated), by article id. */
  readonly related: ReadonlyMap<string, RelatedEntry>;
}

const FORMAT = 2;
const FOLDER = ".cache/summitdesk/output";
/** 233,000 files at 100,000 articles make some 30 MB; a state far larger than that is not ours. */
const MAX_STATE = 512 * 1048576;

/** The state file's name for an output folder (absolute path). */
function stateName(target: string): string {
  return `${createHash("sha256").update(target).digest("hex").slice(0, 32)}.state`;
}

/**
 * States this process checked or wrote. A process that stays up is handed the very object it last read or wrote
 * while the file is unchanged (src/cachefs kept files); checking 37,000 records again on every save is waste.
 */
const checked = new WeakSet<object>();

/** The state kept for output folder `target` (absolute), or undefined when there is none usable. */
export function readOutputState(
  root: string,
  target: string,
  key: string | undefined,
): OutputState | undefined {
  try {
    const dir = findCacheFolder(root, FOLDER);
    if (!dir) return undefined;
    const name = stateName(target);
    const value = readSealed(join(dir, name), `output/${name}`, MAX_STATE, key) as
      | Partial<{ format: number; target: string } & OutputState>
      | null
      | undefined;
    if (value?.format !== FORMAT || value.target !== target || typeof value.version !== "string")
      return undefined;
    if (checked.has(value)) return value as OutputState;
    if (!(value.files instanceof Map) || !(value.shards instanceof Map)) return undefined;
    for (const [rel, record] of value.files as Map<unknown, unknown>) {
      if (typeof rel !== "string" || !isRecord(record)) return undefined;
    }
    for (const [shard, digest] of value.shards as Map<unknown, unknown>) {
      if (typeof shard !== "string" || typeof digest !== "string") return undefined;
    }
    if (!(value.related instanceof Map)) return undefined;
    for (const [id, entry] of value.related as Map<unknown, unknown>) {
      if (typeof id !== "string" || !isRelated(entry)) return undefined;
    }
    checked.add(value);
    return value as OutputState;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is FileRecord {
  if (typeof value !== "object" || value === null) return false;
  const r = value as Partial<FileRecord>;
  return (
    typeof r.size === "number" &&
    typeof r.mtimeMs === "number" &&
    typeof r.ino === "number" &&
    (r.fp === undefined || typeof r.fp === "string") &&
    (r.text === undefined || typeof r.text === "string")
  );
}

function isRelated(value: unknown): value is RelatedEntry {
  if (typeof value !== "object" || value === null) return false;
  const r = value as Partial<RelatedEntry>;
  const strings = (list: unknown) => Array.isArray(list) && list.every((x) => typeof x === "string");
  return typeof r.key === "string" && strings(r.terms) && strings(r.related);
}

/** Keeps `state` for output folder `target`; throws when the cache cannot be written (the caller warns). */
export function writeOutputState(
  root: string,
  target: string,
  state: OutputState,
  key: string | undefined,
): void {
  const dir = makeCacheFolder(root, FOLDER);
  removeStaleTemps(dir);
  const name = stateName(target);
  const value = { format: FORMAT, target, ...state };
  writeSealed(join(dir, name), `output/${name}`, value, key);
  checked.add(value);
}
