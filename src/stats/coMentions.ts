/** Which entities appear together with one entity: co-mentions, and the summits it appears in. */
import type { Article } from "../enrich/index.ts";
import { entityByKey } from "../index/index.ts";
import type { Entity, EntityKey, EntityType, Lang, Registry, Summit } from "../registry/index.ts";
import { bump, type Counted, rankCounted } from "./rank.ts";

/** Entities tagged in the same articles as `key` (optionally of some kinds), with the number of shared articles. */
export function coMentioned(
  key: EntityKey,
  articles: readonly Article[],
  registry: Registry,
  lang: Lang,
  types?: readonly EntityType[],
): Counted[] {
  const counts = new Map<EntityKey, Counted>();
  for (const article of articles) {
    const seen = new Set<EntityKey>();
    for (const tag of article.entities) {
      if (tag.key === key || seen.has(tag.key) || (types && !types.includes(tag.type))) continue;
      seen.add(tag.key);
      const entity = entityByKey(registry, tag.key);
      if (entity) bump<Entity>(counts, tag.key, entity);
    }
  }
  return rankCounted(counts, lang);
}

/**
 * The summits an entity's articles belong to (their own summit, not one they merely refer to), most covered
 * first.
 */
export function summitsOf(
  key: EntityKey,
  articles: readonly Article[],
  registry: Registry,
  lang: Lang,
): Counted<Summit>[] {
  const counts = new Map<EntityKey, Counted<Summit>>();
  for (const article of articles) {
    if (article.summit === undefined || key === `summit:${article.summit}`) continue;
    const summit = registry.summits.get(article.summit);
    if (summit) bump(counts, `summit:${summit.id}`, summit);
  }
  return rankCounted(counts, lang);
}
