/** Normalisation of tokens into lookup keys, shared by the lexicon builder and the scanner. */

const NON_ASCII = /[^\u0000-\u007f]/;
const MARKS = /\p{M}+/gu;
const APOSTROPHES = /[’ʼ‘`´]/g;

/**
 * The lookup key of one word token: lower case, without diacritics, one apostrophe.
 * "Türkei" and "Turkei" share a key, as do "Kazakhstan’s" and "Kazakhstan's".
 */
export function normKey(raw: string): string {
  const lower = raw.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return lower.normalize("NFD").replace(MARKS, "").replace(/ß/g, "ss").replace(APOSTROPHES, "'").normalize("NFC");
}

/** The token as written, apostrophes unified, for case-sensitive comparison of acronyms ("NATO's"). */
export function normApostrophes(raw: string): string {
  return raw.replace(APOSTROPHES, "'");
}

/** True when the first character is an upper-case letter: "Modi", not "modi". */
export function startsUpper(raw: string): boolean {
  const first = raw.charAt(0);
  return first !== first.toLowerCase();
}

/** True for a token written in capitals only (with at least one cased letter): "NATO", "G7", "ШОС". */
export function isAllCaps(raw: string): boolean {
  return raw === raw.toUpperCase() && raw !== raw.toLowerCase();
}
