/** English inflection: possessives and plurals of names and demonyms. */

/** "Kazakhstan" → Kazakhstan's; "Stoltenberg" → Stoltenberg's; names ending in s keep their form. */
export function possessiveForms(name: string): string[] {
  return /s$/iu.test(name) ? [name] : [name, `${name}'s`];
}

/**
 * Plural of a demonym: "Kazakh" → Kazakhs, "American" → Americans, "Pakistani" → Pakistanis.
 * No plural for forms ending in -s, -sh, -ch after t/n, -x, -z, -ese ("Swiss", "British", "French", "Chinese").
 */
export function demonymForms(word: string): string[] {
  if (/(?:s|sh|tch|nch|x|z|ese)$/iu.test(word)) return [word];
  return [word, `${word}s`];
}

/** British and American spelling: "Shanghai Cooperation Organisation" ↔ "…Organization". */
export function spellingVariants(name: string): string[] {
  const out = new Set([name]);
  out.add(name.replace(/isation/gu, "ization"));
  out.add(name.replace(/ization/gu, "isation"));
  return [...out];
}
