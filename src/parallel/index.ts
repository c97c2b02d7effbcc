/** Article processing on a worker thread beside the main one. */
export { PARALLEL_FROM, processInParallel } from "./outcomes.ts";
