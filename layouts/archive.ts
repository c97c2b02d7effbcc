/** The archive: a year's months with their first headlines, and a month's articles, paginated. */
import type { Lang } from "../src/registry/index.ts";
import { formatMonth } from "../src/render/format.ts";
import { html } from "../src/render/html.ts";
import { countArticles, STRINGS } from "../src/render/i18n.ts";
import { articleUrl, monthUrl, yearUrl } from "../src/render/urls.ts";
import { alternateUrl } from "../src/seo/index.ts";
import type { SiteModel } from "../src/site/types.ts";
import { page } from "./base.ts";
import { pagination, storyList } from "./parts.ts";

/** Headlines shown per month on a year's page. */
const HEADLINES = 3;

/** The years of an edition's archive, newest first, as links; the current one marked. */
function yearNav(model: SiteModel, lang: Lang, current: string) {
  const t = STRINGS[lang];
  const years = [...new Set(model.index.editions[lang].months.map((m) => m.month.slice(0, 4)))];
  if (years.length < 2) return html``;
  return html`<nav class="archive-years" aria-label="${t.yearArchive}"><ul>${years.map((y) =>
    y === current
      ? html`<li><a href="${yearUrl(lang, y)}" aria-current="page">${y}</a></li>`
      : html`<li><a href="${yearUrl(lang, y)}">${y}</a></li>`,
  )}</ul></nav>`;
}

export function yearPage(model: SiteModel, lang: Lang, year: string): string {
  const t = STRINGS[lang];
  const months = model.index.editions[lang].months.filter((m) => m.month.startsWith(`${year}-`));
  const alternate = alternateUrl(model, { kind: "year", url: yearUrl(lang, year), lang, year });
  const body = html`<header class="list-head"><p class="kicker">${t.archive}</p><h1>${year}</h1></header>
${yearNav(model, lang, year)}
<div class="archive-months">${months.map(
    (m) => html`<section aria-labelledby="m${m.month}" class="archive-month">
<h2 id="m${m.month}" class="section-title"><a href="${monthUrl(lang, m.month)}">${formatMonth(m.month, lang)}</a> <span class="count">${countArticles(m.articles.length, lang)}</span></h2>
<ul class="headlines">${m.articles.slice(0, HEADLINES).map((a) => html`<li><a href="${articleUrl(a)}">${a.title}</a></li>`)}</ul>
</section>`,
  )}</div>`;
  return page(model, {
    lang,
    title: `${t.archive} ${year}`,
    description: `${t.archive} ${year}: ${model.config.title[lang]}`,
    url: yearUrl(lang, year),
    ...(alternate ? { alternate } : {}),
    body,
  });
}

export function monthPage(model: SiteModel, lang: Lang, month: string, n: number, count: number): string {
  const t = STRINGS[lang];
  const months = model.index.editions[lang].months;
  const index = months.findIndex((m) => m.month === month);
  const entry = months[index];
  if (!entry) throw new Error(`summitdesk: no archive month ${month}`);
  const size = model.config.pageSize;
  const newer = months[index - 1];
  const older = months[index + 1];
  const name = formatMonth(month, lang);
  const alternate = alternateUrl(model, {
    kind: "month",
    url: monthUrl(lang, month, n),
    lang,
    month,
    pageNumber: n,
    pageCount: count,
  });
  const body = html`<nav aria-label="${t.breadcrumb}" class="breadcrumb"><a href="${yearUrl(lang, month.slice(0, 4))}">${t.archive} ${month.slice(0, 4)}</a></nav>
<header class="list-head"><h1>${name}${n > 1 ? html` <span class="page-no">(${t.page} ${n})</span>` : ""}</h1>
<p class="meta">${countArticles(entry.articles.length, lang)}</p></header>
${storyList(model, lang, entry.articles.slice((n - 1) * size, n * size), { heading: "h2" })}
${pagination(lang, n, count, (k) => monthUrl(lang, month, k))}
<nav class="month-nav" aria-label="${t.archive}">
${older ? html`<a rel="prev" href="${monthUrl(lang, older.month)}">← ${formatMonth(older.month, lang)}</a>` : ""}
${newer ? html`<a rel="next" href="${monthUrl(lang, newer.month)}">${formatMonth(newer.month, lang)} →</a>` : ""}
</nav>`;
  return page(model, {
    lang,
    title: n > 1 ? `${name} (${t.page} ${n})` : name,
    description: `${t.archive}: ${name} – ${model.config.title[lang]}`,
    url: monthUrl(lang, month, n),
    ...(alternate ? { alternate } : {}),
    body,
  });
}
