/**
 * Every size an editor controls has a limit, far above what a newsroom writes and far below what would make a
 * build slow or crash: an article over a limit is refused with its location, never half-processed. The
 * numbers are documented in README.md ("Check messages") and EDITING.md; RELIABILITY.md says why.
 */

/** Article files: a news article is a few kB; 2 MB is a mistake or an attack. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;
/** Each registry file (a world registry of offices and people is a few MB). */
export const MAX_REGISTRY_BYTES = 16 * 1024 * 1024;
/** content/site.yaml: a few settings. */
export const MAX_SITE_BYTES = 64 * 1024;

/** In one article body: headings, links (written or bare URLs), images, table cells, lists and quotes inside each other. */
export const MAX_HEADINGS = 500;
export const MAX_LINKS = 5000;
export const MAX_IMAGES = 500;
export const MAX_TABLE_CELLS = 10_000;
export const MAX_NESTING = 10;

/** Front matter: the whole block between the `---` lines (in characters), characters per field, entries per list. */
export const MAX_FRONT_MATTER = 64 * 1024;
export const MAX_TITLE = 300;
export const MAX_SUMMARY = 1000;
/** A name (author, person, organisation, country, summit), a slug or a translation key. */
export const MAX_NAME = 200;
/** An image address and its alt text, a correction note. */
export const MAX_URL = 2000;
export const MAX_ALT = 1000;
export const MAX_CORRECTION = 2000;
export const MAX_LIST = 200;
export const MAX_CORRECTIONS = 50;

/** content/site.yaml: the site's title, description and base URL. */
export const MAX_SITE_TITLE = 200;
export const MAX_SITE_DESCRIPTION = 1000;
export const MAX_SITE_URL = 200;

/** content/strings.yaml: one UI string (a label, a sentence of help). */
export const MAX_UI_STRING = 1000;

/** Registry files: entries per file (names and aliases are limited by the registry schema: 500 characters, 200 aliases). */
export const MAX_REGISTRY_ENTRIES = 50_000;

/** "1,000,000": limits are written out in messages the way editors read numbers. */
export function formatCount(n: number): string {
  return n.toLocaleString("en-US");
}
