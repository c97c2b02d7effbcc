/**
 * Cache files a long-running process keeps in memory (`summitdesk build --watch`): the value it last read from
 * or wrote to a sealed file, with the file's stamp at that moment. Reading the file again while its stamp is the
 * same returns that value instead of reading, checking and deserializing it once more (the article cache alone
 * is 0.4 s of an edit's build at 10,000 articles, 8 s at 100,000).
 *
 * A stamp is the file's device, inode, size and change time in nanoseconds, as git's index trusts its files: every
 * write to the file (ours go to a new inode by rename) moves its change time, which no user-space call can set
 * back. So another build, a `check`, a damaged or replaced file all read from disk again. As in git, a file
 * changed within RACY_MS of being kept is "racy": the clock that stamps files ticks coarsely (milliseconds; 2 s on FAT), so a
 * write in the same tick would leave the stamp as it was; such a file is read again (and kept then, settled).
 * Read again, it is checked against the seal's tag kept with its value (a SHA-256 of its payload): the same tag
 * is the same payload, and the value kept is given back without deserializing it (every build's state file is
 * racy at the next build of `build --watch`: it was written at the end of the last one).
 * Values are shared with the builds that read them: callers treat what they read as read-only (each build
 * makes its own objects and writes new ones).
 *
 * Off unless a process turns it on: a one-shot build reads each file once and must not hold them all.
 */
import { type BigIntStats, lstatSync } from "node:fs";

/** A file stamped less than this after its last change may change again unseen (see above). */
export const RACY_MS = 3000;

/** A cache file's stamp: what must be the same for the file to be the same. */
export interface Stamp {
  readonly id: string;
  readonly ctimeNs: bigint;
}

interface Kept {
  readonly stamp: string;
  /** When the file last changed, and when it was kept: racy while they are close. */
  readonly ctimeNs: bigint;
  readonly keptNs: bigint;
  readonly value: unknown;
  /** The seal's tag of the payload the value was read from or written as. */
  readonly tag: string;
}

let kept: Map<string, Kept> | undefined;

/** Turns keeping on for the rest of this process. */
export function keepCacheFilesInMemory(): void {
  kept ??= new Map();
}

/** Whether this process keeps cache files in memory. */
export function keepingCacheFiles(): boolean {
  return kept !== undefined;
}

/** What is kept for a file whose stamp is the one it was kept with. */
export interface KeptValue {
  readonly value: unknown;
  /** The seal's tag it was kept with: a racy file read again holds this value when its tag is the same. */
  readonly tag: string;
  /** Not racy: the value is the file's without reading it. */
  readonly settled: boolean;
}

/** What is kept for `path` when `stamp` (the file's stamp now) is the one it was kept with. */
export function keptValue(path: string, stamp: Stamp | undefined): KeptValue | undefined {
  const entry = kept?.get(path);
  if (!entry || stamp === undefined || entry.stamp !== stamp.id) return undefined;
  const settled = entry.keptNs - entry.ctimeNs >= BigInt(RACY_MS) * 1_000_000n;
  return { value: entry.value, tag: entry.tag, settled };
}

/** Records `value` (sealed with `tag`) as what the file at `path` with `stamp` holds; a no-op unless keeping is on. */
export function keepValue(path: string, stamp: Stamp | undefined, value: unknown, tag: string): void {
  if (!kept) return;
  if (stamp === undefined) kept.delete(path);
  else kept.set(path, { stamp: stamp.id, ctimeNs: stamp.ctimeNs, keptNs: nowNs(), value, tag });
}

const nowNs = () => BigInt(Date.now()) * 1_000_000n;

/**
 * Forgets the values of files that are gone (a bucket replaced by one with other keys, an old registry's entry):
 * a process that stays up for days would otherwise hold every version it ever wrote. Called between builds.
 */
export function forgetGoneCacheFiles(): void {
  if (!kept) return;
  for (const path of kept.keys()) {
    try {
      if (!lstatSync(path, { throwIfNoEntry: false })) kept.delete(path);
    } catch {
      kept.delete(path);
    }
  }
}

/** How many files' values are held (what a process that stays up costs in memory). */
export function keptFileCount(): number {
  return kept?.size ?? 0;
}

/** Forgets `path` (its file was not valid, or is gone). */
export function forgetValue(path: string): void {
  kept?.delete(path);
}

/** The stamp of the cache file at `path` as sealed for `name` with `key`; undefined when it is not a regular file. */
export function cacheFileStamp(path: string, name: string, key: string | undefined): Stamp | undefined {
  let stat: BigIntStats | undefined;
  try {
    stat = lstatSync(path, { bigint: true, throwIfNoEntry: false });
  } catch {
    return undefined;
  }
  if (!stat?.isFile()) return undefined;
  // The seal's name and key are part of it: the same file read for another name or key is checked again.
  const id = `${stat.dev}:${stat.ino}:${stat.size}:${stat.ctimeNs}:${stat.mtimeNs}:${name}:${key ?? ""}`;
  return { id, ctimeNs: stat.ctimeNs };
}
