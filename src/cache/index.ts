/** The article cache: pipeline outcomes of unchanged files, reused across dev-server rebuilds and builds. */
export { bodiesFolder, bodyDigest, keepBody, keptBodies } from "./bodies.ts";
export { contentKey, contextKey, knownContentKey } from "./key.ts";
export { lexiconStore } from "./lexicons.ts";
export { BodyLookup, type BodyOnDisk } from "./lookup.ts";
export { MAX_KEPT_MAPS, type MapStore, mapStore } from "./maps.ts";
export { type KeptRegistry, registryStore } from "./registry.ts";
export {
  type KeptStamps,
  readStamps,
  type StampedKey,
  stampCheck,
  stampsOf,
  writeStamps,
} from "./stamps.ts";
export { CACHE_DIR, type CacheOptions, readArticleCache, writeArticleCache } from "./store.ts";
export type { ArticleCache, ArticleOutcome, KeptBodies } from "./types.ts";
