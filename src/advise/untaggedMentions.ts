/** Informs about entities the tagger found in the text that front matter does not list: a prompt, never an error. */
import type { Diagnostic } from "../diagnostics/index.ts";
import type { Article } from "../enrich/index.ts";

/** One info diagnostic per article listing the main entities found only in the text. */
export function unlistedEntityInfos(articles: readonly Article[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const article of articles) {
    const unlisted = article.entities.filter(
      (e) => !e.salience.frontMatter && e.salience.level === "main" && e.type !== "summit",
    );
    if (unlisted.length === 0) continue;
    out.push({
      file: article.file,
      line: 1,
      column: 1,
      severity: "info",
      ruleId: "check/unlisted-entity",
      message: `The text mentions ${unlisted.map((e) => `${e.type} ${e.id}`).join(", ")}, which the front matter does not list.`,
      hint: "They are tagged anyway; list them to make that explicit, or add them to `exclude:` if the tag is wrong.",
    });
  }
  return out;
}
