/** Text helpers every stage may use: slugs, offset positions, and calendar fields of instants in a zone. */

export { COMMON_WORD_RANK, isCommonWord } from "./commonWords.ts";
export { isSafeLink } from "./link.ts";
export { lineLocator, positionAt } from "./position.ts";
export { isSlug, MAX_SLUG_LENGTH, SLUG_PATTERN, slugify } from "./slug.ts";
export {
  dayOf,
  instantOf,
  isoInZone,
  monthNamesOf,
  shortZoneName,
  type ZonedParts,
  zonedParts,
} from "./zoned.ts";
