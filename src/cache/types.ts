/** Types of the article cache: what the pipeline derives from one article file alone, kept by content hash. */
import type { Diagnostic } from "../diagnostics/index.ts";
import type { Article } from "../enrich/index.ts";

/**
 * The outcome of parsing, validating, resolving and tagging one file, given the registry and site config.
 * Nothing in it depends on other articles, so it can be reused whenever the file and its context are unchanged.
 */
export interface ArticleOutcome {
  /** Every diagnostic of this file from those stages (advice over the whole site comes later). */
  readonly diagnostics: readonly Diagnostic[];
  /** The enriched article; absent when the file had errors. */
  readonly article?: Article;
  /** The body as HTML, filled the first time a build renders it (a `check` never does). */
  body?: string;
  /** The digest of the article's card (src/enrich/cardDigest.ts), made with the article. */
  readonly card?: string;
}

/** Outcomes by content key (see contentKey). A plain Map, so it survives v8 serialisation unchanged. */
export type ArticleCache = Map<string, ArticleOutcome>;
