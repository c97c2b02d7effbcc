/**
 * Loads the real registry from content/registry/*.yaml through the lead's loader, for
 * `eval-tagger.ts --registry=content`. Imported dynamically so the tagger eval never depends on it.
 */
import { readFileSync } from "node:fs";
import { parseYaml } from "../../src/load/index.ts";
import { buildRegistry, type Registry, type RegistryFiles } from "../../src/registry/index.ts";

/** The registry built from content/registry/, plus the number of diagnostics its loader reported. */
export function contentRegistry(root: string): { registry: Registry; diagnostics: number } {
  const files: Record<string, unknown> = {};
  for (const kind of ["countries", "people", "organisations", "summits"] as const) {
    const path = `content/registry/${kind}.yaml`;
    const text = readFileSync(`${root}/${path}`, "utf8");
    const parsed = parseYaml(text, path);
    if (parsed.data !== undefined)
      files[kind] = { file: { path, text }, data: parsed.data, locate: parsed.locate };
  }
  const { value, diagnostics } = buildRegistry(files as RegistryFiles);
  return { registry: value, diagnostics: diagnostics.length };
}
