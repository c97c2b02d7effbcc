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

/** Scores every article sharing at least one entity with `article`, best first. */
export function scoreRelated(article: Article, edition: Edition): Scored[] {
  const shared = new Map<Article, number>();
  for (const tag of article.entities) {
    const term = edition.terms.get(tag.key);
    if (!term) continue;
    for (const other of term.articles) {
      if (other === article || other.slug === article.slug) continue;
      const theirs = other.entities.find((e) => e.key === tag.key);
      const both = tag.salience.level === "main" && theirs?.salience.level === "main";
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

/** The `limit` most related articles. */
export function relatedArticles(article: Article, edition: Edition, limit = 5): Article[] {
  return scoreRelated(article, edition)
    .slice(0, limit)
    .map((s) => s.article);
}
