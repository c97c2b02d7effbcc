/**
 * Where a build may write. A build replaces its output folder whole, so it writes only into a folder that is
 * absent, empty, or marked as summitdesk's own, and never into (or around) the project, its content, its
 * repository or its cache, however the path is spelt.
 */
import { lstatSync, readdirSync, readlinkSync, realpathSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { MARKER } from "./marker.ts";
import { parseSibling } from "./names.ts";

/** A folder a build must never replace, nor anything inside or around it. */
export interface GuardedFolder {
  readonly path: string;
  /** How the error names it: "content/ (the articles and the registry)". */
  readonly what: string;
  /** An output may be inside it (the project folder holds _site/), never be it or contain it. */
  readonly holdsOutput?: boolean;
}

/** A refused output folder: the message names the folder and what to do; the CLI exits 2. */
export class OutputFolderError extends Error {
  override readonly name = "OutputFolderError";
}

/** The folders of a project that no output may replace. */
export function guardedFolders(root: string, cacheDir: string): GuardedFolder[] {
  return [
    { path: root, what: "the project folder", holdsOutput: true },
    { path: join(root, "content"), what: "content/ (the articles and the registry)" },
    { path: join(root, ".git"), what: ".git (the repository)" },
    { path: join(root, cacheDir), what: `the build cache (${cacheDir}/)` },
  ];
}

/**
 * The absolute output folder for `out` (as the user wrote it, relative to `root`), or an OutputFolderError
 * when a build must not write there.
 */
export function checkOutputFolder(out: string, root: string, guarded: readonly GuardedFolder[]): string {
  if (out.trim() === "") {
    throw new OutputFolderError(
      "--output got an empty path, which would be the project folder itself. Give a folder of its own (--output _site), or leave --output out.",
    );
  }
  const target = resolve(root, out);
  const shown = showPath(root, target);
  const refuse = (why: string, what: string) =>
    new OutputFolderError(`refusing to build into ${shown}: ${why}. ${what}`);
  const elsewhere =
    "A build replaces its output folder whole; choose a folder of its own with --output (the default is _site).";
  const spellings = new Set([target, realOf(target)]);
  for (const folder of guarded) {
    for (const path of new Set([folder.path, realOf(folder.path)])) {
      for (const t of spellings) {
        if (t === path) throw refuse(`it is ${folder.what}`, elsewhere);
        if (!folder.holdsOutput && inside(t, path)) throw refuse(`it is inside ${folder.what}`, elsewhere);
        if (inside(path, t)) throw refuse(`it contains ${folder.what}`, elsewhere);
      }
    }
  }
  const stat = lstatSync(target, { throwIfNoEntry: false });
  if (!stat) return target;
  if (stat.isSymbolicLink()) {
    if (isOwnLink(target)) return target;
    throw refuse(
      `it is a symbolic link to ${readlinkSync(target)} that summitdesk did not make`,
      "Remove the link, or pass the folder it points to with --output.",
    );
  }
  if (!stat.isDirectory()) throw refuse("it is a file, not a folder", "Choose a folder with --output.");
  const names = readdirSync(target);
  if (names.length === 0 || isMarked(target)) return target;
  throw refuse(
    `it is not empty and has no ${MARKER} file, so summitdesk did not write it, and a build replaces its output folder whole`,
    "Delete it if it is the output of an older summitdesk, or choose an empty or new folder with --output.",
  );
}

/** True for the link a build makes: `B` → `B.v-…` beside it, a marked real folder (or gone: then it is dangling). */
export function isOwnLink(target: string): boolean {
  const link = readlinkSync(target);
  if (isAbsolute(link) || link.includes("/") || link.includes(sep)) return false;
  if (parseSibling(basename(target), link)?.kind !== "v") return false;
  const version = join(dirname(target), link);
  const stat = lstatSync(version, { throwIfNoEntry: false });
  return stat === undefined || (stat.isDirectory() && isMarked(version));
}

function isMarked(folder: string): boolean {
  return lstatSync(join(folder, MARKER), { throwIfNoEntry: false })?.isFile() === true;
}

function inside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel !== "" && rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

/** The real path of `path` (links resolved in the part that exists). */
function realOf(path: string): string {
  let existing = path;
  const rest: string[] = [];
  while (true) {
    try {
      return join(realpathSync(existing), ...rest.reverse());
    } catch {
      const parent = dirname(existing);
      if (parent === existing) return path;
      rest.push(basename(existing));
      existing = parent;
    }
  }
}

/** `path` as the user sees it: relative to the project with a trailing slash, or absolute when outside it. */
function showPath(root: string, path: string): string {
  const rel = relative(root, path);
  if (rel === "") return "./ (the project folder)";
  const outside = rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel);
  return outside ? `${path}/` : `${rel.split(sep).join("/")}/`;
}
