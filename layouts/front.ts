/**
 * The front page of an edition, like a newspaper's: the lead story with its picture and the secondary stories,
 * a package for the summit that is on or just ended, the latest articles, and a rail with the current and recent
 * summits and the archive. What goes where is decided in src/front (frontPlan); this only lays it out.
 */
import { type FrontSummit, frontPlan } from "../src/front/index.ts";
import { mapGeometry, summitMap } from "../src/maps/index.ts";
import type { Lang } from "../src/registry/index.ts";
import { formatDayRange, formatMonth } from "../src/render/format.ts";
import { html, type SafeHtml } from "../src/render/html.ts";
import { countArticles, PHRASES, STRINGS } from "../src/render/i18n.ts";
import { articleUrl, entityUrl, frontUrl, monthUrl, yearUrl } from "../src/render/urls.ts";
import type { SiteModel } from "../src/site/types.ts";
import { summitKicker } from "../src/topics/index.ts";
import { page } from "./base.ts";
import { mapSvg } from "./figures.ts";
import { story } from "./parts.ts";

/** Headlines of the summit's other articles listed in its package. */
const PACKAGE_HEADLINES = 6;

/** Months of the archive linked from the front page's rail. */
const ARCHIVE_MONTHS = 6;

export function frontPage(model: SiteModel, lang: Lang, url = frontUrl(lang)): string {
  const t = STRINGS[lang];
  const edition = model.index.editions[lang];
  const plan = frontPlan(edition, {
    now: model.referenceTime,
    justEndedDays: model.config.summitWindow.after,
  });
  const body = html`<h1 class="visually-hidden">${model.config.title[lang]}</h1>
${
  plan.lead
    ? html`<section class="top" aria-labelledby="top-title">
<h2 id="top-title" class="visually-hidden">${t.topStories}</h2>
<div class="top-lead">${story(model, plan.lead, "lead")}</div>
${
  plan.secondary.length > 0
    ? // Beside a lead without a picture, secondary stories go without their summaries: the columns stay level.
      html`<ul class="top-more">${plan.secondary.map((a) => html`<li>${story(model, a, "secondary", { summary: Boolean(plan.lead?.image) })}</li>`)}</ul>`
    : ""
}
</section>`
    : html`<p>${t.noArticles}</p>`
}
${plan.package ? summitPackage(model, lang, plan.package) : ""}
<div class="front-columns">
${
  plan.latest.length > 0
    ? html`<section class="latest" aria-labelledby="latest-title">
<h2 id="latest-title" class="section-title">${t.latest}</h2>
<ul class="stories stories-grid">${plan.latest.map((a) => html`<li>${story(model, a, "compact")}</li>`)}</ul>
</section>`
    : ""
}
<aside class="rail" aria-label="${t.summitsNow}">
${summitRail(lang, plan.summits)}
${archiveRail(model, lang)}
</aside>
</div>`;
  return page(model, {
    lang,
    title: model.config.title[lang],
    description: model.config.description[lang],
    url,
    alternate: frontUrl(lang === "de" ? "en" : "de"),
    body,
  });
}

/** The summit on now or just ended: its name and dates, a small map of its members, its newest articles. */
function summitPackage(
  model: SiteModel,
  lang: Lang,
  pack: FrontSummit & { readonly shown: FrontSummit["articles"] },
): SafeHtml {
  const t = STRINGS[lang];
  const { summit } = pack;
  const facts = summitMap(summit, model.registry, model.places, lang);
  const host = facts.host?.name[lang] ?? summit.country;
  const svg = mapSvg(
    mapGeometry(facts.request),
    "package-map",
    summit.name[lang],
    PHRASES[lang].summitMapDesc(facts.members.length, host, facts.city ? summit.city[lang] : undefined),
  );
  return html`<section class="package" aria-labelledby="package-title">
<header class="package-head">
<p class="kicker package-status">${pack.status === "on" ? t.summitOn : t.summitEnded}</p>
<h2 id="package-title" class="package-title"><a href="${entityUrl(lang, summit)}">${summitKicker(summit, model.registry, lang)}</a></h2>
<p class="meta">${formatDayRange(summit.start, summit.end, lang)} · ${summit.city[lang]}, ${host} · ${countArticles(pack.articles.length, lang)}</p>
</header>
<div class="package-body">
<div class="package-map" aria-hidden="false">${svg}</div>
<div class="package-list">
${pack.shown.length > 0 ? html`<ul class="stories package-stories">${pack.shown.map((a) => html`<li>${story(model, a, "compact", { summary: false })}</li>`)}</ul>` : ""}
${
  // The summit's other articles (shown above on this page) as a list of headlines, so the package is complete.
  pack.articles.length > pack.shown.length
    ? html`<h3 class="package-more">${t.moreOnSummit}</h3><ul class="headlines">${pack.articles
        .filter((a) => !pack.shown.includes(a))
        .slice(0, PACKAGE_HEADLINES)
        .map((a) => html`<li><a href="${articleUrl(a)}">${a.title}</a></li>`)}</ul>`
    : ""
}
</div>
</div>
<p class="more-link"><a href="${entityUrl(lang, summit)}">${t.allAboutSummit}: ${summit.name[lang]}</a></p>
</section>`;
}

/** Current and recent summits, newest first, with their dates and host city. */
function summitRail(lang: Lang, summits: readonly FrontSummit[]): SafeHtml | "" {
  if (summits.length === 0) return "";
  const t = STRINGS[lang];
  return html`<section aria-labelledby="summits-title" class="rail-box">
<h2 id="summits-title" class="rail-title">${t.summitsNow}</h2>
<ul class="rail-list">${summits.map(
    ({ summit, status, articles }) => html`<li><a href="${entityUrl(lang, summit)}">${summit.name[lang]}</a>
<span class="meta">${formatDayRange(summit.start, summit.end, lang)} · ${summit.city[lang]}${status === "on" ? html` · <strong class="live">${t.summitOn}</strong>` : ""} · ${countArticles(articles.length, lang)}</span></li>`,
  )}</ul>
</section>`;
}

/** The archive: the newest months and every year. */
function archiveRail(model: SiteModel, lang: Lang): SafeHtml | "" {
  const months = model.index.editions[lang].months;
  if (months.length === 0) return "";
  const t = STRINGS[lang];
  const years = [...new Set(months.map((m) => m.month.slice(0, 4)))];
  return html`<section aria-labelledby="archive-title" class="rail-box">
<h2 id="archive-title" class="rail-title">${t.archive}</h2>
<ul class="rail-list rail-months">${months
    .slice(0, ARCHIVE_MONTHS)
    .map(
      (m) =>
        html`<li><a href="${monthUrl(lang, m.month)}">${formatMonth(m.month, lang)}</a> <span class="count">${m.articles.length}</span></li>`,
    )}</ul>
<p class="rail-years">${years.map((y, i) => html`${i > 0 ? " · " : ""}<a href="${yearUrl(lang, y)}">${y}</a>`)}</p>
</section>`;
}
