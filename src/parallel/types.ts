/** Messages between the pipeline and its article worker thread. */
import type { ArticleOutcome } from "../cache/index.ts";
import type { ContentFiles } from "../load/index.ts";
import type { RegistryRun } from "../pipeline.ts";

/** The site and registry files, and only the worker's share of the articles. */
export interface WorkerInput {
  readonly files: ContentFiles;
  /** The build cache's bodies folder: bodies are kept there as they are made (src/cache/bodies.ts). */
  readonly bodies?: string;
  /**
   * The config and registry the main thread made of these files, and the contextKey they belong to: parsing the
   * world registry's YAML again took the worker 1-1.5 s before its first article.
   */
  readonly registry?: { readonly key: string; readonly run: Omit<RegistryRun, "names"> };
}

/** Outcomes by content key, in the order of the articles received. */
export interface WorkerOutput {
  readonly outcomes: [string, ArticleOutcome][];
}
