/**
 * The search index in shards: each language's article pages are split by a hash of their URL into a power of
 * two of shards of about SHARD_PAGES pages, each its own Pagefind bundle (`/pagefind/de-07/`), merged by the
 * search page in the browser. An edited article re-indexes its one shard, not its language.
 *
 * Why by hash and not by year or month: a hash makes every shard a random sample of the archive, so the
 * statistics Pagefind ranks by (how rare a word is, how long pages are) are about the same in every shard and
 * scores from different shards compare; a shard per month would rank a summit's own month low for its own
 * name. Sizes stay even whatever the archive's shape. The number of shards changes only when a language's
 * archive doubles or halves (then every shard of that language is indexed again, once).
 */

/**
 * Small shards, the experiment behind SUMMITDESK_SEARCH_SHARD_PAGES: Pagefind indexes ~200 news articles in some
 * 0.6 s here, so an edit would re-index that little. Not the default (SHARD_PAGES below): it changes what a reader finds. Measured with `npm run
 * bench:search` (BENCHMARKS.md, issue 13): each shard ranks by its own word statistics and a shard lacking one
 * of a query's words answers without it, so at 10,000 articles (32 shards a language) the merged top 10 of a
 * term query shared on average 35 % with a single index's (browsing by filter alone: 100 %).
 */
export const SPLIT_SHARD_PAGES = 200;

/**
 * The most article pages one index holds. Pagefind keeps a whole index in memory while it writes it: at 100,000
 * articles (50,000 a language) one language's Pagefind passed 12.7 GB and was killed for memory on a 23.5 GB
 * machine, beside the build's own 8.4 GB. Up to this many pages a language is one shard, and search ranks exactly
 * as one index does; a larger language splits by hash into shards of at most this many pages, each a random
 * sample of thousands of pages, so that their word statistics, and with them their scores, stay alike
 * (BENCHMARKS.md has the overlap measured with large shards). A constant, not derived from the machine's memory:
 * the same content gives the same site on every machine.
 */
export const MAX_INDEX_PAGES = 20_000;

/**
 * Pages per shard in this run: MAX_INDEX_PAGES unless SUMMITDESK_SEARCH_SHARD_PAGES sets a number (smaller shards
 * make an edit re-index less and rank less like one index). Read once, here, so every part of a build agrees.
 */
export const SHARD_PAGES = shardPagesFrom(process.env.SUMMITDESK_SEARCH_SHARD_PAGES);

/** A positive whole number of pages from the environment's text, else MAX_INDEX_PAGES. */
export function shardPagesFrom(text: string | undefined): number {
  const n = Number(text);
  return Number.isInteger(n) && n > 0 ? n : MAX_INDEX_PAGES;
}
/** At most this many shards per language: each costs the browser a small request or two per search. */
export const MAX_SHARDS = 64;

/** How many shards a language with `pages` article pages has: a power of two, at least 1. */
export function shardCount(pages: number, pagesPerShard = SHARD_PAGES): number {
  let count = 1;
  while (count < MAX_SHARDS && pages / count > pagesPerShard) count *= 2;
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
