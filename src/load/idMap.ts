/**
 * The `id: entry` map that a registry or places file holds at its top level. Both kinds are parsed by parseYaml
 * (yaml.ts) and then read entry by entry; a file holding a list or a single value cannot be, so it is refused
 * here, in the same words for both.
 */
import type { Diagnostic } from "../diagnostics/index.ts";
import type { ParsedYamlFile, YamlValue } from "./types.ts";

/** What the refusal names: its rule id, the kind of file, what one entry is called, and an example id. */
export interface IdMapFile {
  /** Stable rule id, e.g. "registry/not-a-map". */
  readonly ruleId: string;
  /** The kind of file, as in "A registry file must be…". */
  readonly noun: string;
  /** One entry of it, as in "Start each entry with…". */
  readonly item: string;
  /** An id of that kind, shown as `example:`. */
  readonly example: string;
}

/**
 * The entries of `parsed` by id; undefined for an empty file (nothing to read) and for one that is not a map
 * (then with an error at its first line in `diagnostics`).
 */
export function idMap(
  parsed: ParsedYamlFile,
  what: IdMapFile,
  diagnostics: Diagnostic[],
): Record<string, YamlValue> | undefined {
  if (parsed.data === null) return undefined;
  if (typeof parsed.data !== "object" || Array.isArray(parsed.data)) {
    diagnostics.push({
      file: parsed.file.path,
      line: 1,
      column: 1,
      severity: "error",
      ruleId: what.ruleId,
      message: `A ${what.noun} file must be a map of \`id:\` entries.`,
      hint: `Start each ${what.item} with its id at the left margin, e.g. \`${what.example}:\`, and indent its fields.`,
    });
    return undefined;
  }
  return parsed.data;
}
