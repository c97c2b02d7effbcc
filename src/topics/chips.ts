/**
 * An article's topics in order of importance, for the chips under it and for its kicker: the entities it is
 * mainly about first (front matter, then title, then summary, then how often it names them), then the ones it
 * mentions in passing. At most five are shown; the rest sit behind "more".
 */
import type { Article } from "../enrich/index.ts";
import type { EntityKey, EntityType } from "../registry/index.ts";
import type { TaggedEntity } from "../tag/index.ts";

/** Chips shown under an article before "more". */
export const SHOWN_CHIPS = 5;

/** When two topics weigh the same: the summit, then people, organisations, countries. */
const TYPE_ORDER: readonly EntityType[] = ["summit", "person", "organisation", "country"];

function weight(e: TaggedEntity): number {
  const s = e.salience;
  return (
    (s.frontMatter ? 1000 : 0) + (s.inTitle ? 100 : 0) + (s.inSummary ? 10 : 0) + Math.min(s.mentions, 9)
  );
}

/** The article's entities (those `hasPage` accepts) in order of importance. */
export function rankTopics(article: Article, hasPage: (key: EntityKey) => boolean): TaggedEntity[] {
  return article.entities
    .filter((e) => hasPage(e.key))
    .sort(
      (a, b) =>
        (a.salience.level === "main" ? 0 : 1) - (b.salience.level === "main" ? 0 : 1) ||
        weight(b) - weight(a) ||
        TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
}

/** Up to SHOWN_CHIPS of the main topics to show, and everything else for "more". */
export function splitChips(ranked: readonly TaggedEntity[]): {
  shown: readonly TaggedEntity[];
  more: readonly TaggedEntity[];
} {
  const main = ranked.filter((e) => e.salience.level === "main").slice(0, SHOWN_CHIPS);
  const shown = new Set(main);
  return { shown: main, more: ranked.filter((e) => !shown.has(e)) };
}
