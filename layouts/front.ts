/**
 * The front page of an edition, like a newspaper's: the lead story with its picture and the secondary stories,
 * a package for the summit that is on or just ended, the latest articles, and a rail with the current and recent
 * summits and the archive.
 */
import type { FrontPageData } from "../src/pagedata/index.ts";
import { html, raw, type SafeHtml } from "../src/render/index.ts";
import { page } from "./base.ts";
import { story } from "./parts.ts";

export function frontLayout(data: FrontPageData): string {
  const t = data.strings;
  const body = html`<h1 class="visually-hidden">${data.site.title}</h1>
${
  data.lead
    ? html`<section class="top" aria-labelledby="top-title">
<h2 id="top-title" class="visually-hidden">${t.topStories}</h2>
<div class="top-lead">${story(t, data.lead, "lead")}</div>
${
  data.secondary.length > 0
    ? // Beside a lead without a picture, secondary stories go without their summaries: the columns stay level.
      html`<ul class="top-more">${data.secondary.map((s) => html`<li>${story(t, s, "secondary", { summary: Boolean(data.lead?.hasPicture) })}</li>`)}</ul>`
    : ""
}
</section>`
    : html`<p>${t.noArticles}</p>`
}
${data.package ? summitPackage(data) : ""}
<div class="front-columns">
${
  data.latest.length > 0
    ? html`<section class="latest" aria-labelledby="latest-title">
<h2 id="latest-title" class="section-title">${t.latest}</h2>
<ul class="stories stories-grid">${data.latest.map((s) => html`<li>${story(t, s, "compact")}</li>`)}</ul>
</section>`
    : ""
}
<aside class="rail" aria-label="${t.summitsNow}">
${summitRail(data)}
${archiveRail(data)}
</aside>
</div>`;
  return page(data, body);
}

/** The summit on now or just ended: its name and dates, a small map of its members, its newest articles. */
function summitPackage(data: FrontPageData): SafeHtml | "" {
  const t = data.strings;
  const pack = data.package;
  if (!pack) return "";
  return html`<section class="package" aria-labelledby="package-title">
<header class="package-head">
<p class="kicker package-status">${pack.status === "on" ? t.summitOn : t.summitEnded}</p>
<h2 id="package-title" class="package-title"><a href="${pack.summit.url ?? ""}">${pack.headline}</a></h2>
<p class="meta">${pack.dates} · ${pack.city}, ${pack.host} · ${pack.countText}</p>
</header>
<div class="package-body">
<div class="package-map" aria-hidden="false">${raw(pack.map)}</div>
<div class="package-list">
${pack.stories.length > 0 ? html`<ul class="stories package-stories">${pack.stories.map((s) => html`<li>${story(t, s, "compact", { summary: false })}</li>`)}</ul>` : ""}
${
  pack.more.length > 0
    ? html`<h3 class="package-more">${t.moreOnSummit}</h3><ul class="headlines">${pack.more.map((a) => html`<li><a href="${a.url}">${a.text}</a></li>`)}</ul>`
    : ""
}
</div>
</div>
<p class="more-link"><a href="${pack.summit.url ?? ""}">${t.allAboutSummit}: ${pack.summit.name}</a></p>
</section>`;
}

/** Current and recent summits, newest first, with their dates and host city. */
function summitRail(data: FrontPageData): SafeHtml | "" {
  if (data.summits.length === 0) return "";
  const t = data.strings;
  return html`<section aria-labelledby="summits-title" class="rail-box">
<h2 id="summits-title" class="rail-title">${t.summitsNow}</h2>
<ul class="rail-list">${data.summits.map(
    (s) => html`<li><a href="${s.summit.url ?? ""}">${s.summit.name}</a>
<span class="meta">${s.dates} · ${s.city}${s.status === "on" ? html` · <strong class="live">${t.summitOn}</strong>` : ""} · ${s.countText}</span></li>`,
  )}</ul>
</section>`;
}

/** The archive: the newest months and every year. */
function archiveRail(data: FrontPageData): SafeHtml | "" {
  const { months, years } = data.archive;
  if (months.length === 0) return "";
  const t = data.strings;
  return html`<section aria-labelledby="archive-title" class="rail-box">
<h2 id="archive-title" class="rail-title">${t.archive}</h2>
<ul class="rail-list rail-months">${months.map(
    (m) => html`<li><a href="${m.url}">${m.text}</a> <span class="count">${m.count}</span></li>`,
  )}</ul>
<p class="rail-years">${years.map((y, i) => html`${i > 0 ? " · " : ""}<a href="${y.url}">${y.text}</a>`)}</p>
</section>`;
}
