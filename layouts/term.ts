/** An entity's page: what the registry knows about it, then its articles newest first, paginated. */
import type { Term } from "../src/index/index.ts";
import type { Entity, Lang } from "../src/registry/index.ts";
import { formatDayRange } from "../src/render/format.ts";
import { html, type SafeHtml } from "../src/render/html.ts";
import { KIND_LABEL, STRINGS } from "../src/render/i18n.ts";
import { entityUrl, listUrl } from "../src/render/urls.ts";
import type { SiteModel } from "../src/site/types.ts";
import { page } from "./base.ts";
import { pagination, teaserList } from "./parts.ts";

export function termPage(model: SiteModel, lang: Lang, term: Term, n: number, count: number): string {
  const t = STRINGS[lang];
  const entity = term.entity;
  const size = model.config.pageSize;
  const articles = term.articles.slice((n - 1) * size, n * size);
  const passing = (a: (typeof articles)[number]) =>
    a.entities.find((e) => e.key === term.key)?.salience.level === "passing";
  const other = lang === "de" ? "en" : "de";
  const alternate = model.index.editions[other].terms.has(term.key) ? entityUrl(other, entity) : undefined;
  const body = html`<nav aria-label="${t.breadcrumb}" class="breadcrumb"><a href="${listUrl(lang, entity.type)}">${KIND_LABEL[lang][entity.type]}</a></nav>
<header class="entity-header">
<h1>${entity.name[lang]}${n > 1 ? html` <span class="page-no">(${t.page} ${n})</span>` : ""}</h1>
${facts(model, lang, entity)}
${entity.description ? html`<p class="description">${entity.description[lang]}</p>` : ""}
</header>
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
  });
}

/** A link to an entity's page in this edition when it has one, else its plain name. */
function ref(model: SiteModel, lang: Lang, entity: Entity | undefined, fallback: string): SafeHtml | string {
  if (!entity) return fallback;
  const key = `${entity.type}:${entity.id}` as const;
  return model.index.editions[lang].terms.has(key)
    ? html`<a href="${entityUrl(lang, entity)}">${entity.name[lang]}</a>`
    : entity.name[lang];
}

/** The key facts per kind of entity, as a description list. */
function facts(model: SiteModel, lang: Lang, entity: Entity): SafeHtml {
  const t = STRINGS[lang];
  const rows: [string, SafeHtml | string][] = [];
  const { countries, organisations } = model.registry;
  if (entity.type === "summit") {
    const host = countries.get(entity.country);
    rows.push([t.dates, formatDayRange(entity.start, entity.end, lang)]);
    rows.push([t.host, html`${entity.city[lang]}, ${ref(model, lang, host, entity.country)}`]);
    rows.push([t.organisation, ref(model, lang, organisations.get(entity.organisation), entity.organisation)]);
  }
  if (entity.type === "person") {
    if (entity.role) rows.push([t.role, entity.role[lang]]);
    if (entity.country) rows.push([t.country, ref(model, lang, countries.get(entity.country), entity.country)]);
  }
  if (entity.type === "organisation") {
    if (entity.acronym) rows.push(["", entity.acronym[lang]]);
    if (entity.founded) rows.push([t.founded, String(entity.founded)]);
    if (entity.members.length > 0) {
      const members = entity.members.map((code) => ref(model, lang, countries.get(code), code));
      rows.push([t.members, html`${members.map((m, i) => html`${i > 0 ? ", " : ""}${m}`)}`]);
    }
  }
  if (entity.wikidata) {
    rows.push([t.wikidata, html`<a href="https://www.wikidata.org/wiki/${entity.wikidata}">${entity.wikidata}</a>`]);
  }
  const shown = rows.filter(([label]) => label !== "");
  if (shown.length === 0) return html``;
  return html`<dl class="facts">${shown.map(([label, value]) => html`<dt>${label}</dt><dd>${value}</dd>`)}</dl>`;
}
