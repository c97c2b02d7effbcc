/**
 * Loads the registry a site sees, through the pipeline's own loader: the bundled world registry (registry/) with
 * the site's local layer (content/registry/) over it. Used by `eval-tagger.ts` and the registry benchmark.
 */
import { readContent } from "../../src/load/index.ts";
import { runRegistry } from "../../src/pipeline.ts";
import type { Registry } from "../../src/registry/index.ts";

/** The registry of the project at `root`, plus the number of diagnostics its loader reported. */
export function contentRegistry(
  root: string,
  options: { worldRegistry?: string | false; contentDir?: string } = {},
): { registry: Registry; diagnostics: number; messages: string[] } {
  const read = readContent(root, options.contentDir ?? "content", {
    ...(options.worldRegistry !== undefined ? { worldRegistry: options.worldRegistry } : {}),
  });
  const diagnostics = [...read.diagnostics];
  const { registry } = runRegistry(read.value, diagnostics);
  const problems = diagnostics.filter((d) => d.severity === "error");
  return {
    registry,
    diagnostics: problems.length,
    messages: problems.map((d) => `${d.file}:${d.line}:${d.column} ${d.message} ${d.ruleId}`),
  };
}
