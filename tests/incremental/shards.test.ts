/**
 * Search shards (src/search/shards.ts) stay put: the same URLs always make the same shards, whatever their
 * order, and a page changes shard only when its own URL changes — other articles coming and going (while the
 * language keeps its number of shards) never move it, so an edit re-indexes one shard, not the language.
 * A language splits above DEFAULT_SHARD_PAGES (or as SUMMITDESK_SEARCH_SHARD_PAGES asks): most tests here ask
 * with SPLIT_SHARD_PAGES, to split a handful of URLs.
 */
import { describe, expect, it } from "vitest";
import { createRng } from "../../scripts/bench/prng.ts";
import {
  DEFAULT_SHARD_PAGES,
  MAX_INDEX_PAGES,
  MAX_SHARDS,
  SHARD_PAGES,
  SPLIT_SHARD_PAGES,
  shardCount,
  shardLang,
  shardName,
  shardPagesFrom,
  shardsOf,
} from "../../src/search/index.ts";

/** Seeded (scripts/bench/prng.ts): the same seed gives the same sequence on every machine. */
function random(seed: number): () => number {
  const rng = createRng(seed);
  return () => rng.next();
}

const urls = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => `/de/${2000 + ((from + i) % 26)}/artikel-nummer-${from + i}/`);

/** Each URL's shard name. */
function assignment(lang: string, list: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, group] of shardsOf(lang, list, SPLIT_SHARD_PAGES))
    for (const url of group) out.set(url, name);
  return out;
}

describe("search shards", () => {
  it("give the same URLs the same shards, in any order", () => {
    const rand = random(1);
    for (const n of [1, 150, 450, 1_700]) {
      const list = urls(n);
      const shuffled = [...list].sort(() => rand() - 0.5);
      expect(assignment("de", shuffled)).toEqual(assignment("de", list));
      expect(assignment("de", list)).toEqual(assignment("de", [...list]));
      // Every URL in exactly one shard, shards named for the language, in order.
      const shards = shardsOf("de", list, SPLIT_SHARD_PAGES);
      expect([...shards.values()].flat().sort()).toEqual([...list].sort());
      expect([...shards.keys()]).toEqual([...shards.keys()].sort());
      for (const name of shards.keys()) expect(shardLang(name)).toBe("de");
    }
  });

  it("move a page only when its own URL changes", () => {
    const rand = random(2);
    // 600 pages: 4 shards; adding or removing a few dozen keeps it at 4.
    const list = urls(600);
    const before = assignment("en", list);
    expect(new Set(before.values()).size).toBe(4);
    const removed = new Set(list.filter(() => rand() < 0.05));
    const added = urls(40, 10_000);
    const renamed = list[17] as string;
    const after = assignment("en", [
      ...list.filter((u) => !removed.has(u) && u !== renamed),
      ...added,
      `${renamed.slice(0, -1)}-neu/`,
    ]);
    expect(shardCount(after.size, SPLIT_SHARD_PAGES)).toBe(shardCount(before.size, SPLIT_SHARD_PAGES));
    for (const [url, shard] of before) {
      if (removed.has(url) || url === renamed) expect(after.has(url)).toBe(false);
      else expect(after.get(url), url).toBe(shard);
    }
  });

  it("split each shard in two when a language doubles, up to MAX_SHARDS unless shards would pass MAX_INDEX_PAGES", () => {
    const count = (pages: number) => shardCount(pages, SPLIT_SHARD_PAGES);
    expect(count(0)).toBe(1);
    expect(count(SPLIT_SHARD_PAGES)).toBe(1);
    expect(count(SPLIT_SHARD_PAGES + 1)).toBe(2);
    expect(count(4 * SPLIT_SHARD_PAGES + 1)).toBe(8);
    expect(count(100 * SPLIT_SHARD_PAGES)).toBe(MAX_SHARDS);
    // A million pages in MAX_SHARDS shards would be 62,500 each, more than one Pagefind holds in memory.
    expect(count(1_000_000)).toBe(64);
    // From 2 shards to 4: a page of shard k goes to k or k + 2, never to another shard's half.
    const small = assignment("de", urls(390));
    const large = assignment("de", urls(410));
    for (const [url, name] of small) {
      const k = Number(name.slice(3));
      expect([shardName("de", k), shardName("de", k + 2)]).toContain(large.get(url));
    }
  });

  it("split a language above DEFAULT_SHARD_PAGES, so an edit re-indexes a shard, not the language", () => {
    expect(SHARD_PAGES).toBe(DEFAULT_SHARD_PAGES);
    expect(shardCount(DEFAULT_SHARD_PAGES)).toBe(1);
    expect(shardCount(DEFAULT_SHARD_PAGES + 1)).toBe(2);
    // 10,000 articles: 5,000 a language, eight shards of about 625.
    const shards = shardsOf("en", urls(5_000));
    expect([...shards.keys()]).toEqual([
      "en-00",
      "en-01",
      "en-02",
      "en-03",
      "en-04",
      "en-05",
      "en-06",
      "en-07",
    ]);
    for (const group of shards.values()) expect(group.length).toBeLessThan(1.2 * DEFAULT_SHARD_PAGES);
    for (const text of [undefined, "", "0", "-5", "2.5"])
      expect(shardPagesFrom(text)).toBe(DEFAULT_SHARD_PAGES);
    expect(shardPagesFrom("200")).toBe(200);
  });

  it("give a large language MAX_SHARDS shards, each small enough for one Pagefind", () => {
    // 50,000 article pages a language (100k articles): one index passed 12.7 GB and was killed for memory.
    const shards = shardsOf("de", urls(50_000));
    expect(shards.size).toBe(MAX_SHARDS);
    for (const group of shards.values()) expect(group.length).toBeLessThanOrEqual(MAX_INDEX_PAGES);
  });
});
