/** Text helpers every stage may use: slugs and offset positions. */

export { COMMON_WORD_RANK, isCommonWord } from "./commonWords.ts";
export { isSafeLink } from "./link.ts";
export { lineLocator, positionAt } from "./position.ts";
export { isSlug, MAX_SLUG_LENGTH, SLUG_PATTERN, slugify } from "./slug.ts";
