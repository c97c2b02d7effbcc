/** Warns when an article's summit (from front matter) is far from its date: usually a wrong summit or a wrong date. */
import type { Diagnostic } from "../diagnostics/index.ts";
import type { Article } from "../enrich/index.ts";
import type { Registry } from "../registry/index.ts";

const DAY = 86_400_000;

/** Articles may precede a summit by `before` days and follow it by `after` days before this warns. */
export function summitWindowWarnings(
  articles: readonly Article[],
  registry: Registry,
  window: { readonly before: number; readonly after: number },
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const article of articles) {
    const ref = article.refs.summit;
    const summit = article.summit ? registry.summits.get(article.summit) : undefined;
    if (!ref || !summit) continue;
    // Calendar days in UTC are close enough here: the window is several days wide.
    const start = Date.parse(`${summit.start}T00:00:00Z`) - window.before * DAY;
    const end = Date.parse(`${summit.end}T23:59:59Z`) + window.after * DAY;
    if (article.date.millis >= start && article.date.millis <= end) continue;
    const days = Math.round(
      (article.date.millis < start ? start - article.date.millis : article.date.millis - end) / DAY,
    );
    out.push({
      file: article.file,
      line: ref.line,
      column: ref.column,
      severity: "warning",
      ruleId: "check/summit-date",
      message: `The article is dated ${article.date.iso.slice(0, 10)}, ${days} days ${article.date.millis < start ? "before" : "after"} the window of "${summit.id}" (${summit.start} – ${summit.end}).`,
      hint: "Check the date and the summit; previews and follow-ups far from the summit are fine to keep.",
    });
  }
  return out;
}
