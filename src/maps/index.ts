/** Maps drawn at build time from Natural Earth: geometry for summit, country and organisation pages. */
export { knownMaps, MAP_WIDTH, mapGeometry, seedMaps } from "./geometry.ts";
export {
  countryMap,
  memberCountries,
  organisationMap,
  type SummitMap,
  summitMap,
  type Venue,
} from "./requests.ts";
export { mapSvg } from "./svg.ts";
export type { MapGeometry, MapPoint, MapRequest, MapRole } from "./types.ts";
