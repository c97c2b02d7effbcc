/**
 * Watching folder trees for changes with one watch per folder. Node's own recursive fs.watch on Linux sets a
 * watch on every file (10,008 inotify watches for 10,000 articles, past the 8,192 some systems allow; 2.5 s to
 * set up at 100,000), where a watch on a folder already reports every file in it. Folders that appear later are
 * watched as they appear; links are not followed (the build does not follow them either).
 */
import { type FSWatcher, lstatSync, readdirSync, watch } from "node:fs";
import { join, sep } from "node:path";

/** Stops watching. */
export type StopWatching = () => void;

/**
 * Watches every folder below each of `roots` (those that exist) and tells `onChange` the path of each file or
 * folder that was written, created, renamed or removed; `onError` hears a watch that fails (the folder itself
 * removed is not an error: its parent reports that). Paths `ignore` names are neither watched nor reported.
 */
export function watchFolders(
  roots: readonly string[],
  onChange: (path: string) => void,
  onError: (error: Error) => void,
  ignore: (path: string) => boolean = () => false,
): StopWatching {
  const watchers = new Map<string, FSWatcher>();
  const add = (dir: string) => {
    if (watchers.has(dir) || ignore(dir) || !isFolder(dir)) return;
    let watcher: FSWatcher;
    try {
      watcher = watch(dir, { persistent: true }, (_event, name) => {
        const path = name ? join(dir, String(name)) : dir;
        if (ignore(path)) return;
        // A folder that appears (made, or moved in) is watched before anyone is told, so that a file written
        // into it right after is seen too; its files already there count as changed.
        if (path !== dir && !watchers.has(path) && isFolder(path)) {
          add(path);
          for (const inside of below(path)) if (!ignore(inside)) onChange(inside);
        } else if (path !== dir && watchers.has(path) && !isFolder(path)) {
          // A folder removed or moved away: its watches go, so that one made again at that path is watched.
          drop(path);
        }
        onChange(path);
      });
    } catch (error) {
      onError(error as Error);
      return;
    }
    watcher.on("error", (error) => {
      watcher.close();
      watchers.delete(dir);
      // A watched folder that is removed ends its watch; the change was reported by its parent's watch.
      if (isFolder(dir)) onError(error);
    });
    watchers.set(dir, watcher);
    for (const entry of entries(dir)) if (entry.isDirectory()) add(join(dir, entry.name));
  };
  const drop = (dir: string) => {
    for (const [path, watcher] of watchers) {
      if (isAtOrBelow(path, dir)) {
        watcher.close();
        watchers.delete(path);
      }
    }
  };
  for (const root of roots) add(root);
  return () => {
    for (const watcher of watchers.values()) watcher.close();
    watchers.clear();
  };
}

/** Whether `path` is the folder `dir` or inside it. */
export function isAtOrBelow(path: string, dir: string): boolean {
  return path === dir || path.startsWith(`${dir}${sep}`);
}

/** Every file and folder below `dir` (not following links), added to `found`. */
function below(dir: string, found: string[] = []): string[] {
  for (const entry of entries(dir)) {
    const path = join(dir, entry.name);
    found.push(path);
    if (entry.isDirectory()) below(path, found);
  }
  return found;
}

function entries(dir: string) {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

function isFolder(path: string): boolean {
  try {
    return lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}
