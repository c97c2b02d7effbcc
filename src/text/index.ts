/** Text helpers every stage may use: slugs and offset positions. */
export { lineLocator, positionAt } from "./position.ts";
export { isSlug, MAX_SLUG_LENGTH, SLUG_PATTERN, slugify } from "./slug.ts";
