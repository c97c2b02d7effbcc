// Types of ranking.js (plain JavaScript, served to the browser as it is) for the tests that import it.

/** What a PagefindInstance's search() returns in playground mode, as far as ranking reads it. */
export interface PlaygroundResult {
  readonly score: number;
  readonly params?: { readonly document_length: number; readonly average_page_length: number };
  readonly scores?: readonly {
    readonly search_term: string;
    readonly score?: number;
    readonly params: { readonly weighted_term_frequency: number; readonly length_bonus: number };
  }[];
  readonly verbose_meta_scores?: readonly {
    readonly field_weight: number;
    readonly matched_terms: readonly string[];
    readonly coverage_boost: number;
  }[];
}
export interface PlaygroundResponse<R extends PlaygroundResult = PlaygroundResult> {
  readonly query_term_idfs?: readonly { readonly term: string; readonly idf: number }[];
  readonly results: readonly R[];
}
export interface ShardAnswer<R extends PlaygroundResult = PlaygroundResult> {
  readonly pages: number;
  readonly averageLength: number;
  readonly response: PlaygroundResponse<R>;
}

export function idfOf(pagesWithTerm: number, pages: number): number;
export function pagesWithTerm(idf: number, pages: number): number;
export function termOf(word: string, terms: readonly string[]): string | undefined;
export function scoreOf(
  result: PlaygroundResult,
  terms: readonly string[],
  idf: (term: string) => number,
  averageLength: number,
): number | undefined;
export function foundTerms(shards: readonly ShardAnswer[]): Set<number>;
export function rankShards<R extends PlaygroundResult>(
  shards: readonly ShardAnswer<R>[],
  foundElsewhere?: ReadonlySet<number>,
): { result: R; score: number }[];
