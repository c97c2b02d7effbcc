/**
 * The stamps of the last build's article files with their content keys (src/load/stamps.ts), kept in
 * `.cache/summitdesk/stamps/files.v8` (I/O edge): a build that finds a file's stamp unchanged takes its key from here
 * instead of reading and hashing the file.
 *
 * Sealed and checked like every cache file (src/cachefs): a damaged, foreign or forged file, or one from other
 * code, is ignored (every article is read) and replaced. A key is used only in the context it was made in (the
 * site config and registry, contextKey): after a registry edit every article is read and processed again anyway.
 */
import { join } from "node:path";
import {
  findCacheFolder,
  makeCacheFolder,
  readSealed,
  removeStaleTemps,
  writeSealed,
} from "../cachefs/index.ts";
import {
  type ContentFiles,
  type FileStamp,
  type KnownUnchanged,
  type ReadContent,
  sameStamp,
  settled,
} from "../load/index.ts";
import { contentKey, contextKey, knownContentKey } from "./key.ts";
import { CACHE_DIR } from "./paths.ts";
import { codeVersion } from "./store.ts";

const FOLDER = `${CACHE_DIR}/stamps`;
const FILE = "files.v8";
/** What the seal covers: the file's path below the cache folder. */
const NAME = `stamps/${FILE}`;
/** 1: paths, keys, and five 64-bit numbers a file (dev, inode, size, mtime and ctime in ns). */
const FORMAT = 1;
const FIELDS = 5;
/** 100,000 articles make ~15 MB; one far larger is not ours. */
const MAX_FILE = 512 * 1048576;

/** An article file's stamp and the key of its text. */
export interface StampedKey {
  readonly stamp: FileStamp;
  readonly key: string;
}

/** What a build recorded: the context its keys belong to, when its stamps were taken, and each file's. */
export interface KeptStamps {
  readonly context: string;
  /** The wall clock, in ns, before the stamps were taken (src/load/stamps.ts settled). */
  readonly takenNs: bigint;
  readonly files: ReadonlyMap<string, StampedKey>;
}

interface StoredStamps {
  readonly format: number;
  readonly code: string;
  readonly context: string;
  readonly takenNs: bigint;
  readonly paths: readonly string[];
  readonly keys: readonly string[];
  readonly numbers: BigInt64Array;
}

/** The stamps kept under `root`, when there are valid ones. Never throws. */
export function readStamps(root: string, key: string | undefined): KeptStamps | undefined {
  try {
    const dir = findCacheFolder(root, FOLDER);
    if (!dir) return undefined;
    const value = readSealed(join(dir, FILE), NAME, MAX_FILE, key) as
      | Partial<StoredStamps>
      | null
      | undefined;
    if (!value || value.format !== FORMAT || value.code !== codeVersion()) return undefined;
    const { context, takenNs, paths, keys, numbers } = value;
    if (typeof context !== "string" || typeof takenNs !== "bigint") return undefined;
    if (!Array.isArray(paths) || !Array.isArray(keys) || !(numbers instanceof BigInt64Array))
      return undefined;
    if (keys.length !== paths.length || numbers.length !== paths.length * FIELDS) return undefined;
    const files = new Map<string, StampedKey>();
    paths.forEach((path, i) => {
      const k = keys[i];
      if (typeof path !== "string" || typeof k !== "string") return;
      const at = i * FIELDS;
      const n = (j: number) => numbers[at + j] as bigint;
      files.set(path, { key: k, stamp: { dev: n(0), ino: n(1), size: n(2), mtimeNs: n(3), ctimeNs: n(4) } });
    });
    return { context, takenNs, files };
  } catch {
    return undefined;
  }
}

/** Keeps `stamps` for the next build (replacing what was kept). Throws when the cache cannot be written. */
export function writeStamps(root: string, stamps: KeptStamps, key: string | undefined): void {
  const dir = makeCacheFolder(root, FOLDER);
  removeStaleTemps(dir);
  const paths = [...stamps.files.keys()];
  const numbers = new BigInt64Array(paths.length * FIELDS);
  const keys: string[] = [];
  paths.forEach((path, i) => {
    const { stamp, key: k } = stamps.files.get(path) as StampedKey;
    keys.push(k);
    numbers.set([stamp.dev, stamp.ino, stamp.size, stamp.mtimeNs, stamp.ctimeNs], i * FIELDS);
  });
  const value: StoredStamps = {
    format: FORMAT,
    code: codeVersion(),
    context: stamps.context,
    takenNs: stamps.takenNs,
    paths,
    keys,
    numbers,
  };
  writeSealed(join(dir, FILE), NAME, value, key);
}

/**
 * What kept stamps vouch for in a new read: `unchanged` (for readContent) says a file is unchanged when its
 * stamp is the one kept and was settled when taken; `seed` then gives each such file its kept key, when the
 * read's context is the one the keys were made in. Otherwise their texts are read when their keys are asked.
 */
export function stampCheck(kept: KeptStamps): {
  unchanged: KnownUnchanged;
  seed: (files: ContentFiles) => number;
} {
  const vouched = new Set<string>();
  return {
    unchanged: (path, stamp) => {
      const entry = kept.files.get(path);
      const same = entry !== undefined && sameStamp(entry.stamp, stamp) && settled(entry.stamp, kept.takenNs);
      if (same) vouched.add(path);
      return same;
    },
    seed: (files) => {
      const context = contextKey(files);
      if (context !== kept.context) return 0;
      let seeded = 0;
      for (const file of files.articles) {
        const entry = vouched.has(file.path) ? kept.files.get(file.path) : undefined;
        if (!entry) continue;
        knownContentKey(file, context, entry.key);
        seeded++;
      }
      return seeded;
    },
  };
}

/** The stamps of a read with each article's key (computed now where the pipeline has not), for the next build. */
export function stampsOf(read: ReadContent): KeptStamps {
  const context = contextKey(read.value);
  const files = new Map<string, StampedKey>();
  for (const file of read.value.articles) {
    const stamp = read.stamps.get(file.path);
    if (stamp) files.set(file.path, { stamp, key: contentKey(context, file) });
  }
  return { context, takenNs: read.stampedAtNs, files };
}
