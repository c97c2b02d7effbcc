/** The cache's folders: real folders or absent, never symbolic links (a link could point anywhere). */
import { lstatSync, mkdirSync } from "node:fs";
import { join, sep } from "node:path";

/** What is at a path of the cache, seen without following a link. */
export type FolderState = "folder" | "absent" | "link" | "other";

function folderState(path: string): FolderState {
  const stat = lstatSync(path, { throwIfNoEntry: false });
  if (!stat) return "absent";
  if (stat.isSymbolicLink()) return "link";
  return stat.isDirectory() ? "folder" : "other";
}

/**
 * The folder `root/rel` of the cache, when it and every folder on the way there are real folders (never
 * links); undefined when one is absent; throws a one-line reason when one is a link or not a folder.
 */
export function findCacheFolder(root: string, rel: string): string | undefined {
  return walk(root, rel, false);
}

/** Like findCacheFolder, making the missing folders. */
export function makeCacheFolder(root: string, rel: string): string {
  return walk(root, rel, true) ?? join(root, rel);
}

function walk(root: string, rel: string, create: boolean): string | undefined {
  let path = root;
  for (const part of rel.split(/[\\/]/).filter(Boolean)) {
    path = join(path, part);
    const state = folderState(path);
    if (state === "link")
      throw new Error(`${shown(root, path)} is a symbolic link (the cache never follows links)`);
    if (state === "other") throw new Error(`${shown(root, path)} is not a folder`);
    if (state === "absent") {
      if (!create) return undefined;
      mkdirSync(path);
    }
  }
  return path;
}

function shown(root: string, path: string): string {
  return path.startsWith(root + sep)
    ? path
        .slice(root.length + 1)
        .split(sep)
        .join("/")
    : path;
}

/** Whether `path` is a real folder (not a link to one). */
export function isRealFolder(path: string): boolean {
  return folderState(path) === "folder";
}
