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
processShare(input.files.articles, input.files, outcomes, undefined, input.bodies);
parentPort?.postMessage({ outcomes: [...outcomes] } satisfies WorkerOutput);
