/**
 * Deleted content in the dev server. Eleventy 3 notices a deleted watched file but does not rebuild (its
 * "unlink" handler only forgets the file), so a deleted article kept answering 200 and stayed on the front
 * page until some other file was saved. This watches content/ for removals and calls `onRemoved`, which runs
 * the pipeline again: the article then gets the 404 page and leaves every list and feed.
 */
import { existsSync, type FSWatcher, watch } from "node:fs";
import { join } from "node:path";

/** Names whose removal changes the site: articles, registry and config files, and folders holding them. */
const CONTENT = /(?:\.md|\.ya?ml|^[^.]+)$/;

/** Starts watching `root`/content; returns a function that stops. Watch failures only cost the feature. */
export function watchDeletions(root: string, onRemoved: (path: string) => void): () => void {
  const dir = join(root, "content");
  let watcher: FSWatcher;
  try {
    watcher = watch(dir, { recursive: true }, (event, name) => {
      if (event !== "rename" || !name) return;
      const last = name.split(/[\\/]/).pop() ?? "";
      if (last.startsWith(".") || !CONTENT.test(last) || existsSync(join(dir, name))) return;
      onRemoved(`content/${name.split("\\").join("/")}`);
    });
  } catch {
    return () => undefined;
  }
  watcher.on("error", () => watcher.close());
  watcher.unref();
  return () => watcher.close();
}
