/** A registry file with more entries than MAX_REGISTRY_ENTRIES is refused whole, before any entry is validated. */
import type { Diagnostic } from "../diagnostics/index.ts";
import { formatCount, MAX_REGISTRY_ENTRIES } from "../limits/index.ts";
import type { ParsedYamlFile } from "../load/index.ts";

/** The file if it is within the limit; otherwise undefined and an error on its first line. */
export function withinEntryLimit(
  file: ParsedYamlFile | undefined,
  out: Diagnostic[],
): ParsedYamlFile | undefined {
  const data = file?.data;
  if (!file || data === null || typeof data !== "object" || Array.isArray(data)) return file;
  let entries = 0;
  for (const _ in data) entries++;
  if (entries <= MAX_REGISTRY_ENTRIES) return file;
  out.push({
    file: file.file.path,
    line: 1,
    column: 1,
    severity: "error",
    ruleId: "limits/registry-entries",
    message: `The file has ${formatCount(entries)} entries; the limit is ${formatCount(MAX_REGISTRY_ENTRIES)}.`,
    hint: "A registry lists the people, organisations and summits the site covers; remove imported bulk data.",
  });
  return undefined;
}
