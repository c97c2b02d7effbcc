/**
 * Related articles: other articles of the same edition ranked by the entities they share with this one
 * (same summit and shared people weigh most), then by closeness in time. Every tie is broken explicitly.
 */
import type { Article } from "../enrich/index.ts";
import type { Edition, Term } from "../index/index.ts";
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

/** From each shared entity, only this many articles nearest in time are candidates (see nearestWindow). */
export const CANDIDATES_PER_ENTITY = 200;

/**
 * Every article sharing at least one entity with `article`, scored, best first. Candidates per entity are the
 * CANDIDATES_PER_ENTITY nearest in time, so the cost stays linear in the archive: "China" may tag 50,000
 * articles, but related reading comes from the same weeks, and closeness in time breaks ties anyway.
 */
export function scoreRelated(article: Article, edition: Edition): Scored[] {
  return collect(article, edition, Number.POSITIVE_INFINITY);
}

/** The `limit` most related articles: the head of scoreRelated, without sorting every candidate. */
export function relatedArticles(article: Article, edition: Edition, limit = 5): Article[] {
  const known = limit === RELATED_SHOWN ? prepared.get(edition)?.get(article) : undefined;
  return known ? [...known] : collect(article, edition, limit).map((s) => s.article);
}

/** How many related articles a page shows (layouts/article.ts): the lists prepareRelated computes. */
export const RELATED_SHOWN = 5;

/** Lists computed ahead by prepareRelated, per edition object (a new build has new editions). */
const prepared = new WeakMap<Edition, Map<Article, readonly Article[]>>();

/** What a build remembers of each article's related list (by article id "lang/slug"), for the next build. */
export interface RelatedEntry {
  /** Everything of the article that related lists are computed from: date, slug, entities and salience. */
  readonly key: string;
  /** Its entities' keys: an article gone since can still name the terms it left. */
  readonly terms: readonly string[];
  /** The ids of its RELATED_SHOWN related articles, best first. */
  readonly related: readonly string[];
}

/**
 * Computes every article's related list once (relatedArticles then answers from it), reusing the list of
 * `previous` (the last build's) for an article whose inputs cannot have changed: its own key is the same and
 * no article of any of its terms was added, removed or changed its key. Related lists read nothing else: the
 * window of nearest articles in each shared term, their dates, slugs and salience. Returns this build's
 * entries, and how many lists were computed.
 */
export function prepareRelated(
  edition: Edition,
  previous: ReadonlyMap<string, RelatedEntry> | undefined,
  idOf: (article: Article) => string,
): { entries: Map<string, RelatedEntry>; computed: number } {
  const keys = new Map<Article, string>();
  const changed = new Set<string>();
  const present = new Set<string>();
  for (const article of edition.articles) {
    const key = relationKey(article);
    keys.set(article, key);
    const id = idOf(article);
    present.add(id);
    const before = previous?.get(id);
    if (before?.key === key) continue;
    for (const term of before?.terms ?? []) changed.add(term);
    for (const e of article.entities) changed.add(e.key);
  }
  for (const [id, before] of previous ?? []) {
    if (id.startsWith(`${edition.lang}/`) && !present.has(id))
      for (const term of before.terms) changed.add(term);
  }
  const byId = new Map(edition.articles.map((a) => [idOf(a), a]));
  const lists = new Map<Article, readonly Article[]>();
  const entries = new Map<string, RelatedEntry>();
  let computed = 0;
  for (const article of edition.articles) {
    const id = idOf(article);
    const key = keys.get(article) as string;
    const before = previous?.get(id);
    if (before?.key === key && !article.entities.some((e) => changed.has(e.key))) {
      const kept = before.related.map((r) => byId.get(r));
      if (kept.every((a) => a !== undefined)) {
        // The entry is the last build's, unchanged (same key, so the same terms; the same list).
        lists.set(article, kept as Article[]);
        entries.set(id, before);
        continue;
      }
    }
    const list = collect(article, edition, RELATED_SHOWN).map((s) => s.article);
    computed++;
    lists.set(article, list);
    entries.set(id, { key, terms: article.entities.map((e) => e.key), related: list.map(idOf) });
  }
  prepared.set(edition, lists);
  return { entries, computed };
}

/** Relation keys by article: a process that builds again keeps unchanged articles as the same objects. */
const relationKeys = new WeakMap<Article, string>();

/** The inputs of an article's related list that come from the article itself. */
function relationKey(article: Article): string {
  let known = relationKeys.get(article);
  if (known === undefined) {
    known = makeRelationKey(article);
    relationKeys.set(article, known);
  }
  return known;
}

function makeRelationKey(article: Article): string {
  let key = `${article.date.millis}\u0000${article.slug}`;
  for (const e of article.entities) key += `\u0000${e.key}\u0001${e.salience.level}`;
  return key;
}

/**
 * Scores candidates into a scratch array indexed by position in the edition, then keeps the best `limit`
 * in a small sorted list of positions, comparing plain numbers: this runs for every article of the site, and
 * an object per candidate (thousands per article when it names China) cost seconds at 10,000 articles.
 */
function collect(article: Article, edition: Edition, limit: number): Scored[] {
  const tables = editionTables(edition);
  const self = tables.position.get(article) ?? -1;
  const size = edition.articles.length;
  const { scores, touched } = scratch(size);
  let count = 0;
  for (const tag of article.entities) {
    const term = edition.terms.get(tag.key);
    if (!term) continue;
    const table = termTable(term, tables.position);
    const [from, to] = nearestWindow(table.millis, article.date.millis, CANDIDATES_PER_ENTITY);
    const weight = SHARED_WEIGHT[tag.type];
    const selfMain = tag.salience.level === "main";
    for (let i = from; i < to; i++) {
      const p = table.positions[i] as number;
      if (p < 0 || p === self || tables.slugs[p] === article.slug) continue;
      if (scores[p] === 0) touched[count++] = p;
      scores[p] = (scores[p] as number) + weight * (selfMain && table.main[i] === 1 ? 2 : 1);
    }
  }
  const millis = article.date.millis;
  const times = tables.millis;
  // Best first: score, then closeness in time, then the newer, then slug (a total order for one edition).
  const before = (p: number, score: number, q: number, other: number): boolean => {
    if (score !== other) return score > other;
    const tp = times[p] as number;
    const tq = times[q] as number;
    const dp = Math.abs(tp - millis);
    const dq = Math.abs(tq - millis);
    if (dp !== dq) return dp < dq;
    if (tp !== tq) return tp > tq;
    return (tables.slugs[p] as string) < (tables.slugs[q] as string);
  };
  const bestAt: number[] = [];
  const bestScore: number[] = [];
  for (let k = 0; k < count; k++) {
    const p = touched[k] as number;
    const score = (scores[p] as number) + recencyBonus((times[p] as number) - millis);
    scores[p] = 0;
    const n = bestAt.length;
    if (n >= limit && !before(p, score, bestAt[n - 1] as number, bestScore[n - 1] as number)) continue;
    // Insertion into a short sorted list: `limit` is 5 on article pages.
    let at = n;
    while (at > 0 && before(p, score, bestAt[at - 1] as number, bestScore[at - 1] as number)) at--;
    bestAt.splice(at, 0, p);
    bestScore.splice(at, 0, score);
    if (bestAt.length > limit) {
      bestAt.pop();
      bestScore.pop();
    }
  }
  return bestAt.map((p, i) => ({ article: edition.articles[p] as Article, score: bestScore[i] as number }));
}

/** Reused between calls: one slot per article of the largest edition seen; scores are always left all-zero. */
let scratchScores = new Float64Array(0);
let scratchTouched = new Int32Array(0);
function scratch(size: number): { scores: Float64Array; touched: Int32Array } {
  if (scratchScores.length < size) {
    scratchScores = new Float64Array(size);
    scratchTouched = new Int32Array(size);
  }
  return { scores: scratchScores, touched: scratchTouched };
}

/** Each article's position in its edition's newest-first list, with its time and slug by position. */
interface EditionTables {
  readonly position: ReadonlyMap<Article, number>;
  readonly millis: Float64Array;
  readonly slugs: readonly string[];
}

/** One term's articles as flat arrays: edition positions, dates (newest first) and "about it" flags. */
interface TermTable {
  readonly positions: Int32Array;
  readonly millis: Float64Array;
  readonly main: Uint8Array;
}

const editionCache = new WeakMap<Edition, EditionTables>();
function editionTables(edition: Edition): EditionTables {
  let tables = editionCache.get(edition);
  if (!tables) {
    tables = {
      position: new Map(edition.articles.map((a, i) => [a, i])),
      millis: Float64Array.from(edition.articles, (a) => a.date.millis),
      slugs: edition.articles.map((a) => a.slug),
    };
    editionCache.set(edition, tables);
  }
  return tables;
}

const termCache = new WeakMap<Term, TermTable>();
function termTable(term: Term, position: ReadonlyMap<Article, number>): TermTable {
  let table = termCache.get(term);
  if (!table) {
    const n = term.articles.length;
    table = { positions: new Int32Array(n), millis: new Float64Array(n), main: new Uint8Array(n) };
    term.articles.forEach((a, i) => {
      (table as TermTable).positions[i] = position.get(a) ?? -1;
      (table as TermTable).millis[i] = a.date.millis;
      const tag = a.entities.find((e) => e.key === term.key);
      (table as TermTable).main[i] = tag?.salience.level === "main" ? 1 : 0;
    });
    termCache.set(term, table);
  }
  return table;
}

/**
 * The `k` entries of a newest-first list of times closest to `millis`, as a half-open index range (the k
 * nearest are always contiguous). Binary search to the position, then widen towards the closer neighbour;
 * equal distances prefer the newer entry.
 */
export function nearestWindow(times: ArrayLike<number>, millis: number, k: number): [number, number] {
  const n = times.length;
  if (n <= k) return [0, n];
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((times[mid] as number) > millis) lo = mid + 1;
    else hi = mid;
  }
  let newer = lo - 1;
  let older = lo;
  for (let taken = 0; taken < k; taken++) {
    if (newer >= 0 && (older >= n || (times[newer] as number) - millis <= millis - (times[older] as number)))
      newer--;
    else older++;
  }
  return [newer + 1, older];
}
