/** Counting and ranking entities: count descending, then name in the page's language, then key. */
import type { Entity, EntityKey, Lang } from "../registry/index.ts";

/** An entity with how many articles it appears in. */
export interface Counted<E extends Entity = Entity> {
  readonly entity: E;
  readonly count: number;
}

const COLLATORS: Readonly<Record<Lang, Intl.Collator>> = {
  de: new Intl.Collator("de-DE"),
  en: new Intl.Collator("en-GB"),
};

/** Compares names as readers of the language expect (ä next to a), with a code-point tie-break. */
export function compareNames(a: string, b: string, lang: Lang): number {
  return COLLATORS[lang].compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Sorts counted entities: most first, then by name, then by key. */
export function rankCounted<E extends Entity>(
  counts: ReadonlyMap<EntityKey, Counted<E>>,
  lang: Lang,
): Counted<E>[] {
  return [...counts.values()].sort(
    (a, b) =>
      b.count - a.count ||
      compareNames(a.entity.name[lang], b.entity.name[lang], lang) ||
      (a.entity.id < b.entity.id ? -1 : a.entity.id > b.entity.id ? 1 : 0),
  );
}

/** Adds one to an entity's count. */
export function bump<E extends Entity>(counts: Map<EntityKey, Counted<E>>, key: EntityKey, entity: E): void {
  counts.set(key, { entity, count: (counts.get(key)?.count ?? 0) + 1 });
}
