/**
 * Keeping files of the previous site in the new one (I/O edge). A kept file is a hard link to the previous
 * version's file: the same bytes and the same modification time, at no cost in disk or copying. The previous
 * version is only ever read and linked from, never written: a build killed at any moment leaves it whole
 * (RELIABILITY.md). A file is kept only when it is still exactly as the state recorded it (a regular file,
 * same size, modification time and inode): one changed since, replaced or turned into a link is made again.
 *
 * The new folder may be an earlier version taken back (the spare, src/output/spare.ts): most of its files are
 * already the very inodes the previous version's records name, because that build kept them. Such a file stays
 * where it is, with no system call at all; an edit's build then costs what changed, not one link and one folder
 * per page. Everything else found there is removed before anything is written: a file shared with the previous
 * version is never written through (that would change the live site), only unlinked and made anew.
 */
import {
  closeSync,
  copyFileSync,
  type Dirent,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  rmdirSync,
  rmSync,
  type Stats,
  unlinkSync,
  utimesSync,
} from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import type { FileRecord } from "./state.ts";

/** Copies files from a previous version into a new one, remembering the folders it made. */
export class Carrier {
  private readonly made = new Set<string>();
  /** Files kept from the previous version, by path relative to the site. */
  readonly kept = new Set<string>();
  /** Files the new folder held when it was taken (an earlier version), neither kept nor removed yet. */
  private readonly found: Map<string, FileStat>;

  /**
   * Keeps files of the version in `from` in `into`. `found` lists the files `into` already holds (see
   * takeInventory) when it is an earlier version taken back rather than a new, empty folder.
   */
  constructor(
    private readonly from: string,
    private readonly into: string,
    found?: Map<string, FileStat>,
  ) {
    this.found = found ?? new Map();
  }

  /**
   * Keeps `rel` when the previous version has it exactly as `record` says; false when it must be made again,
   * and then nothing is left at `rel` in the new folder for the caller to write through.
   */
  keep(rel: string, record: FileRecord | undefined): boolean {
    const here = this.found.get(rel);
    if (here) {
      this.found.delete(rel);
      if (record && sameFile(here, record)) {
        this.kept.add(rel);
        return true;
      }
      unlinkSync(join(this.into, rel));
    }
    if (!record) return false;
    const source = join(this.from, rel);
    const stat = lstatSync(source, { throwIfNoEntry: false });
    if (!matches(stat, record)) return false;
    const target = join(this.into, rel);
    this.folder(dirname(target));
    place(source, target, stat as Stats);
    this.kept.add(rel);
    return true;
  }

  /**
   * Whether the new folder, an earlier version taken back, already holds `rel` exactly as `record` says: keep()
   * will leave it where it is. Asks nothing of the file system and changes nothing.
   */
  holds(rel: string, record: FileRecord | undefined): boolean {
    const here = this.found.get(rel);
    return here !== undefined && record !== undefined && sameFile(here, record);
  }

  /**
   * Removes the files found in the new folder that were not kept (but those `spared` still leaves to a later
   * keep), and the folders that leaves empty: nothing stale survives, and nothing is written through.
   */
  clear(spared?: (rel: string) => boolean): void {
    const emptied = new Set<string>();
    for (const rel of this.found.keys()) {
      if (spared?.(rel)) continue;
      unlinkSync(join(this.into, rel));
      this.found.delete(rel);
      emptied.add(dirname(join(this.into, rel)));
    }
    // Deepest first, each upwards until a folder still holds something (rmdir refuses one that does).
    for (const start of [...emptied].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))) {
      for (let dir = start; dir.length > this.into.length; dir = dirname(dir)) {
        try {
          rmdirSync(dir);
        } catch {
          break;
        }
        this.made.delete(dir);
      }
    }
  }

  /**
   * After `rel` was written anew (`now`, as just listed): when the previous version has the same bytes (as
   * recorded), the new file is replaced by a link to the old one, so a page whose output did not change keeps its
   * modification time. Returns the file's stat then, else undefined (the new file stays).
   */
  settle(rel: string, record: FileRecord | undefined, now: FileStat): FileStat | undefined {
    if (!record || now.size !== record.size) return undefined;
    const source = join(this.from, rel);
    const target = join(this.into, rel);
    const old = lstatSync(source, { throwIfNoEntry: false });
    if (!matches(old, record) || !sameBytes(source, target, now.size)) return undefined;
    unlinkSync(target);
    const linked = place(source, target, old as Stats);
    this.kept.add(rel);
    if (linked) return { size: record.size, mtimeMs: record.mtimeMs, ino: record.ino };
    const { size, mtimeMs, ino } = lstatSync(target);
    return { size, mtimeMs, ino };
  }

  /**
   * Empties `folder` (a path of the new folder, such as a search shard's `pagefind/de-03`) for someone else to
   * fill: what was found or kept there is unlinked, never written through, and forgotten. The folder stays, empty,
   * so that clearing what was found elsewhere never removes the folders above it meanwhile.
   */
  empty(folder: string): void {
    const prefix = `${folder}/`;
    for (const rel of this.found.keys()) if (rel.startsWith(prefix)) this.found.delete(rel);
    for (const rel of this.kept) if (rel.startsWith(prefix)) this.kept.delete(rel);
    const abs = join(this.into, folder);
    rmSync(abs, { recursive: true, force: true });
    mkdirSync(abs, { recursive: true });
  }

  private folder(dir: string): void {
    if (this.made.has(dir)) return;
    mkdirSync(dir, { recursive: true });
    for (let d = dir; d.length > this.into.length && !this.made.has(d); d = dirname(d)) this.made.add(d);
  }
}

/**
 * The regular files below `dir` (an earlier version taken back), leaving out the top-level names in `skip`.
 * Anything else found there (a symbolic link, a socket) is removed: a site holds files and folders only.
 */
export function takeInventory(dir: string, skip: readonly string[] = []): Map<string, FileStat> {
  const found = new Map<string, FileStat>();
  eachEntry(dir, "", skip, (abs, rel, entry) => {
    if (!entry.isFile()) {
      rmSync(abs, { force: true });
      return;
    }
    const { size, mtimeMs, ino } = lstatSync(abs);
    found.set(rel, { size, mtimeMs, ino });
  });
  return found;
}

/**
 * Calls `visit` for everything below `from` but folders (with its path and its "/"-separated path after
 * `prefix`), leaving out the top-level names in `skip`. Each folder's relative path is worked out once, not each
 * file's: path.relative per file was a third of listing a site's ~37,000 files.
 */
function eachEntry(
  from: string,
  prefix: string,
  skip: readonly string[],
  visit: (abs: string, rel: string, entry: Dirent) => void,
): void {
  for (const top of readdirSync(from, { withFileTypes: true })) {
    if (skip.includes(top.name)) continue;
    if (!top.isDirectory()) {
      visit(`${from}${sep}${top.name}`, `${prefix}${top.name}`, top);
      continue;
    }
    const base = `${from}${sep}${top.name}`;
    let folder = "";
    let rel = "";
    for (const entry of readdirSync(base, { recursive: true, withFileTypes: true })) {
      if (entry.isDirectory()) continue;
      if (entry.parentPath !== folder) {
        folder = entry.parentPath;
        const inner = relative(base, folder).split(sep).join("/");
        rel = `${prefix}${top.name}/${inner ? `${inner}/` : ""}`;
      }
      visit(`${folder}${sep}${entry.name}`, `${rel}${entry.name}`, entry);
    }
  }
}

function sameFile(stat: FileStat, record: FileRecord): boolean {
  return stat.size === record.size && stat.mtimeMs === record.mtimeMs && stat.ino === record.ino;
}

function matches(stat: Stats | undefined, record: FileRecord): boolean {
  return (
    stat?.isFile() === true &&
    stat.size === record.size &&
    stat.mtimeMs === record.mtimeMs &&
    stat.ino === record.ino
  );
}

/**
 * A hard link; where the file system refuses one, a copy with the old modification time. Whether it linked (the
 * target is then the source's very file).
 */
function place(source: string, target: string, stat: Stats): boolean {
  try {
    linkSync(source, target);
    return true;
  } catch {
    copyFileSync(source, target);
    utimesSync(target, stat.atime, stat.mtime);
    return false;
  }
}

const CHUNK = 1 << 16;

/** Whether two files of `size` bytes hold the same bytes (read in chunks: feeds and API files are large). */
function sameBytes(a: string, b: string, size: number): boolean {
  const fa = openSync(a, "r");
  const fb = openSync(b, "r");
  try {
    const ba = Buffer.allocUnsafe(CHUNK);
    const bb = Buffer.allocUnsafe(CHUNK);
    for (let at = 0; at < size; at += CHUNK) {
      const n = Math.min(CHUNK, size - at);
      if (readSync(fa, ba, 0, n, at) !== n || readSync(fb, bb, 0, n, at) !== n) return false;
      if (!ba.subarray(0, n).equals(bb.subarray(0, n))) return false;
    }
    return true;
  } finally {
    closeSync(fa);
    closeSync(fb);
  }
}

/** What the state records of a file on disk. */
export type FileStat = Pick<FileRecord, "size" | "mtimeMs" | "ino">;

/**
 * Every regular file below `dir`, by "/"-separated path relative to it, with what the state records of it.
 * `under` lists only that folder of it; top-level names in `skip` are left out. A file `known` answers for (kept
 * as the very file its record describes) is not asked again.
 */
export function listSite(
  dir: string,
  { under = "", skip = [], known }: ListOptions = {},
): Map<string, FileStat> {
  const out = new Map<string, FileStat>();
  const from = under ? join(dir, under) : dir;
  const prefix = under ? `${under}/` : "";
  if (!lstatSync(from, { throwIfNoEntry: false })?.isDirectory()) return out;
  eachEntry(from, prefix, skip, (abs, rel, entry) => {
    // A record stands for a regular file; anything else on disk (a link, a socket) is no file of the site.
    if (!entry.isFile()) return;
    const stat = known?.(rel) ?? lstatSync(abs);
    out.set(rel, { size: stat.size, mtimeMs: stat.mtimeMs, ino: stat.ino });
  });
  return out;
}

/** How listSite lists. */
export interface ListOptions {
  readonly under?: string;
  readonly skip?: readonly string[];
  /** What the state records of a file kept as recorded, or undefined for a file to ask the file system about. */
  readonly known?: (rel: string) => FileStat | undefined;
}

/** The file a page URL is written to, relative to the site: "/de/x/" → "de/x/index.html", "/a.json" → "a.json". */
export function fileOfUrl(url: string): string {
  const path = url.replace(/^\/+/, "");
  return path === "" || path.endsWith("/") ? `${path}index.html` : path;
}
