/**
 * An entity's page: what the registry knows about it, its feeds, then (on the first page) what the coverage
 * adds up to, and its articles newest first, paginated. A summit's page is a hub of its coverage (see hub.ts).
 */
import type { Term } from "../src/index/index.ts";
import { countryMap, mapGeometry, organisationMap, summitMap } from "../src/maps/index.ts";
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
import { KIND_LABEL, otherLang, PHRASES, STRINGS } from "../src/render/i18n.ts";
import { entityFeedUrl, entityUrl, frontUrl, listUrl, searchFilterUrl } from "../src/render/urls.ts";
import { entityLd, termPreview } from "../src/seo/index.ts";
import type { SiteModel } from "../src/site/types.ts";
import { page } from "./base.ts";
import { entityStats } from "./entityStats.ts";
import { mapFigure, mapSvg } from "./figures.ts";
import { summitHubSections, zoneLabel } from "./hub.ts";
import { entityRefHtml, pagination, storyList } from "./parts.ts";

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
  const side =
    n > 1
      ? html``
      : html`${entityMap(model, lang, entity)}${
          entity.type === "summit" ? summitHubSections(model, lang, term) : entityStats(model, lang, term)
        }`;
  const body = html`<nav aria-label="${t.breadcrumb}" class="breadcrumb"><a href="${listUrl(lang, entity.type)}">${KIND_LABEL[lang][entity.type]}</a></nav>
<header class="entity-head">
<h1>${entity.name[lang]}${n > 1 ? html` <span class="page-no">(${t.page} ${n})</span>` : ""}</h1>
${entity.description ? html`<p class="lede">${entity.description[lang]}</p>` : ""}
${facts(model, lang, entity)}
${alternate || n > 1 ? "" : html`<p class="notice lang-note"><span>${t.notAvailable} ${t.onlyOtherLanguage}</span> <a href="${frontUrl(other)}" hreflang="${other}">${t.otherEdition}</a></p>`}
<p class="subscribe">${t.feedOf}: <a href="${feeds.atom}" type="application/atom+xml">${t.feedAtom}</a> · <a href="${feeds.json}" type="application/feed+json">${t.feedJson}</a> · <a href="${searchFilterUrl(lang, entity)}">${t.browseInSearch}</a></p>
</header>
<div class="entity-layout">
<section aria-labelledby="articles-title" class="entity-articles">
<h2 id="articles-title" class="section-title">${t.articlesAbout} <span class="count">(${term.articles.length})</span></h2>
${storyList(model, lang, articles, { passing, kicker: entity.type !== "summit" })}
${pagination(lang, n, count, (k) => entityUrl(lang, entity, k))}
</section>
${n > 1 ? "" : html`<div class="entity-side">${side}</div>`}
</div>`;
  return page(model, {
    lang,
    title: n > 1 ? `${entity.name[lang]} (${t.page} ${n})` : entity.name[lang],
    description: entity.description?.[lang] ?? `${KIND_LABEL[lang][entity.type]}: ${entity.name[lang]}`,
    url: entityUrl(lang, entity, n),
    ...(alternate && n === 1 ? { alternate } : {}),
    body,
    feeds,
    ...(n === 1 ? { jsonLd: [entityLd(model, lang, entity)] } : {}),
    ...previewOf(termPreview(model, lang, term.key)),
  });
}

/** The map of an entity's first page: a summit's members and host city, a country's place, an organisation's members. */
function entityMap(model: SiteModel, lang: Lang, entity: Entity): SafeHtml | "" {
  const t = STRINGS[lang];
  const p = PHRASES[lang];
  const ref = (e: Entity | undefined, fallback = "") => entityRefHtml(model, lang, e, fallback);
  const names = (list: readonly Entity[]) => html`${list.map((c, i) => html`${i > 0 ? ", " : ""}${ref(c)}`)}`;
  const missing = (ids: readonly string[]) =>
    ids.length === 0
      ? ""
      : html`<p class="meta">${t.notOnMap} ${ids.map((id, i) => html`${i > 0 ? ", " : ""}${model.registry.countries.get(id)?.name[lang] ?? id}`)}</p>`;
  if (entity.type === "summit") {
    const m = summitMap(entity, model.registry, model.places, lang);
    if (!m.host && m.members.length === 0) return "";
    const geometry = mapGeometry(m.request);
    const host = m.host?.name[lang] ?? entity.country;
    const svg = mapSvg(
      geometry,
      "entity-map",
      `${t.map}: ${entity.name[lang]}`,
      p.summitMapDesc(m.members.length, host, m.city ? entity.city[lang] : undefined),
    );
    return mapFigure(
      svg,
      html`<dl class="map-facts"><dt><span class="key key-host"></span>${t.host}</dt><dd>${ref(m.host, entity.country)}${m.city ? html` (${entity.city[lang]})` : ""}</dd>
${m.members.length > 0 ? html`<dt><span class="key key-member"></span>${t.members} (${m.members.length})</dt><dd>${names(m.members)}</dd>` : ""}
${m.guests.length > 0 ? html`<dt><span class="key key-guest"></span>${t.guests} (${m.guests.length})</dt><dd>${names(m.guests)}</dd>` : ""}</dl>
${m.city ? "" : html`<p class="meta">${t.noPlace}</p>`}${missing(geometry.missing)}`,
    );
  }
  if (entity.type === "country") {
    const m = countryMap(entity, model.registry, model.places, lang);
    const geometry = mapGeometry(m.request);
    if (geometry.missing.length > 0) return "";
    const svg = mapSvg(
      geometry,
      "entity-map",
      `${t.map}: ${entity.name[lang]}`,
      p.locatorDesc(entity.name[lang]),
    );
    return mapFigure(
      svg,
      m.venues.length > 0
        ? html`<dl class="map-facts"><dt><span class="key key-city"></span>${t.venues}</dt><dd>${m.venues.map(
            (v, i) =>
              html`${i > 0 ? "; " : ""}${v.place.name[lang]}: ${v.summits
                .slice(0, 3)
                .map(
                  (s, j) => html`${j > 0 ? ", " : ""}${entityRefHtml(model, lang, s)}`,
                )}${v.summits.length > 3 ? html` (${v.summits.length})` : ""}`,
          )}</dd></dl>`
        : html`<p class="meta">${p.locatorDesc(entity.name[lang])}</p>`,
      "map-locator",
    );
  }
  if (entity.type === "organisation") {
    const m = organisationMap(entity, model.registry, lang, Math.floor(model.referenceTime / 86_400_000));
    if (m.members.length === 0) return "";
    const geometry = mapGeometry(m.request);
    const svg = mapSvg(
      geometry,
      "entity-map",
      `${t.map}: ${entity.name[lang]}`,
      p.membersMapDesc(m.members.length),
    );
    return mapFigure(
      svg,
      html`<dl class="map-facts"><dt><span class="key key-member"></span>${t.members} (${m.members.length})</dt><dd>${names(m.members)}</dd></dl>${missing(geometry.missing)}`,
    );
  }
  return "";
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
    // Members are listed with the map (entityMap), as the same facts as the picture.
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

/** Link-preview details for a page whose only picture is its card. */
function previewOf(image: ReturnType<typeof termPreview>): {
  preview?: { type: "website"; image: NonNullable<typeof image> };
} {
  return image ? { preview: { type: "website", image } } : {};
}
