/** Search: the Pagefind index of the written site, in shards. The search page itself is layouts/search.ts. */
export {
  indexShards,
  pagefindBinary,
  SEARCH_DIR,
  SEARCH_STAGE,
  type SearchIndexResult,
  type ShardInput,
} from "./pagefind.ts";
export {
  keepIndex,
  MAX_SEARCH_FILE,
  pageHash,
  pruneIndexes,
  restoreIndex,
  type SearchCache,
  searchDigest,
} from "./reuse.ts";
export {
  DEFAULT_SHARD_PAGES,
  MAX_INDEX_PAGES,
  MAX_SHARDS,
  SHARD_PAGES,
  SPLIT_SHARD_PAGES,
  shardCount,
  shardLang,
  shardName,
  shardOf,
  shardPagesFrom,
  shardsOf,
} from "./shards.ts";
