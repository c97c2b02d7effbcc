/**
 * Related articles: other articles of the same edition ranked by the entities they share with this one
 * (same summit and shared people weigh most), then by closeness in time. Every tie is broken explicitly.
 */
import type { Article } from "../enrich/index.ts";
import type { Edition } from "../index/index.ts";
import type { EntityType } from "../registry/index.ts";

/** Points per shared entity by kind; doubled when both articles are about it (not just mentioning it). */
export const SHARED_WEIGHT: Readonly<Record<EntityType, number>> = {
  summit: 8,
  person: 4,
  organisation: 2,
  country: 1,
};

/** Extra points for articles close in time: within 2 days, within 14 days. */
export function recencyBonus(millisApart: number): number {
  const days = Math.abs(millisApart) / 86_400_000;
  return days <= 2 ? 2 : days <= 14 ? 1 : 0;
}

/** A candidate with its score, for tests and debugging. */
export interface Scored {
  readonly article: Article;
  readonly score: number;
}

/** From each shared entity, only this many articles nearest in time are candidates (see nearestInTime). */
export const CANDIDATES_PER_ENTITY = 200;

/**
 * Scores the articles sharing at least one entity with `article`, best first. Candidates per entity are the
 * CANDIDATES_PER_ENTITY nearest in time, so the cost stays linear in the archive: "China" may tag 50,000
 * articles, but related reading comes from the same weeks, and closeness in time breaks ties anyway.
 */
export function scoreRelated(article: Article, edition: Edition): Scored[] {
  const shared = new Map<Article, number>();
  for (const tag of article.entities) {
    const term = edition.terms.get(tag.key);
    if (!term) continue;
    for (const other of nearestInTime(term.articles, article.date.millis, CANDIDATES_PER_ENTITY)) {
      if (other === article || other.slug === article.slug) continue;
      const both = tag.salience.level === "main" && levelOf(other, tag.key) === "main";
      shared.set(other, (shared.get(other) ?? 0) + SHARED_WEIGHT[tag.type] * (both ? 2 : 1));
    }
  }
  const scored = [...shared].map(([other, points]) => ({
    article: other,
    score: points + recencyBonus(other.date.millis - article.date.millis),
  }));
  return scored.sort(
    (a, b) =>
      b.score - a.score ||
      Math.abs(a.article.date.millis - article.date.millis) -
        Math.abs(b.article.date.millis - article.date.millis) ||
      b.article.date.millis - a.article.date.millis ||
      (a.article.slug < b.article.slug ? -1 : a.article.slug > b.article.slug ? 1 : 0),
  );
}

/** Salience level of each entity per article, computed once (entities lists are scanned per candidate otherwise). */
const levels = new WeakMap<Article, ReadonlyMap<string, string>>();
function levelOf(article: Article, key: string): string | undefined {
  let map = levels.get(article);
  if (!map) {
    map = new Map(article.entities.map((e) => [e.key, e.salience.level]));
    levels.set(article, map);
  }
  return map.get(key);
}

/**
 * The `k` articles of a newest-first list closest in time to `millis` (all of them when the list is short).
 * Binary search to the position, then widen both ways; equal distances prefer the newer article.
 */
export function nearestInTime(list: readonly Article[], millis: number, k: number): readonly Article[] {
  if (list.length <= k) return list;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as Article).date.millis > millis) lo = mid + 1;
    else hi = mid;
  }
  const out: Article[] = [];
  let newer = lo - 1;
  let older = lo;
  while (out.length < k && (newer >= 0 || older < list.length)) {
    const a = newer >= 0 ? list[newer] : undefined;
    const b = older < list.length ? list[older] : undefined;
    if (a && (!b || a.date.millis - millis <= millis - b.date.millis)) {
      out.push(a);
      newer--;
    } else if (b) {
      out.push(b);
      older++;
    }
  }
  return out;
}

/** The `limit` most related articles. */
export function relatedArticles(article: Article, edition: Edition, limit = 5): Article[] {
  return scoreRelated(article, edition)
    .slice(0, limit)
    .map((s) => s.article);
}
