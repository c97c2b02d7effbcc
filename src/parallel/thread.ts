/**
 * The article worker thread: receives the site and registry files and a share of the article files, processes
 * each exactly as the pipeline does (parse → validate → enrich → body HTML), and posts the outcomes back.
 */
import { parentPort, workerData } from "node:worker_threads";
import { contentKey, contextKey } from "../cache/index.ts";
import { articleContext, processArticle, renderBody } from "../pipeline.ts";
import type { WorkerInput, WorkerOutput } from "./types.ts";

const input = workerData as WorkerInput;
const ctx = articleContext(input.files);
const context = contextKey(input.files);
const outcomes: WorkerOutput["outcomes"] = [];
for (const file of input.files.articles) {
  const outcome = processArticle(file, ctx);
  if (outcome.article) outcome.body = renderBody(outcome.article, ctx.registry, ctx.tagger);
  outcomes.push([contentKey(context, file), outcome]);
}
parentPort?.postMessage({ outcomes } satisfies WorkerOutput);
