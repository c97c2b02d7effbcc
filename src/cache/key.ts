/** Content keys: a file's outcome may be reused only when its path, its text and its whole context are unchanged. */
import { createHash } from "node:crypto";
import type { ContentFiles, SourceFile } from "../load/index.ts";

/**
 * A digest of everything besides the article that its outcome depends on: the site config (time zone, summit
 * window) and every registry file, world and local (names, aliases, offices, entity URLs). Any edit there
 * invalidates every entry.
 */
export function contextKey(files: ContentFiles): string {
  const hash = createHash("sha256");
  const context = [files.site, ...files.registry];
  for (const file of context) {
    // Lengths first, so no two different sets of files hash the same text.
    const text = file?.text ?? "";
    hash.update(`${file?.path ?? "-"}\u0000${text.length}\u0000`).update(text);
  }
  return hash.digest("base64url");
}

/** Keys already computed, per file object: the parallel step and the pipeline look up the same files. */
const computed = new WeakMap<SourceFile, { context: string; key: string }>();

/** The key of one article file in a context (hashed once per file object and context). */
export function contentKey(context: string, file: SourceFile): string {
  const known = computed.get(file);
  if (known?.context === context) return known.key;
  const key = createHash("sha256")
    .update(`${context}\u0000${file.path}\u0000${file.text.length}\u0000`)
    .update(file.text)
    .digest("base64url");
  computed.set(file, { context, key });
  return key;
}

/**
 * Gives `file` the key a build recorded for it in `context`, without reading its text: its stamp said it is
 * the file that key was computed from (src/load/stamps.ts). contentKey then answers with it in that context.
 */
export function knownContentKey(file: SourceFile, context: string, key: string): void {
  computed.set(file, { context, key });
}
