/** One thread's share: each article through the pipeline's own per-article steps, body included. */
import { type ArticleCache, contentKey, contextKey, keepBody } from "../cache/index.ts";
import type { ContentFiles, SourceFile } from "../load/index.ts";
import { articleContext, processArticle, type RegistryStore } from "../pipeline.ts";

/**
 * Adds the outcome of each of `articles` to `into`, keyed as the pipeline looks them up; `onDone` counts them.
 * With `bodies` (the build cache's bodies folder) each body goes there as soon as it is made, so that neither
 * thread holds the archive's bodies while the rest is processed (src/cache/bodies.ts). `registry` gives the config
 * and registry when they are made already (another thread's), instead of parsing them again.
 */
export function processShare(
  articles: readonly SourceFile[],
  files: ContentFiles,
  into: ArticleCache,
  onDone?: (done: number) => void,
  bodies?: string,
  registry?: RegistryStore,
): void {
  const ctx = articleContext(files, registry);
  const context = contextKey(files);
  let done = 0;
  for (const file of articles) {
    // The outcome carries the body HTML: processArticle renders it (and checks its size limits).
    const key = contentKey(context, file);
    const outcome = processArticle(file, ctx);
    into.set(key, bodies ? keepBody(bodies, key, outcome) : outcome);
    onDone?.(++done);
  }
}
