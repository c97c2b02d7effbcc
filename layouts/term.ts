/**
 * An entity's page: what the registry knows about it, its feeds, then (on the first page) what the coverage
 * adds up to, and its articles newest first, paginated. A summit's page is a hub of its coverage (see hub.ts).
 */
import type { Term } from "../src/index/index.ts";
import {
  type Entity,
  type Lang,
  membersOn,
  type Person,
  type RegistryDate,
  termsByStart,
} from "../src/registry/index.ts";
import { formatDay, formatDayRange, formatMonth } from "../src/render/format.ts";
import { html, type SafeHtml } from "../src/render/html.ts";
import { KIND_LABEL, otherLang, STRINGS } from "../src/render/i18n.ts";
import { entityFeedUrl, entityUrl, listUrl, searchFilterUrl } from "../src/render/urls.ts";
import { entityLd } from "../src/seo/index.ts";
import type { SiteModel } from "../src/site/types.ts";
import { page } from "./base.ts";
import { entityStats } from "./entityStats.ts";
import { summitHubSections, zoneLabel } from "./hub.ts";
import { entityRefHtml, pagination, teaserList } from "./parts.ts";

export function termPage(model: SiteModel, lang: Lang, term: Term, n: number, count: number): string {
  const t = STRINGS[lang];
  const entity = term.entity;
  const size = model.config.pageSize;
  const articles = term.articles.slice((n - 1) * size, n * size);
  // A summit's own coverage is never "mentioned"; an article that only refers to it always is.
  const passing = (a: (typeof articles)[number]) =>
    entity.type === "summit"
      ? a.summit !== entity.id
      : a.entities.find((e) => e.key === term.key)?.salience.level === "passing";
  const other = otherLang(lang);
  const alternate = model.index.editions[other].terms.has(term.key) ? entityUrl(other, entity) : undefined;
  const feeds = {
    title: `${entity.name[lang]} – ${model.config.title[lang]}`,
    atom: entityFeedUrl(lang, entity, "atom"),
    json: entityFeedUrl(lang, entity, "json"),
  };
  const extra =
    n > 1
      ? html``
      : entity.type === "summit"
        ? summitHubSections(model, lang, term)
        : entityStats(model, lang, term);
  const body = html`<nav aria-label="${t.breadcrumb}" class="breadcrumb"><a href="${listUrl(lang, entity.type)}">${KIND_LABEL[lang][entity.type]}</a></nav>
<header class="entity-header">
<h1>${entity.name[lang]}${n > 1 ? html` <span class="page-no">(${t.page} ${n})</span>` : ""}</h1>
${facts(model, lang, entity)}
${entity.description ? html`<p class="description">${entity.description[lang]}</p>` : ""}
<p class="subscribe">${t.feedOf}: <a href="${feeds.atom}" type="application/atom+xml">${t.feedAtom}</a> · <a href="${feeds.json}" type="application/feed+json">${t.feedJson}</a> · <a href="${searchFilterUrl(lang, entity)}">${t.browseInSearch}</a></p>
</header>
${extra}
<section aria-labelledby="articles-title">
<h2 id="articles-title">${t.articlesAbout} <span class="count">(${term.articles.length})</span></h2>
${teaserList(model, lang, articles, passing)}
${pagination(lang, n, count, (k) => entityUrl(lang, entity, k))}
</section>`;
  return page(model, {
    lang,
    title: n > 1 ? `${entity.name[lang]} (${t.page} ${n})` : entity.name[lang],
    description: entity.description?.[lang] ?? `${KIND_LABEL[lang][entity.type]}: ${entity.name[lang]}`,
    url: entityUrl(lang, entity, n),
    ...(alternate && n === 1 ? { alternate } : {}),
    body,
    feeds,
    ...(n === 1 ? { jsonLd: [entityLd(model, lang, entity)] } : {}),
  });
}

/** A registry date as precise as it was written: a day, a month or a year. */
function registryDate(date: RegistryDate, lang: Lang): string {
  return registryDateText(date.text, lang);
}

function registryDateText(text: string, lang: Lang): string {
  if (text.length === 10) return formatDay(text, lang);
  if (text.length === 7) return formatMonth(text, lang);
  return text;
}

/** A person's offices, latest first: "President of Kazakhstan (since 20 March 2019)". */
function officeLines(model: SiteModel, lang: Lang, person: Person): string[] {
  const t = STRINGS[lang];
  return termsByStart(person)
    .reverse()
    .flatMap((term) => {
      const office = model.registry.offices.get(term.office);
      if (office === undefined) return [];
      const from = term.from ? registryDate(term.from, lang) : undefined;
      const to = term.to ? registryDate(term.to, lang) : undefined;
      const span =
        to === undefined ? (from === undefined ? "" : ` (${t.since} ${from})`) : ` (${from ?? "…"} – ${to})`;
      return [`${office.title[lang]}${term.acting ? ` (${t.acting})` : ""}${span}`];
    });
}

/** The key facts per kind of entity, as a description list. */
function facts(model: SiteModel, lang: Lang, entity: Entity): SafeHtml {
  const t = STRINGS[lang];
  const rows: [string, SafeHtml | string][] = [];
  const { countries, organisations } = model.registry;
  const ref = (e: Entity | undefined, fallback: string) => entityRefHtml(model, lang, e, fallback);
  if (entity.type === "summit") {
    const host = countries.get(entity.country);
    rows.push([t.dates, formatDayRange(entity.start, entity.end, lang)]);
    rows.push([t.host, html`${entity.city[lang]}, ${ref(host, entity.country)}`]);
    rows.push([t.hostZone, zoneLabel(entity.timeZone, entity.start, lang)]);
    rows.push([t.organisation, ref(organisations.get(entity.organisation), entity.organisation)]);
  }
  if (entity.type === "person") {
    const offices = officeLines(model, lang, entity);
    if (offices.length > 0)
      rows.push([t.offices, html`<ul class="offices">${offices.map((o) => html`<li>${o}</li>`)}</ul>`]);
    if (entity.country) rows.push([t.country, ref(countries.get(entity.country), entity.country)]);
    if (entity.born) rows.push([t.born, registryDate(entity.born, lang)]);
    if (entity.died) rows.push([t.died, registryDate(entity.died, lang)]);
  }
  if (entity.type === "organisation") {
    if (entity.founded) rows.push([t.founded, registryDateText(entity.founded, lang)]);
    const parent = entity.parent ? organisations.get(entity.parent) : undefined;
    if (parent) rows.push([t.partOf, ref(parent, parent.id)]);
    // Members on the day of the site's newest article: those who have left are not listed as members.
    const today = Math.floor(model.referenceTime / 86_400_000);
    const members = membersOn(model.registry, entity.id, today).map((m) =>
      m.type === "country" ? ref(countries.get(m.id), m.id) : ref(organisations.get(m.id), m.id),
    );
    if (members.length > 0)
      rows.push([t.members, html`${members.map((m, i) => html`${i > 0 ? ", " : ""}${m}`)}`]);
  }
  if (entity.wikidata) {
    rows.push([
      t.wikidata,
      html`<a href="https://www.wikidata.org/wiki/${entity.wikidata}">${entity.wikidata}</a>`,
    ]);
  }
  if (rows.length === 0) return html``;
  return html`<dl class="facts">${rows.map(([label, value]) => html`<dt>${label}</dt><dd>${value}</dd>`)}</dl>`;
}
