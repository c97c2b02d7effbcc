/**
 * `entity`: a country's, person's, organisation's or summit's page: what the registry knows about it, its feeds,
 * then (on the first page) its map and what the coverage adds up to — a summit's hub, the others' statistics —
 * and its articles newest first, paginated.
 */
import type { Term } from "../index/index.ts";
import type { Entity, Lang, Person, RegistryDate } from "../registry/index.ts";
import { termsByStart } from "../registry/index.ts";
import {
  entityFeedUrl,
  entityUrl,
  escapeHtml,
  formatDay,
  formatDayRange,
  formatMonth,
  frontUrl,
  html,
  kindLabel,
  listUrl,
  type SafeHtml,
  searchFilterUrl,
  type UiStrings,
} from "../render/index.ts";
import { entityLd, termPreview } from "../seo/index.ts";
import { entityRef, otherEdition, type PageContext, stringsOf } from "./context.ts";
import { entityMap } from "./entityMap.ts";
import { hubData, zoneLabel } from "./hub.ts";
import { paginationOf } from "./pagination.ts";
import { shell } from "./shell.ts";
import { statsData } from "./stats.ts";
import { storyOf } from "./story.ts";
import type { EntityPageData, EntityRef, Html } from "./types.ts";

export function entityPageData(
  ctx: PageContext,
  lang: Lang,
  term: Term,
  n: number,
  count: number,
): EntityPageData {
  const { model } = ctx;
  const t = stringsOf(ctx, lang);
  const entity = term.entity;
  const size = model.config.pageSize;
  const articles = term.articles.slice((n - 1) * size, n * size);
  // A summit's own coverage is never "mentioned"; an article that only refers to it always is.
  const passing = (a: (typeof articles)[number]) =>
    entity.type === "summit"
      ? a.summit !== entity.id
      : a.entities.find((e) => e.key === term.key)?.salience.level === "passing";
  const other = otherEdition(ctx, lang);
  const alternate =
    other && model.index.editions[other].terms.has(term.key) ? entityUrl(other, entity) : undefined;
  const name = entity.name[lang];
  const image = termPreview(model, lang, term.key);
  const first = n === 1;
  const map = first ? entityMap(ctx, lang, entity) : undefined;
  return {
    ...shell(ctx, "entity", {
      lang,
      title: first ? name : `${name} (${t.page} ${n})`,
      description: entity.description?.[lang] ?? `${kindLabel(t, entity.type)}: ${name}`,
      url: entityUrl(lang, entity, n),
      ...(alternate && first ? { alternate } : {}),
      feeds: {
        title: `${name} – ${model.config.title[lang]}`,
        atom: entityFeedUrl(lang, entity, "atom"),
        json: entityFeedUrl(lang, entity, "json"),
      },
      ...(first ? { jsonLd: [entityLd(model, lang, entity)] } : {}),
      ...(image ? { preview: { type: "website" as const, image } } : {}),
    }),
    entity: {
      type: entity.type,
      id: entity.id,
      name,
      ...(entity.description ? { description: entity.description[lang] } : {}),
      ...(entity.wikidata ? { wikidata: entity.wikidata } : {}),
    },
    list: { text: kindLabel(t, entity.type), url: listUrl(lang, entity.type) },
    facts: facts(ctx, lang, entity),
    onlyInThisLanguage: alternate === undefined,
    ...(other ? { otherEdition: { text: t.otherEdition, url: frontUrl(other), lang: other } } : {}),
    searchUrl: searchFilterUrl(lang, entity),
    stories: articles.map((a) => storyOf(ctx, a, { passing: passing(a) })),
    total: term.articles.length,
    pagination: paginationOf(n, count, (k) => entityUrl(lang, entity, k)),
    ...(map ? { map } : {}),
    ...(first && entity.type === "summit" ? { hub: hubData(ctx, lang, term) } : {}),
    ...(first && entity.type !== "summit" ? { stats: statsData(ctx, lang, term) } : {}),
  };
}

/** A registry date as precise as it was written: a day, a month or a year. */
function registryDateText(text: string, lang: Lang): string {
  if (text.length === 10) return formatDay(text, lang);
  if (text.length === 7) return formatMonth(text, lang);
  return text;
}

function registryDate(date: RegistryDate, lang: Lang): string {
  return registryDateText(date.text, lang);
}

/** A person's offices, latest first: "President of Kazakhstan (since 20 March 2019)". */
function officeLines(ctx: PageContext, lang: Lang, person: Person, t: UiStrings): string[] {
  return termsByStart(person)
    .reverse()
    .flatMap((term) => {
      const office = ctx.model.registry.offices.get(term.office);
      if (office === undefined) return [];
      const from = term.from ? registryDate(term.from, lang) : undefined;
      const to = term.to ? registryDate(term.to, lang) : undefined;
      const span =
        to === undefined ? (from === undefined ? "" : ` (${t.since} ${from})`) : ` (${from ?? "…"} – ${to})`;
      return [`${office.title[lang]}${term.acting ? ` (${t.acting})` : ""}${span}`];
    });
}

/** An entity's name, linked when the edition has its page, as markup. */
function linked(ref: EntityRef): SafeHtml | string {
  return ref.url ? html`<a href="${ref.url}">${ref.name}</a>` : ref.name;
}

/** The key facts per kind of entity: label and value (markup: values link to other entities). */
function facts(ctx: PageContext, lang: Lang, entity: Entity): { label: string; value: Html }[] {
  const t = stringsOf(ctx, lang);
  const rows: [string, SafeHtml | string][] = [];
  const { countries, organisations } = ctx.model.registry;
  if (entity.type === "summit") {
    const host = entityRef(ctx, lang, countries.get(entity.country), { type: "country", id: entity.country });
    const organisation = entityRef(ctx, lang, organisations.get(entity.organisation), {
      type: "organisation",
      id: entity.organisation,
    });
    rows.push([t.dates, formatDayRange(entity.start, entity.end, lang)]);
    rows.push([t.host, html`${entity.city[lang]}, ${linked(host)}`]);
    rows.push([t.hostZone, zoneLabel(entity.timeZone, entity.start)]);
    rows.push([t.organisation, linked(organisation)]);
  }
  if (entity.type === "person") {
    const offices = officeLines(ctx, lang, entity, t);
    if (offices.length > 0)
      rows.push([t.offices, html`<ul class="offices">${offices.map((o) => html`<li>${o}</li>`)}</ul>`]);
    if (entity.country) {
      const country = entityRef(ctx, lang, countries.get(entity.country), {
        type: "country",
        id: entity.country,
      });
      rows.push([t.country, linked(country)]);
    }
    if (entity.born) rows.push([t.born, registryDate(entity.born, lang)]);
    if (entity.died) rows.push([t.died, registryDate(entity.died, lang)]);
  }
  if (entity.type === "organisation") {
    if (entity.founded) rows.push([t.founded, registryDateText(entity.founded, lang)]);
    const parent = entity.parent ? organisations.get(entity.parent) : undefined;
    if (parent) rows.push([t.partOf, linked(entityRef(ctx, lang, parent, parent))]);
    // Members are listed with the map (entityMap), as the same facts as the picture.
  }
  if (entity.wikidata) {
    rows.push([
      t.wikidata,
      html`<a href="https://www.wikidata.org/wiki/${entity.wikidata}">${entity.wikidata}</a>`,
    ]);
  }
  return rows.map(([label, value]) => ({
    label,
    value: typeof value === "string" ? escapeHtml(value) : value.value,
  }));
}
