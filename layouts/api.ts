/** The JSON API files: every article, and every entity with its articles' URLs. Stable, documented in the README. */
import { entityByKey } from "../src/index/index.ts";
import {
  type Entity,
  type EntityKey,
  type EntityType,
  LANGS,
  type Person,
  type Summit,
  summitFacts,
} from "../src/registry/index.ts";
import { articleUrl, entityUrl } from "../src/render/urls.ts";
import type { SiteModel } from "../src/site/types.ts";
import { namedInCoverage, splitCoverage } from "../src/stats/index.ts";

const TYPES: readonly EntityType[] = ["country", "person", "organisation", "summit"];
const PLURAL: Record<EntityType, string> = {
  country: "countries",
  person: "people",
  organisation: "organisations",
  summit: "summits",
};

/** `/api/articles.json`: url, title, date, lang, summit and entity ids by type, newest first; URLs under `path`. */
export function articlesJson(model: SiteModel, path = ""): string {
  const articles = model.index.articles.map((a) => {
    const ids = Object.fromEntries(
      TYPES.map((type) => [PLURAL[type], a.entities.filter((e) => e.type === type).map((e) => e.id)]),
    );
    return {
      url: path + articleUrl(a),
      title: a.title,
      date: a.date.iso,
      ...(a.updated ? { updated: a.updated.iso } : {}),
      lang: a.lang,
      ...(a.summit ? { summit: a.summit } : {}),
      ...(a.mentionedSummits ? { mentionedSummits: a.mentionedSummits } : {}),
      ...ids,
    };
  });
  return `${JSON.stringify({ version: 1, articles }, null, 2)}\n`;
}

/** `/api/entities.json`: every entity with at least one article, its names, page URLs and article URLs (under `path`). */
export function entitiesJson(model: SiteModel, path = ""): string {
  const keys = new Set<EntityKey>();
  for (const lang of LANGS) for (const key of model.index.editions[lang].terms.keys()) keys.add(key);
  const entities = [...keys].sort().flatMap((key) => {
    const entity = entityByKey(model.registry, key);
    if (!entity) return [];
    const urls: Record<string, string> = {};
    const articles: string[] = [];
    for (const lang of LANGS) {
      const term = model.index.editions[lang].terms.get(key);
      if (!term) continue;
      urls[lang] = path + entityUrl(lang, entity);
      // One by one: push(...list) overflows the stack for an entity in some 100,000 articles.
      for (const a of term.articles) articles.push(path + articleUrl(a));
    }
    return [
      {
        type: entity.type,
        id: entity.id,
        names: { de: entity.name.de, en: entity.name.en },
        ...(entity.wikidata ? { wikidata: entity.wikidata } : {}),
        ...facts(model, entity),
        urls,
        articles,
      },
    ];
  });
  return `${JSON.stringify({ version: 1, entities }, null, 2)}\n`;
}

/** A summit's dates, host and participants; a person's offices. Other entities: nothing more. */
function facts(model: SiteModel, entity: Entity): Record<string, unknown> {
  if (entity.type === "person") return { offices: offices(model, entity) };
  if (entity.type === "summit") return summitEntry(model, entity);
  return {};
}

/** A person's terms in office with dates as precise as the registry has them, earliest first. */
function offices(model: SiteModel, person: Person): Record<string, unknown>[] {
  return [...person.offices]
    .sort((a, b) => (a.from?.lo ?? -Infinity) - (b.from?.lo ?? -Infinity))
    .flatMap((term) => {
      const office = model.registry.offices.get(term.office);
      if (!office) return [];
      return [
        {
          office: office.id,
          title: { de: office.title.de, en: office.title.en },
          of: office.of,
          role: office.role,
          ...(term.from ? { from: term.from.text } : {}),
          ...(term.to ? { to: term.to.text } : {}),
          ...(term.acting ? { acting: true } : {}),
        },
      ];
    });
}

/**
 * Dates, host and participants: from the registry (`source: "registry"`, with status and stand-ins) when the
 * summit's attendance was checked, then the people its coverage names (`source: "text"`).
 */
function summitEntry(model: SiteModel, summit: Summit): Record<string, unknown> {
  const facts = summitFacts(model.registry, summit);
  const coverage = LANGS.flatMap((lang) => {
    const term = model.index.editions[lang].terms.get(`summit:${summit.id}`);
    return term ? splitCoverage(summit.id, term.articles).coverage : [];
  });
  const named = namedInCoverage(summit, coverage, facts, model.registry, "en")
    .map((c) => c.entity.id)
    .sort();
  return {
    start: summit.start,
    end: summit.end,
    host: { city: { de: summit.city.de, en: summit.city.en }, country: summit.country },
    attendanceChecked: facts.checked,
    participants: [
      ...facts.participants.map((p) => ({
        id: p.person.id,
        source: "registry",
        role: p.role,
        status: p.status,
        ...(p.member ? { member: p.member.id } : {}),
        ...(p.representedBy ? { representedBy: p.representedBy.id } : {}),
        ...(p.represents ? { represents: p.represents.id } : {}),
      })),
      ...named.map((id) => ({ id, source: "text" })),
    ],
  };
}
