/**
 * Processing articles on two cores: before the (synchronous) pipeline runs, a worker thread takes a share of
 * the articles the cache does not have while this thread does the rest, and the outcomes are added to the
 * cache. The pipeline then finds every article there. Output is unchanged: both threads run the same code.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { type ArticleCache, contentKey, contextKey } from "../cache/index.ts";
import type { ContentFiles } from "../load/index.ts";
import { registryRun } from "../pipeline.ts";
import { processShare } from "./process.ts";
import type { WorkerInput, WorkerOutput } from "./types.ts";

/** Below this many articles to process, a thread's start-up (~0.5 s of module loading) costs more than it saves. */
export const PARALLEL_FROM = 1_500;

const WORKER_SCRIPT = new URL("./worker.js", import.meta.url);

/** Share of the work the worker takes: it starts later (module loading), so a little less than half. */
const WORKER_SHARE = 0.45;

/** What processInParallel reports to, and where it keeps bodies. */
export interface ShareOptions {
  /** Hears how many of the files are done. */
  readonly onProgress?: (done: number, total: number) => void;
  /** The build cache's bodies folder: each body is kept there once made, not carried (src/cache/bodies.ts). */
  readonly bodies?: string | undefined;
}

/**
 * The cache plus the outcomes of every article it lacked, computed on two threads when it pays; `processed`
 * says how many articles that was (0 when it did not pay: the pipeline then processes them itself). `onProgress`
 * hears how many of the files are done: those the cache had, and while both threads work, the share done so far
 * on this one applied to all (the other thread's outcomes arrive at its end only; it works at about the same pace).
 */
export async function processInParallel(
  files: ContentFiles,
  cache: ArticleCache = new Map(),
  threads = Math.min(2, availableParallelism()),
  from = PARALLEL_FROM,
  workerScript = WORKER_SCRIPT,
  { onProgress, bodies }: ShareOptions = {},
): Promise<{ cache: ArticleCache; processed: number }> {
  const context = contextKey(files);
  const missing = files.articles.filter((file) => !cache.has(contentKey(context, file)));
  if (threads < 2 || missing.length < Math.max(2, from)) return { cache, processed: 0 };
  const split = Math.round(missing.length * WORKER_SHARE);
  const theirs = missing.slice(0, split);
  const ours = missing.slice(split);
  // This thread's run of the config and registry (made once per process): the worker is handed it.
  const { config, registry, diagnostics } = registryRun(files);
  const worker = runWorker(workerScript, {
    files: { ...files, articles: theirs },
    ...(bodies ? { bodies } : {}),
    registry: { key: context, run: { config, registry, diagnostics } },
  });
  // A failing worker is awaited below; until then it must not count as unhandled.
  worker.catch(() => undefined);
  const filled: ArticleCache = new Map(cache);
  const cached = files.articles.length - missing.length;
  // Counts only grow; this thread's share stands for both until the other thread's outcomes are in.
  let shown = 0;
  const report = (done: number) => {
    shown = Math.max(shown, done);
    onProgress?.(shown, files.articles.length);
  };
  const estimate = (done: number) =>
    Math.min(missing.length - 1, Math.floor((done / ours.length) * missing.length));
  processShare(ours, files, filled, (done) => report(cached + estimate(done)), bodies);
  try {
    for (const [key, outcome] of (await worker).outcomes) filled.set(key, outcome);
  } catch {
    // A worker that cannot start or dies costs time, never the build: its share is done here instead.
    processShare(
      theirs,
      files,
      filled,
      (done) => report(Math.min(files.articles.length - 1, cached + ours.length + done)),
      bodies,
    );
  }
  report(files.articles.length);
  return { cache: filled, processed: missing.length };
}

function runWorker(script: URL, input: WorkerInput): Promise<WorkerOutput> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: input });
    worker.once("message", (output: WorkerOutput) => {
      resolve(output);
      void worker.terminate();
    });
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`the article worker stopped with code ${code}`)));
  });
}
