export { buildRegistry } from "./build.ts";
export { alpha2OfNumeric, builtInCountries } from "./countries.ts";
export {
  dayNumberOf,
  dayOf,
  isoDay,
  maybeWithin,
  parseRegistryDate,
  type RegistryDate,
  type Span,
  surelyWithin,
} from "./dates.ts";
export { withinEntryLimit } from "./entryLimit.ts";
export { buildNameIndex, type NameIndex, namesOf, normaliseName, type Resolution } from "./nameIndex.ts";
export { leadersAt, type Participant, type SummitFacts, summitFacts } from "./participants.ts";
export { ID_PATTERN } from "./schema.ts";
export {
  countriesServedOn,
  diedBefore,
  holderOn,
  leadingOfficesOf,
  leadsAt,
  maybeTermsOn,
  membersOn,
  officesOf,
  roleOn,
  type Tenure,
  tenuresOf,
  termsByStart,
  termsOn,
} from "./timeline.ts";
export * from "./types.ts";
export { isZone } from "./zone.ts";
