/** The statistics part of a country's, person's or organisation's first page: coverage by month, summits, co-mentions. */
import type { Term } from "../src/index/index.ts";
import type { Lang } from "../src/registry/index.ts";
import { formatMonth } from "../src/render/format.ts";
import { html, type SafeHtml } from "../src/render/html.ts";
import { countArticles, STRINGS } from "../src/render/i18n.ts";
import type { SiteModel } from "../src/site/types.ts";
import { type Counted, coMentioned, coverageByMonth, summitsOf } from "../src/stats/index.ts";
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

/** Coverage by month as a table; the bars are CSS classes (no inline styles under the CSP). */
function coverageTable(model: SiteModel, lang: Lang, term: Term): SafeHtml {
  const t = STRINGS[lang];
  const months = coverageByMonth(term.articles, model.config.timeZone);
  let max = 1;
  for (const m of months) max = Math.max(max, m.count);
  return html`<section aria-labelledby="coverage-title"><h2 id="coverage-title">${t.coverage}</h2>
<table class="coverage"><thead><tr><th scope="col">${t.month}</th><th scope="col">${t.articlesAbout}</th></tr></thead>
<tbody>${months.map(
    (m) =>
      html`<tr><th scope="row">${formatMonth(m.month, lang)}</th><td><span class="bar bar-${Math.round((m.count / max) * 10)}"></span> ${m.count}</td></tr>`,
  )}</tbody></table></section>`;
}

/** The sections shown above the article list on page 1 of a non-summit entity. */
export function entityStats(model: SiteModel, lang: Lang, term: Term): SafeHtml {
  const t = STRINGS[lang];
  const summits = summitsOf(term.key, term.articles, model.registry, lang);
  const others = coMentioned(term.key, term.articles, model.registry, lang, [
    "country",
    "person",
    "organisation",
  ]).slice(0, CO_MENTIONED);
  return html`<div class="stats">
${coverageTable(model, lang, term)}
${summits.length > 0 ? html`<section aria-labelledby="summits-title"><h2 id="summits-title">${t.summitsOf}</h2>${countedList(model, lang, summits)}</section>` : ""}
${others.length > 0 ? html`<section aria-labelledby="co-title"><h2 id="co-title">${t.coMentioned}</h2>${countedList(model, lang, others)}</section>` : ""}
</div>`;
}
