/** The statistics of a country's, person's or organisation's first page: coverage over time, summits, co-mentions. */
import { coverageChart, coverageSeries, coverageSvg, periodName } from "../charts/index.ts";
import type { Term } from "../index/index.ts";
import type { Lang } from "../registry/index.ts";
import { coMentioned, summitsOf } from "../stats/index.ts";
import { type PageContext, stringsOf } from "./context.ts";
import { countedOf } from "./hub.ts";
import type { EntityPageData } from "./types.ts";

/** How many co-mentioned entities an entity page lists. */
const CO_MENTIONED = 10;

export function statsData(ctx: PageContext, lang: Lang, term: Term): NonNullable<EntityPageData["stats"]> {
  const { model } = ctx;
  const t = stringsOf(ctx, lang);
  const series = coverageSeries(
    term.articles.map((a) => a.date),
    model.config.timeZone,
  );
  const others = coMentioned(term.key, term.articles, model.registry, lang, [
    "country",
    "person",
    "organisation",
  ]).slice(0, CO_MENTIONED);
  return {
    coverage: {
      svg: coverageSvg(series, coverageChart(series, lang), lang, "coverage", t.noArticles),
      unit: series.unit === "day" ? t.day : series.unit === "month" ? t.month : t.year,
      rows: series.bins
        .filter((b) => b.count > 0)
        .map((b) => ({ period: periodName(series, b.period, lang), count: b.count })),
    },
    summits: countedOf(ctx, lang, summitsOf(term.key, term.articles, model.registry, lang)),
    coMentioned: countedOf(ctx, lang, others),
  };
}
