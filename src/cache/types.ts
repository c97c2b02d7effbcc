/** Types of the article cache: what the pipeline derives from one article file alone, kept by content hash. */
import type { Diagnostic } from "../diagnostics/index.ts";
import type { Article } from "../enrich/index.ts";
import type { SourceFile } from "../load/index.ts";

/**
 * The outcome of parsing, validating, resolving and tagging one file, given the registry and site config.
 * Nothing in it depends on other articles, so it can be reused whenever the file and its context are unchanged.
 */
export interface ArticleOutcome {
  /** Every diagnostic of this file from those stages (advice over the whole site comes later). */
  readonly diagnostics: readonly Diagnostic[];
  /**
   * The code frame of each diagnostic, in their order, made while the file's text was at hand (undefined where
   * none): a build that knows the file unchanged by its stamp never reads it, not even to show its warnings.
   */
  readonly frames?: readonly (string | undefined)[];
  /** The enriched article; absent when the file had errors. */
  readonly article?: Article;
  /** The body as HTML, filled the first time a build renders it (a `check` never does). */
  body?: string;
  /**
   * Instead of `body`: the digest of the body HTML kept on disk beside the cache (src/cache/bodies.ts), read
   * when its page is rendered.
   */
  readonly bodyFile?: string;
  /** The digest of the article's card (src/enrich/cardDigest.ts), made with the article. */
  readonly card?: string;
}

/** Outcomes by content key (see contentKey). A plain Map, so it survives v8 serialisation unchanged. */
export type ArticleCache = Map<string, ArticleOutcome>;

/** Bodies kept on disk (src/cache/bodies.ts), and the article files to make one again from. */
export interface KeptBodies {
  /** The body of entry `key` when its file is there and hashes to `digest`, else undefined. */
  read(key: string, digest: string): string | undefined;
  /** An article file as it is now (`path` as the build names it), to render a body that could not be read. */
  source(path: string): SourceFile | undefined;
}
