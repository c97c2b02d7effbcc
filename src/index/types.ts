/** Types of the index stage: articles grouped by language edition and by entity (taxonomy → term → articles). */
import type { Article } from "../enrich/index.ts";
import type { Entity, EntityKey, Lang } from "../registry/index.ts";
import type { ArchiveMonth } from "./archive.ts";
import type { Author } from "./authors.ts";

export type { ArchiveMonth } from "./archive.ts";
export type { Author } from "./authors.ts";

/** One entity's articles in one edition, newest first. */
export interface Term {
  readonly key: EntityKey;
  readonly entity: Entity;
  readonly articles: readonly Article[];
}

/** Everything published in one language. */
export interface Edition {
  readonly lang: Lang;
  /** Newest first: date descending, then slug. */
  readonly articles: readonly Article[];
  /** Entities with at least one article in this edition, in type then id order. */
  readonly terms: ReadonlyMap<EntityKey, Term>;
  /** Months with articles in the site's zone, newest first (the archive). */
  readonly months: readonly ArchiveMonth[];
  /** Byline names by slug, in slug order. */
  readonly authors: ReadonlyMap<string, Author>;
}

/** The whole indexed site. */
export interface SiteIndex {
  readonly editions: Readonly<Record<Lang, Edition>>;
  /** Every published article, both languages, newest first. */
  readonly articles: readonly Article[];
  /** Translation groups: key → the versions, in language order. */
  readonly translations: ReadonlyMap<string, readonly Article[]>;
}
