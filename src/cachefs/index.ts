/** Files of the build cache: read without following links or blocking, written atomically, sealed. */
export { findCacheFolder, isRealFolder, makeCacheFolder } from "./folders.ts";
export { forgetGoneCacheFiles, keepCacheFilesInMemory, RACY_MS } from "./kept.ts";
export { removeStaleTemps } from "./leftovers.ts";
export { readRegularFile } from "./readRegular.ts";
export { readSealed, writeSealed } from "./readWriteSealed.ts";
export { cacheKey, seal, unseal } from "./seal.ts";
export { writeFileAtomically } from "./writeAtomic.ts";
