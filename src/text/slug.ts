/**
 * URL slugs: lower-case ASCII with hyphens, derived from titles and file names. Transliteration is
 * @sindresorhus/slugify's (the library behind Eleventy's `slugify` filter, in its newer major): "Łódź" → "lodz",
 * "Đukanović" → "dukanovic", "Œuvre" → "oeuvre", "Москва" → "moskva", with German umlauts written out.
 * A change here changes URLs: the URL ledger (src/urls) keeps the old ones working, but change it deliberately.
 */
import transliterateSlug from "@sindresorhus/slugify";

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_SLUG_LENGTH = 80;

/**
 * German rules first (ä → ae, ß → ss: what a German reader expects in a URL), and no English words for
 * symbols: slugify's own "&" → "and", "♥" → "love" would put English into German URLs, so symbols just go.
 */
const REPLACEMENTS: [string, string][] = [
  ["ä", "ae"],
  ["ö", "oe"],
  ["ü", "ue"],
  ["Ä", "Ae"],
  ["Ö", "Oe"],
  ["Ü", "Ue"],
  ["ß", "ss"],
  ["ẞ", "SS"],
  ["&", " "],
  ["♥", " "],
  ["🦄", " "],
];

/**
 * Slugs this process made, by text: transliteration is the slowest part of an index (a title's or an author's
 * slug is asked for on every build, and `build --watch` builds again on every save). A pure function of the
 * text, so a slug remembered is the slug made; cleared when it holds SLUGS_KEPT, so memory stays bounded.
 */
const slugs = new Map<string, string>();
const SLUGS_KEPT = 200_000;

/** "Tokajew trifft Xi: Gespräche über Öl" → "tokajew-trifft-xi-gespraeche-ueber-oel". Never empty. */
export function slugify(text: string): string {
  let slug = slugs.get(text);
  if (slug === undefined) {
    if (slugs.size >= SLUGS_KEPT) slugs.clear();
    slug = makeSlug(text);
    slugs.set(text, slug);
  }
  return slug;
}

function makeSlug(text: string): string {
  // decamelize off: "iPhone" stays one word, as in every slug summitdesk made before.
  const slug = transliterateSlug(text, { customReplacements: REPLACEMENTS, decamelize: false }).slice(
    0,
    MAX_SLUG_LENGTH,
  );
  let end = slug.length;
  // A loop, not /-+$/: that regex backtracks quadratically on a long run of hyphens.
  while (end > 0 && slug[end - 1] === "-") end--;
  // A title in a script with no Latin transliteration (Chinese, say) leaves nothing; the caller then needs a name.
  return SLUG_PATTERN.test(slug.slice(0, end)) ? slug.slice(0, end) : "article";
}

/** True for a slug that is safe as one URL path segment. */
export function isSlug(text: string): boolean {
  return text.length <= MAX_SLUG_LENGTH && SLUG_PATTERN.test(text);
}
