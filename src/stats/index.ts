/** Aggregations for entity and summit pages, computed from the indexed articles. Pure. */
export { coMentioned, summitsOf } from "./coMentions.ts";
export { coverageByMonth, type MonthCount } from "./coverage.ts";
export { type Counted, compareNames, rankCounted } from "./rank.ts";
export {
  type CountryReason,
  type CoverageDay,
  coverageByDay,
  type Meeting,
  meetings,
  namedInCoverage,
  type SummitCountry,
  type SummitHub,
  splitCoverage,
  summitCountries,
  summitHub,
} from "./summitHub.ts";
