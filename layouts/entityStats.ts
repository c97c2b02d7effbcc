/** The statistics part of a country's, person's or organisation's first page: coverage over time, summits, co-mentions. */
import { coverageChart, coverageSeries } from "../src/charts/index.ts";
import type { Term } from "../src/index/index.ts";
import type { Lang } from "../src/registry/index.ts";
import { html, type SafeHtml } from "../src/render/html.ts";
import { countArticles, STRINGS } from "../src/render/i18n.ts";
import type { SiteModel } from "../src/site/types.ts";
import { type Counted, coMentioned, summitsOf } from "../src/stats/index.ts";
import { coverageFigure } from "./figures.ts";
import { entityRefHtml } from "./parts.ts";

/** How many co-mentioned entities an entity page lists. */
const CO_MENTIONED = 10;

/** A list of entities with counts, each linked to its page. */
export function countedList(model: SiteModel, lang: Lang, items: readonly Counted[]): SafeHtml {
  return html`<ul class="counted">${items.map(
    (c) =>
      html`<li>${entityRefHtml(model, lang, c.entity)} <span class="count">${countArticles(c.count, lang)}</span></li>`,
  )}</ul>`;
}

/** Coverage over time: a bar chart by day or month, with the numbers as a table. */
export function coverageSection(model: SiteModel, lang: Lang, term: Term): SafeHtml {
  const t = STRINGS[lang];
  const series = coverageSeries(
    term.articles.map((a) => a.date),
    model.config.timeZone,
  );
  return html`<section aria-labelledby="coverage-title" class="side-box"><h2 id="coverage-title" class="side-title">${t.coverage}</h2>
${coverageFigure(series, coverageChart(series, lang), lang, "coverage")}</section>`;
}

/** The sections shown next to the article list on page 1 of a non-summit entity. */
export function entityStats(model: SiteModel, lang: Lang, term: Term): SafeHtml {
  const t = STRINGS[lang];
  const summits = summitsOf(term.key, term.articles, model.registry, lang);
  const others = coMentioned(term.key, term.articles, model.registry, lang, [
    "country",
    "person",
    "organisation",
  ]).slice(0, CO_MENTIONED);
  return html`<div class="stats">
${coverageSection(model, lang, term)}
${summits.length > 0 ? html`<section aria-labelledby="summits-title" class="side-box"><h2 id="summits-title" class="side-title">${t.summitsOf}</h2>${countedList(model, lang, summits)}</section>` : ""}
${others.length > 0 ? html`<section aria-labelledby="co-title" class="side-box"><h2 id="co-title" class="side-title">${t.coMentioned}</h2>${countedList(model, lang, others)}</section>` : ""}
</div>`;
}
