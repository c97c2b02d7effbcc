/**
 * The kicker above a headline: the summit an article belongs to ("SOZ-Gipfel Tianjin", "SCO summit Tianjin"),
 * or else its most important topic ("Kasachstan", "NATO"). Shown in capitals by the stylesheet, written here in
 * normal case so screen readers read words, not letters.
 */
import type { Article } from "../enrich/index.ts";
import { entityByKey } from "../index/index.ts";
import type { EntityKey, Lang, Registry, Summit } from "../registry/index.ts";
import { rankTopics } from "./chips.ts";

/** "SOZ-Gipfel Tianjin" / "SCO summit Tianjin"; the summit's name without its year when the body has no acronym. */
export function summitKicker(summit: Summit, registry: Registry, lang: Lang): string {
  const acronym = registry.organisations.get(summit.organisation)?.acronym?.[lang];
  const city = summit.city[lang];
  if (acronym) return lang === "de" ? `${acronym}-Gipfel ${city}` : `${acronym} summit ${city}`;
  // The name without its year ("G20-Gipfel 2025 in Johannesburg" → "G20-Gipfel in Johannesburg"): words, no regex.
  return summit.name[lang]
    .split(" ")
    .filter((word) => !/^\d{4}$/.test(word))
    .join(" ");
}

/** The kicker of an article, or undefined when it has neither summit nor topic with a page. */
export function kickerOf(
  article: Article,
  registry: Registry,
  hasPage: (key: EntityKey) => boolean,
): string | undefined {
  const summit = article.summit ? registry.summits.get(article.summit) : undefined;
  if (summit) return summitKicker(summit, registry, article.lang);
  const top = rankTopics(article, hasPage).find((e) => e.salience.level === "main" && e.type !== "summit");
  const entity = top ? entityByKey(registry, top.key) : undefined;
  if (!entity) return undefined;
  if (entity.type === "organisation" && entity.acronym) return entity.acronym[article.lang];
  return entity.name[article.lang];
}
