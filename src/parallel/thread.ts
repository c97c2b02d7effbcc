/**
 * The article worker thread: receives the site and registry files and a share of the article files, processes
 * each exactly as the pipeline does (parse → validate → enrich → body HTML), and posts the outcomes back.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { ArticleCache } from "../cache/index.ts";
import { processShare } from "./process.ts";
import type { WorkerInput, WorkerOutput } from "./types.ts";

const input = workerData as WorkerInput;
const outcomes: ArticleCache = new Map();
// The main thread's config and registry, for the files they were made of (never written back: not ours to keep).
const given = input.registry;
const registry = given && {
  read: (key: string) => (key === given.key ? given.run : undefined),
  write: () => {},
};
processShare(input.files.articles, input.files, outcomes, undefined, input.bodies, registry);
parentPort?.postMessage({ outcomes: [...outcomes] } satisfies WorkerOutput);
