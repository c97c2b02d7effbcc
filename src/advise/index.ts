/** The advise stage: warnings and hints for editors that never fail a build. */
import type { Diagnostic } from "../diagnostics/index.ts";
import type { Article } from "../enrich/index.ts";
import type { Registry } from "../registry/index.ts";
import { summitWindowWarnings } from "./summitWindow.ts";
import { unknownNameWarnings } from "./unknownNames.ts";
import { unlistedEntityInfos } from "./untaggedMentions.ts";

export { registryAliasDiagnostics } from "./registryAliases.ts";
export { registrySnippet } from "./unknownNames.ts";

/** Runs every advisory check over the enriched articles. */
export function advise(
  articles: readonly Article[],
  registry: Registry,
  window: { readonly before: number; readonly after: number },
): Diagnostic[] {
  return [
    ...summitWindowWarnings(articles, registry, window),
    ...unknownNameWarnings(articles),
    ...unlistedEntityInfos(articles),
  ];
}
