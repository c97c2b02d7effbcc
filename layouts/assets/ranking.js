// summitdesk search ranking: the results of a language's search shards ranked as one Pagefind index over all
// their pages would rank them. Loaded by search.js; pure functions, no DOM (tests/layouts/ranking.test.ts).
//
// Each shard is its own Pagefind index and scores by its own statistics: how many of its pages hold a word
// (idf), how long its pages are on average. Merging shards by those scores ranks a page by the luck of its
// shard. In Pagefind's playground mode a result carries what its score is made of (per matched word: its
// weighted frequency and length bonus; per page: its length; per shard: each query term's idf), so the score
// can be made again with the statistics of all shards together:
//   score = a · Σ_words idf(term) · tf(word) + Σ_fields weight · m · (m / T)²
// where tf is BM25's term frequency (Pagefind's default weights), m the idf of the query terms a metadata field
// (title, summary) matched and T the idf of all of them; `a` (the weight of the text against the fields) is
// read back from each result rather than assumed. tests/layouts/ranking.test.ts checks that this gives back
// Pagefind's own score inside one shard.

/** Pagefind's default ranking weights (we never set others): term saturation k1 and page length b. */
const K1 = 1.4;
const B = 0.75;

/** BM25's inverse document frequency, as Pagefind computes it. */
export function idfOf(pagesWithTerm, pages) {
  return Math.log((pages - pagesWithTerm + 0.5) / (pagesWithTerm + 0.5) + 1);
}

/** The number of pages holding a term in a shard of `pages` pages, from the idf Pagefind reports for it. */
export function pagesWithTerm(idf, pages) {
  return Math.max(0, Math.round((pages + 1) / Math.exp(idf) - 0.5));
}

/**
 * The query term (stemmed, as Pagefind reports it) an index word was matched for: the longest term it extends,
 * else the longest term it is the beginning of (Pagefind falls back to that when an index has no word
 * extending the term).
 */
export function termOf(word, terms) {
  let extended;
  let prefix;
  for (const term of terms) {
    if (word.startsWith(term)) {
      if (!extended || term.length > extended.length) extended = term;
    } else if (term.startsWith(word) && (!prefix || term.length > prefix.length)) {
      prefix = term;
    }
  }
  return extended ?? prefix;
}

/** BM25's saturating term frequency with Pagefind's weights. */
function termFrequency(weighted, lengthBonus, pageLength, averageLength) {
  const x = weighted * lengthBonus;
  return ((K1 + 1) * x) / (K1 * (1 - B + B * (pageLength / averageLength)) + x);
}

/**
 * A result's score from its playground data and the given statistics: `idf(term)` and the average page length.
 * Undefined when the result carries no playground data (an exact "phrase" search has none).
 */
export function scoreOf(result, terms, idf, averageLength) {
  if (!Array.isArray(result.scores) || result.scores.length === 0 || !result.params) return undefined;
  const pageLength = result.params.document_length;
  let words = 0;
  let ownWords = 0;
  for (const s of result.scores) {
    const term = termOf(s.search_term, terms);
    if (term === undefined) return undefined;
    ownWords += s.score;
    words +=
      idf(term) *
      termFrequency(s.params.weighted_term_frequency, s.params.length_bonus, pageLength, averageLength);
  }
  const fields = result.verbose_meta_scores ?? [];
  const ownFields = fields.reduce((sum, f) => sum + f.coverage_boost, 0);
  // The text's weight against the fields, as this result's own score was made.
  const a = ownWords > 0 ? (result.score - ownFields) / ownWords : 1;
  const all = terms.reduce((sum, t) => sum + idf(t), 0);
  let boosts = 0;
  for (const f of fields) {
    const matched = new Set(f.matched_terms.map((w) => termOf(w, terms)).filter((t) => t !== undefined));
    const m = [...matched].reduce((sum, t) => sum + idf(t), 0);
    if (all > 0) boosts += f.field_weight * m * (m / all) ** 2;
  }
  return a * words + boosts;
}

/** The query's terms as a language's shards report them (stemmed, in the query's order). */
function termsOf(shards) {
  const terms = [];
  for (const { response } of shards)
    for (const q of response?.query_term_idfs ?? []) if (!terms.includes(q.term)) terms.push(q.term);
  return terms;
}

/** Every index word the shards' results matched, with the query term it was matched for. */
function* matchedWords(shards, terms) {
  for (const { response } of shards)
    for (const r of response?.results ?? [])
      for (const s of r.scores ?? []) {
        const term = termOf(s.search_term, terms);
        if (term !== undefined) yield { word: s.search_term, term };
      }
}

/**
 * The positions in the query of the terms some shard of a language holds words for that begin with the term
 * (rather than only a shorter word the term begins with, Pagefind's fallback). Given to the other language's
 * rankShards: a word one language has is not looked for by its beginnings in the other.
 */
export function foundTerms(shards) {
  const terms = termsOf(shards);
  const found = new Set();
  for (const { word, term } of matchedWords(shards, terms))
    if (word.startsWith(term)) found.add(terms.indexOf(term));
  return found;
}

/**
 * Ranks the answers of one language's shards to one query as a single index would.
 * `shards`: [{ pages, averageLength, response }], `response` being a PagefindInstance's search() in playground
 * mode; `averageLength` the shard's average page length when known (a shard reports it only with a result:
 * the caller keeps what it learnt). Returns the kept results as [{ result, score }], best first. Without
 * playground data a result keeps Pagefind's own score.
 *
 * Pagefind answers a term no word of an index begins with by the longest word that begins the term
 * ("kasachstanreise" by "kasachstan"), among the words of the index chunk it loaded, so whether it does depends
 * on where its chunks happen to split. Here such a fallback is kept only when no shard of either language holds
 * a word beginning with the term (`foundElsewhere`: the other language's foundTerms), and then only by the
 * longest such word any shard used: an English query word is not answered by German words it begins with.
 */
export function rankShards(shards, foundElsewhere = new Set()) {
  const terms = termsOf(shards);
  const found = foundTerms(shards);
  const longestFallback = new Map();
  for (const { word, term } of matchedWords(shards, terms))
    if (!word.startsWith(term))
      longestFallback.set(term, Math.max(longestFallback.get(term) ?? 0, word.length));
  // Whether a result matched `term` by a word one index would match it by.
  const matchesAsOne = (r, term) => {
    const words = (r.scores ?? []).map((s) => s.search_term).filter((w) => termOf(w, terms) === term);
    if (words.length === 0 || words.some((w) => w.startsWith(term))) return true;
    const at = terms.indexOf(term);
    if (found.has(at) || foundElsewhere.has(at)) return false;
    return words.some((w) => w.length === longestFallback.get(term));
  };
  const keeps = (r) => terms.every((term) => matchesAsOne(r, term));

  // The statistics of all shards together: pages, pages holding each term, average page length.
  let pages = 0;
  let lengthSum = 0;
  let lengthPages = 0;
  const holding = new Map(terms.map((t) => [t, 0]));
  for (const { pages: n, averageLength, response } of shards) {
    pages += n;
    if (averageLength > 0) {
      lengthSum += averageLength * n;
      lengthPages += n;
    }
    const results = response?.results ?? [];
    for (const q of response?.query_term_idfs ?? []) {
      // A shard that matched a term by another word than one index would counts none of its pages for it.
      if (results.length > 0 && !results.some((r) => matchesAsOne(r, q.term))) continue;
      holding.set(q.term, (holding.get(q.term) ?? 0) + pagesWithTerm(q.idf, n));
    }
  }
  const averageLength = lengthPages > 0 ? lengthSum / lengthPages : 1;
  const idf = (term) => idfOf(holding.get(term) ?? 0, pages);

  const ranked = [];
  for (const { response } of shards)
    for (const result of response?.results ?? []) {
      if (!keeps(result)) continue;
      ranked.push({ result, score: scoreOf(result, terms, idf, averageLength) ?? result.score });
    }
  ranked.sort((x, y) => y.score - x.score);
  return ranked;
}
