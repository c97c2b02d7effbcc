/**
 * What the last build put in an output folder (I/O edge): every file of the version it made, with the file's
 * size, modification time and inode as written, the fingerprint of the page it holds, and for article pages a
 * hash of their text (search shards are digested from those). The next build keeps a file of that version
 * only when its fingerprint is unchanged and the file is still exactly as recorded.
 *
 * Kept in the build cache (`.cache/summitdesk/output/<digest of the output path>.state`, with its bulk beside it:
 * see StateBulk), sealed like every cache file (src/cachefs): a damaged, foreign or forged state, or one of
 * another format, reads as "none", and the build renders every page. Written after the new site is in place; a
 * build killed before that leaves the state of an older version, which the next build finds does not match the
 * output folder.
 */
import { createHash, randomBytes } from "node:crypto";
import { readdirSync, rmSync } from "node:fs";
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

/**
 * A state is kept in two sealed files: its bulk (`<state>.<id>.bulk`: every file's record but the newest search
 * bundles', and the related lists), which a build writes while Pagefind works, and the state itself, written
 * once the site is in place, with the bundles' records and the name of its bulk. Writing all of it after
 * Pagefind cost ~130 ms at 10,000 articles (12 MB serialized, copied, sealed and written) on the path every
 * edit waits on. A bulk is named anew each time, so a build that stops after writing one leaves the state in
 * place whole (its own bulk untouched); bulks no state names are removed when a state is written.
 */
export interface StateBulk {
  /** The bulk file's name (in the state folder). */
  readonly name: string;
  /** The records not in the bulk, made after it. */
  readonly extra: ReadonlyMap<string, FileRecord>;
}

/** What the state file holds. */
interface Stored {
  readonly format: number;
  readonly target: string;
  readonly version: string;
  readonly shards: ReadonlyMap<string, string>;
  readonly files: ReadonlyMap<string, FileRecord>;
  readonly bulk: string;
}

/** What a bulk file holds. */
interface Bulk {
  readonly files: ReadonlyMap<string, FileRecord>;
  readonly related: ReadonlyMap<string, RelatedEntry>;
}

const FORMAT = 3;
const FOLDER = ".cache/summitdesk/output";
/** 233,000 files at 100,000 articles make some 30 MB; a state far larger than that is not ours. */
const MAX_STATE = 512 * 1048576;

/** The state file's name for an output folder (absolute path). */
function stateName(target: string): string {
  return `${createHash("sha256").update(target).digest("hex").slice(0, 32)}.state`;
}

/**
 * The state each stored value stands for, once this process checked it or wrote it. A process that stays up is
 * handed the very value it last read or wrote while the file is unchanged (src/cachefs kept files): unpacking
 * and checking 48,000 records again on every save is waste.
 */
const assembled = new WeakMap<object, OutputState>();

/** A bulk file's name for the state file `state`: never one a state names from outside the folder. */
function bulkName(state: string): string {
  return `${state.slice(0, -".state".length)}.${randomBytes(8).toString("hex")}.bulk`;
}

function isBulkName(name: string, state: string): boolean {
  return name.startsWith(state.slice(0, -".state".length)) && /^[0-9a-f]{32}\.[0-9a-f]{16}\.bulk$/.test(name);
}

/**
 * Writes the bulk of the next state of output folder `target` (see StateBulk): `files` and `related` as they
 * are now. Returns its name for writeOutputState; throws when the cache cannot be written (the caller warns).
 */
export function writeStateBulk(
  root: string,
  target: string,
  files: ReadonlyMap<string, FileRecord>,
  related: ReadonlyMap<string, RelatedEntry>,
  key: string | undefined,
): string {
  const dir = makeCacheFolder(root, FOLDER);
  const name = bulkName(stateName(target));
  const bulk: Bulk = { files, related };
  writeSealed(join(dir, name), `output/${name}`, bulk, key);
  return name;
}

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
      | Partial<Stored>
      | null
      | undefined;
    if (value?.format !== FORMAT || value.target !== target || typeof value.version !== "string")
      return undefined;
    const known = assembled.get(value);
    if (known) return known;
    if (
      !(value.files instanceof Map) ||
      !(value.shards instanceof Map) ||
      typeof value.bulk !== "string" ||
      !isBulkName(value.bulk, name)
    )
      return undefined;
    const bulk = readSealed(join(dir, value.bulk), `output/${value.bulk}`, MAX_STATE, key) as
      | Partial<Bulk>
      | null
      | undefined;
    if (!(bulk?.files instanceof Map) || !(bulk.related instanceof Map)) return undefined;
    const files = new Map<string, FileRecord>();
    for (const part of [bulk.files as Map<unknown, unknown>, value.files as Map<unknown, unknown>]) {
      for (const [rel, record] of part) {
        if (typeof rel !== "string" || !isRecord(record)) return undefined;
        files.set(rel, record);
      }
    }
    for (const [shard, digest] of value.shards as Map<unknown, unknown>) {
      if (typeof shard !== "string" || typeof digest !== "string") return undefined;
    }
    for (const [id, entry] of bulk.related as Map<unknown, unknown>) {
      if (typeof id !== "string" || !isRelated(entry)) return undefined;
    }
    const state: OutputState = {
      version: value.version,
      files,
      shards: value.shards as Map<string, string>,
      related: bulk.related as Map<string, RelatedEntry>,
    };
    assembled.set(value, state);
    return state;
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

/**
 * Keeps `state` for output folder `target`; throws when the cache cannot be written (the caller warns). `bulk`,
 * when the build wrote one (writeStateBulk), holds all of `state` but the records in its `extra`; without one,
 * it is written now. Bulks no longer named go.
 */
export function writeOutputState(
  root: string,
  target: string,
  state: OutputState,
  key: string | undefined,
  bulk?: StateBulk,
): void {
  const dir = makeCacheFolder(root, FOLDER);
  removeStaleTemps(dir);
  const name = stateName(target);
  const value: Stored = {
    format: FORMAT,
    target,
    version: state.version,
    shards: state.shards,
    files: bulk ? bulk.extra : new Map(),
    bulk: bulk ? bulk.name : writeStateBulk(root, target, state.files, state.related, key),
  };
  writeSealed(join(dir, name), `output/${name}`, value, key);
  assembled.set(value, state);
  for (const other of readdirSync(dir)) {
    if (other !== value.bulk && isBulkName(other, name)) rmSync(join(dir, other), { force: true });
  }
}
