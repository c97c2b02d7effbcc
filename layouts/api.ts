/** The JSON API files: every article, and every entity with its articles' URLs. Stable, documented in the README. */
import { entityByKey } from "../src/index/index.ts";
import { type EntityKey, type EntityType, LANGS } from "../src/registry/index.ts";
import { articleUrl, entityUrl } from "../src/render/urls.ts";
import type { SiteModel } from "../src/site/types.ts";

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
        urls,
        articles,
      },
    ];
  });
  return `${JSON.stringify({ version: 1, entities }, null, 2)}\n`;
}
