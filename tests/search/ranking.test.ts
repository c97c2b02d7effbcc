/**
 * The search page's ranking across shards (layouts/assets/ranking.js). The fixture is what Pagefind 1.6.0 itself
 * answered in playground mode: four hash shards of one language's 5,000 article pages (top 3 each) and the
 * scores a single index over the same pages gave those pages. The browser test (overlap.test.ts) checks the
 * same against live Pagefind bundles.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  foundTerms,
  idfOf,
  pagesWithTerm,
  rankShards,
  scoreOf,
  termOf,
} from "../../layouts/assets/ranking.js";

interface Fixture {
  query: string;
  shards: {
    pages: number;
    response: { query_term_idfs: { term: string; idf: number }[]; results: Result[] };
  }[];
  /** URL → the single index's score. */
  single: Record<string, number>;
}
interface Result {
  url: string;
  score: number;
  params: { document_length: number; average_page_length: number; total_pages: number };
  scores: { search_term: string; params: { weighted_term_frequency: number; length_bonus: number } }[];
  verbose_meta_scores?: {
    field_name: string;
    field_weight: number;
    matched_terms: string[];
    coverage_boost: number;
  }[];
}

const fixture = JSON.parse(
  readFileSync(new URL("../fixtures/search/playground-two-terms.json", import.meta.url), "utf8"),
) as Fixture;

const shardsOf = (f: Fixture) =>
  f.shards.map((s) => ({
    pages: s.pages,
    averageLength: s.response.results[0]?.params.average_page_length ?? 0,
    response: s.response,
  }));

describe("ranking a language's search shards as one index", () => {
  it("recovers how many pages hold a term from the idf Pagefind reports (in 32-bit floats)", () => {
    for (const pages of [1, 7, 1250, 5000, 20_000])
      for (const held of [0, 1, 2, 3, Math.floor(pages / 3), pages - 1, pages].filter(
        (n) => n >= 0 && n <= pages,
      ))
        expect(pagesWithTerm(Math.fround(idfOf(held, pages)), pages), `${held} of ${pages}`).toBe(held);
  });

  it("tells which query term an index word was matched for: extended, else the word it begins", () => {
    const terms = ["china", "gesprach", "kasachstanreise"];
    expect(termOf("chinas", terms)).toBe("china");
    expect(termOf("gesprach", terms)).toBe("gesprach");
    expect(termOf("kasachstan", terms)).toBe("kasachstanreise");
    expect(termOf("russland", terms)).toBeUndefined();
  });

  it("gives back Pagefind's own score inside each shard from the parts it reports", () => {
    for (const shard of fixture.shards) {
      const terms = shard.response.query_term_idfs.map((q) => q.term);
      const own = new Map(shard.response.query_term_idfs.map((q) => [q.term, q.idf]));
      for (const r of shard.response.results) {
        const score = scoreOf(r, terms, (t: string) => own.get(t) ?? 0, r.params.average_page_length);
        expect((score ?? 0) / r.score, r.url).toBeCloseTo(1, 5);
      }
    }
  });

  it("scores every page as the single index over all the shards' pages does", () => {
    const ranked = rankShards(shardsOf(fixture));
    expect(ranked).toHaveLength(12);
    for (const { result, score } of ranked) {
      const single = fixture.single[result.url] as number;
      expect(score / single, result.url).toBeCloseTo(1, 5);
    }
  });

  it("orders the shards' results as the single index does, which their own scores do not", () => {
    const bySingle = Object.entries(fixture.single)
      .sort((a, b) => b[1] - a[1])
      .map(([url]) => url);
    const byOwn = fixture.shards
      .flatMap((s) => s.response.results)
      .sort((a, b) => b.score - a.score)
      .map((r) => r.url);
    expect(byOwn).not.toEqual(bySingle);
    expect(rankShards(shardsOf(fixture)).map((r) => r.result.url)).toEqual(bySingle);
  });
});

/** A result matched by `words` (index word → weighted frequency), on a page of 100 words. */
function result(score: number, words: Record<string, number>) {
  return {
    score,
    params: { document_length: 100, average_page_length: 100, total_pages: 100 },
    scores: Object.entries(words).map(([w, tf]) => ({
      search_term: w,
      score: score / Object.keys(words).length / 1.8,
      params: { weighted_term_frequency: tf, length_bonus: 1 },
    })),
  };
}
const shard = (term: string, held: number, results: ReturnType<typeof result>[]) => ({
  pages: 100,
  averageLength: 100,
  response: { query_term_idfs: [{ term, idf: idfOf(held, 100) }], results },
});

describe("Pagefind's fallback to a shorter word, across shards", () => {
  it("leaves out a shard's results for a word it only began while another shard holds the word", () => {
    const ranked = rankShards([
      shard("nato", 5, [result(5, { nato: 2 })]),
      shard("nato", 40, [result(9, { na: 3 })]),
    ]);
    expect(ranked.map((r) => r.result.scores[0]?.search_term)).toEqual(["nato"]);
  });

  it("keeps the longest shorter word when no shard holds one beginning with the term", () => {
    const ranked = rankShards([
      shard("kasachstanreise", 20, [result(5, { kasachstan: 2 })]),
      shard("kasachstanreise", 40, [result(9, { kasach: 3 })]),
    ]);
    expect(ranked.map((r) => r.result.scores[0]?.search_term)).toEqual(["kasachstan"]);
  });

  it("answers no query word by its beginnings when the other language holds it", () => {
    const german = [shard("among", 30, [result(5, { am: 2 })])];
    const english = [shard("among", 30, [result(5, { among: 2 })])];
    expect(foundTerms(english)).toEqual(new Set([0]));
    expect(rankShards(german, foundTerms(english))).toEqual([]);
    expect(rankShards(german)).toHaveLength(1);
  });
});
