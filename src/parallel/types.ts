/** Messages between the pipeline and its article worker thread. */
import type { ArticleOutcome } from "../cache/index.ts";
import type { ContentFiles } from "../load/index.ts";

/** The site and registry files, and only the worker's share of the articles. */
export interface WorkerInput {
  readonly files: ContentFiles;
  /** The build cache's bodies folder: bodies are kept there as they are made (src/cache/bodies.ts). */
  readonly bodies?: string;
}

/** Outcomes by content key, in the order of the articles received. */
export interface WorkerOutput {
  readonly outcomes: [string, ArticleOutcome][];
}
