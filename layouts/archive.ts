/** The archive: a year's months with their first headlines, and a month's articles, paginated. */
import type { ArchiveMonthPageData, ArchiveYearPageData } from "../src/pagedata/index.ts";
import { html } from "../src/render/index.ts";
import { page } from "./base.ts";
import { pagination, storyList } from "./parts.ts";

export function archiveYearLayout(data: ArchiveYearPageData): string {
  const t = data.strings;
  const years =
    data.years.length === 0
      ? html``
      : html`<nav class="archive-years" aria-label="${t.yearArchive}"><ul>${data.years.map((y) =>
          y.current
            ? html`<li><a href="${y.url}" aria-current="page">${y.text}</a></li>`
            : html`<li><a href="${y.url}">${y.text}</a></li>`,
        )}</ul></nav>`;
  const body = html`<header class="list-head"><p class="kicker">${t.archive}</p><h1>${data.year}</h1></header>
${years}
<div class="archive-months">${data.months.map(
    (m) => html`<section aria-labelledby="m${m.month}" class="archive-month">
<h2 id="m${m.month}" class="section-title"><a href="${m.url}">${m.text}</a> <span class="count">${m.countText}</span></h2>
<ul class="headlines">${m.headlines.map((a) => html`<li><a href="${a.url}">${a.text}</a></li>`)}</ul>
</section>`,
  )}</div>`;
  return page(data, body);
}

export function archiveMonthLayout(data: ArchiveMonthPageData): string {
  const t = data.strings;
  const n = data.pagination.pageNumber;
  const body = html`<nav aria-label="${t.breadcrumb}" class="breadcrumb"><a href="${data.year.url}">${data.year.text}</a></nav>
<header class="list-head"><h1>${data.name}${n > 1 ? html` <span class="page-no">(${t.page} ${n})</span>` : ""}</h1>
<p class="meta">${data.countText}</p></header>
${storyList(t, data.stories, { heading: "h2" })}
${pagination(t, data.pagination)}
<nav class="month-nav" aria-label="${t.archive}">
${data.older ? html`<a rel="prev" href="${data.older.url}">← ${data.older.text}</a>` : ""}
${data.newer ? html`<a rel="next" href="${data.newer.url}">${data.newer.text} →</a>` : ""}
</nav>`;
  return page(data, body);
}
