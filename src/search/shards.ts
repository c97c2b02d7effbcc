/**
 * The search index in shards: each language's article pages are split by a hash of their URL into a power of
 * two of shards of about SHARD_PAGES pages, each its own Pagefind bundle (`/pagefind/de-07/`), merged by the
 * search page in the browser. An edited article re-indexes its one shard, not its language.
 *
 * Why by hash and not by year or month: a hash makes every shard a random sample of the archive, so the
 * statistics Pagefind ranks by (how rare a word is, how long pages are) are about the same in every shard and
 * scores from different shards compare; a shard per month would rank a summit's own month low for its own
 * name. Sizes stay even whatever the archive's shape. The number of shards changes only when a language's
 * archive doubles or halves (then every shard of that language is indexed again, once). What differs from
 * shard to shard anyway is undone in the browser: ranking.js ranks a language's shards as one index.
 */

/**
 * Article pages per shard, by default. Pagefind indexes some 400–450 news articles a second here, and that
 * grows with the pages alone (its time does not depend on how much of a page it reads), so an edit at 10,000
 * articles (eight shards a language) re-indexes ~625 pages in ~1.5 s instead of 1,250 in ~2.9 s or its
 * language's 5,000 in 11.5 s. Splitting costs no ranking: the search page ranks the shards of a language as one
 * index over all their pages (layouts/assets/ranking.js; BENCHMARKS.md has the overlap measured against a single
 * index). It costs the browser requests: at 10k, eight shards a language against four opened search in
 * 300–375 ms against 216–269 ms, a first query took 238–278 ms median against 235–248 ms, and ten queries made
 * 538 requests against 426 (Chromium, local server; BENCHMARKS.md). Hence also MAX_SHARDS.
 */
export const DEFAULT_SHARD_PAGES = 625;

/** The small shards tests split with, to exercise splitting on a handful of articles. */
export const SPLIT_SHARD_PAGES = 200;

/**
 * At most this many shards a language, whatever the size (above it shards grow): each costs the browser a
 * request or two per search and one more Pagefind to open. Up to 10,000 article pages a language that leaves
 * shards of at most DEFAULT_SHARD_PAGES.
 */
export const MAX_SHARDS = 16;

/**
 * The most article pages one index holds, which MAX_SHARDS gives way to. Pagefind keeps a whole index in memory
 * while it writes it: at 100,000 articles (50,000 a language) one language's Pagefind passed 12.7 GB and was
 * killed for memory on a 23.5 GB machine, beside the build's own 8.4 GB. Constants, not derived from the
 * machine's memory: the same content gives the same site on every machine.
 */
export const MAX_INDEX_PAGES = 20_000;

/**
 * Pages per shard in this run: DEFAULT_SHARD_PAGES unless SUMMITDESK_SEARCH_SHARD_PAGES sets a number. Read once,
 * here, so every part of a build agrees.
 */
export const SHARD_PAGES = shardPagesFrom(process.env.SUMMITDESK_SEARCH_SHARD_PAGES);

/** A positive whole number of pages from the environment's text, else DEFAULT_SHARD_PAGES. */
export function shardPagesFrom(text: string | undefined): number {
  const n = Number(text);
  return Number.isInteger(n) && n > 0 ? n : DEFAULT_SHARD_PAGES;
}

/** How many shards a language with `pages` article pages has: a power of two, at least 1. */
export function shardCount(pages: number, pagesPerShard = SHARD_PAGES): number {
  let count = 1;
  while (count < MAX_SHARDS && pages / count > pagesPerShard) count *= 2;
  while (pages / count > MAX_INDEX_PAGES) count *= 2;
  return count;
}

/** The shard of a page URL among `count` (FNV-1a of its UTF-16 code units: fixed, fast, well spread). */
export function shardOf(url: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < url.length; i++) {
    hash ^= url.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % count;
}

/** The bundle folder's name of shard `index` of `lang`: "de-07" (below /pagefind/). */
export function shardName(lang: string, index: number): string {
  return `${lang}-${String(index).padStart(2, "0")}`;
}

/** The language of a shard name ("de-07" → "de"). */
export function shardLang(name: string): string {
  return name.slice(0, name.lastIndexOf("-"));
}

/** A language's article page URLs grouped into its shards, by shard name, in shard order; empty shards left out. */
export function shardsOf(
  lang: string,
  urls: readonly string[],
  pagesPerShard = SHARD_PAGES,
): Map<string, string[]> {
  const count = shardCount(urls.length, pagesPerShard);
  const groups = Array.from({ length: count }, () => [] as string[]);
  for (const url of urls) groups[shardOf(url, count)]?.push(url);
  const out = new Map<string, string[]>();
  groups.forEach((group, index) => {
    if (group.length > 0) out.set(shardName(lang, index), group);
  });
  return out;
}
