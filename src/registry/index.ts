export { buildRegistry, type RegistryFiles } from "./build.ts";
export { builtInCountries } from "./countries.ts";
export { withinEntryLimit } from "./entryLimit.ts";
export { buildNameIndex, type NameIndex, namesOf, normaliseName, type Resolution } from "./nameIndex.ts";
export { ID_PATTERN } from "./schema.ts";
export * from "./types.ts";
export { isZone } from "./zone.ts";
