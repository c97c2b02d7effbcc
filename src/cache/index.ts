/** The article cache: pipeline outcomes of unchanged files, reused across dev-server rebuilds and builds. */
export { contentKey, contextKey } from "./key.ts";
export { type KeptRegistry, registryStore } from "./registry.ts";
export { CACHE_DIR, type CacheOptions, readArticleCache, writeArticleCache } from "./store.ts";
export type { ArticleCache, ArticleOutcome } from "./types.ts";
