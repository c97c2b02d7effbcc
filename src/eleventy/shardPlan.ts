/**
 * The search shards of a site being written (src/search/shards.ts): which shard each article page is in, each
 * shard's digest of its pages' texts, and keeping a shard's bundle from the previous version when its pages are
 * unchanged.
 */
import type { Carrier, FileRecord, OutputState } from "../incremental/index.ts";
import { fileOfUrl } from "../incremental/index.ts";
import { LANGS } from "../registry/index.ts";
import { articleUrl } from "../render/index.ts";
import { SEARCH_DIR, type ShardInput, searchDigest, shardsOf } from "../search/index.ts";
import type { SiteModel } from "../site/types.ts";

/** The search shard of each article page, by URL (src/search/shards.ts). */
export function shardsByUrl(model: SiteModel): Map<string, string> {
  const out = new Map<string, string>();
  for (const lang of LANGS) {
    const urls = model.index.editions[lang].articles.map(articleUrl);
    for (const [name, group] of shardsOf(lang, urls)) for (const url of group) out.set(url, name);
  }
  return out;
}

/** A search shard: its name, its pages (files relative to the site) and the digest of their texts. */
export interface Shard extends ShardInput {
  readonly digest: string;
}

/** The shards of every edition's article pages (src/search/shards.ts), each with the digest of its pages. */
export function planShards(model: SiteModel, texts: ReadonlyMap<string, string>): Shard[] {
  const shards: Shard[] = [];
  for (const lang of LANGS) {
    const urls = model.index.editions[lang].articles.map(articleUrl);
    for (const [name, group] of shardsOf(lang, urls)) {
      const digest = searchDigest(
        name,
        group.map((url) => [url, texts.get(url) ?? ""]),
      );
      shards.push({ name, files: group.map(fileOfUrl), digest });
    }
  }
  return shards;
}

/** The files of each search bundle of a kept site, by shard name. */
export function bundleFiles(state: OutputState): Map<string, [string, FileRecord][]> {
  const out = new Map<string, [string, FileRecord][]>();
  for (const entry of state.files) {
    if (!entry[0].startsWith("pagefind/")) continue;
    const name = entry[0].slice(9, entry[0].indexOf("/", 9));
    const list = out.get(name) ?? [];
    list.push(entry);
    out.set(name, list);
  }
  return out;
}

/**
 * Keeps a shard's bundle from the previous site when its pages are unchanged and every file is as recorded
 * (in a version taken back, most already are, in place); otherwise leaves its folder empty for a new bundle.
 */
export function carryShard(
  carrier: Carrier,
  state: OutputState,
  bundles: ReadonlyMap<string, readonly [string, FileRecord][]>,
  shard: Shard,
): boolean {
  const files = bundles.get(shard.name);
  if (state.shards.get(shard.name) !== shard.digest || !files || files.length === 0) return false;
  for (const [rel, record] of files) {
    if (!carrier.keep(rel, record)) {
      carrier.empty(`${SEARCH_DIR}/${shard.name}`);
      return false;
    }
  }
  return true;
}
