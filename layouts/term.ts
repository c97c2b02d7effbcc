/**
 * An entity's page: what the registry knows about it, its feeds, then (on the first page) what the coverage
 * adds up to, and its articles newest first, paginated. A summit's page is a hub of its coverage (see hub.ts).
 */
import type { Term } from "../src/index/index.ts";
import type { Entity, Lang } from "../src/registry/index.ts";
import { formatDayRange } from "../src/render/format.ts";
import { html, type SafeHtml } from "../src/render/html.ts";
import { KIND_LABEL, otherLang, STRINGS } from "../src/render/i18n.ts";
import { entityFeedUrl, entityUrl, listUrl, searchFilterUrl } from "../src/render/urls.ts";
import { entityLd, termPreview } from "../src/seo/index.ts";
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
  const passing = (a: (typeof articles)[number]) =>
    a.entities.find((e) => e.key === term.key)?.salience.level === "passing";
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
    ...previewOf(termPreview(model, lang, term.key)),
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
    if (entity.role) rows.push([t.role, entity.role[lang]]);
    if (entity.country) rows.push([t.country, ref(countries.get(entity.country), entity.country)]);
  }
  if (entity.type === "organisation") {
    if (entity.founded) rows.push([t.founded, String(entity.founded)]);
    if (entity.members.length > 0) {
      const members = entity.members.map((code) => ref(countries.get(code), code));
      rows.push([t.members, html`${members.map((m, i) => html`${i > 0 ? ", " : ""}${m}`)}`]);
    }
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
