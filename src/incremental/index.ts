/**
 * Incremental builds: page fingerprints, what the last build wrote, and keeping its unchanged files in the new
 * site as hard links (same bytes, same modification time). See src/eleventy/build.ts for how a build uses them.
 */
export { Carrier, type FileStat, fileOfUrl, type ListOptions, listSite, takeInventory } from "./carry.ts";
export { pageFingerprints } from "./fingerprint.ts";
export { inventoryBeside } from "./inventory.ts";
export { MATCHING_ONLY, shownRegistryDigest } from "./registryDigest.ts";
export {
  type FileRecord,
  type OutputState,
  readOutputState,
  type StateBulk,
  writeOutputState,
  writeStateBulk,
} from "./state.ts";
