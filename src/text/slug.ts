/** URL slugs: lower-case ASCII with hyphens, derived from titles and file names with German transliteration. */

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_SLUG_LENGTH = 80;

const GERMAN: Readonly<Record<string, string>> = {
  ä: "ae",
  ö: "oe",
  ü: "ue",
  Ä: "Ae",
  Ö: "Oe",
  Ü: "Ue",
  ß: "ss",
  ẞ: "SS",
};

/** "Tokajew trifft Xi: Gespräche über Öl" → "tokajew-trifft-xi-gespraeche-ueber-oel". Never empty. */
export function slugify(text: string): string {
  const slug = text
    .replace(/[äöüÄÖÜßẞ]/g, (c) => GERMAN[c] ?? c)
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-");
  return trimHyphens(trimHyphens(slug).slice(0, MAX_SLUG_LENGTH)) || "article";
}

/** "-a-b-" → "a-b", with a loop: /^-+|-+$/ backtracks quadratically on a long run of hyphens. */
function trimHyphens(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text[start] === "-") start++;
  while (end > start && text[end - 1] === "-") end--;
  return text.slice(start, end);
}

/** True for a slug that is safe as one URL path segment. */
export function isSlug(text: string): boolean {
  return text.length <= MAX_SLUG_LENGTH && SLUG_PATTERN.test(text);
}
