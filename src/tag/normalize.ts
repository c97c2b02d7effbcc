/** Normalisation of tokens into lookup keys, shared by the lexicon builder and the scanner. */

const MARKS = /\p{M}+/gu;
const APOSTROPHES = /[’ʼ‘`´]/g;

/** Folded form per BMP code unit (lower case, no diacritics), filled on first sight; "" for combining marks. */
const FOLD: (string | undefined)[] = [];

/**
 * The key of one non-ASCII, non-surrogate code unit: "Ü" → "u", "ß" → "ss", "’" → "'", a combining mark → "".
 * normKey is these (and lower-cased ASCII, and surrogates as they are) concatenated; KeyIndex walks the same.
 */
export function foldChar(code: number): string {
  let f = FOLD[code];
  if (f === undefined) {
    const ch = String.fromCharCode(code);
    f = /[’ʼ‘`´]/u.test(ch) ? "'" : ch.toLowerCase().normalize("NFD").replace(MARKS, "").replace(/ß/gu, "ss");
    FOLD[code] = f;
  }
  return f;
}

/**
 * The lookup key of one word token: lower case, without diacritics, one apostrophe.
 * "Türkei" and "Turkei" share a key, as do "Kazakhstan’s" and "Kazakhstan's".
 */
export function normKey(raw: string): string {
  let ascii = true;
  for (let i = 0; i < raw.length; i++) {
    if (raw.charCodeAt(i) > 127) {
      ascii = false;
      break;
    }
  }
  if (ascii) return raw.toLowerCase();
  let out = "";
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c < 128) out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : raw.charAt(i);
    else if (c >= 0xd800 && c <= 0xdfff) out += raw.charAt(i);
    else out += foldChar(c);
  }
  return out;
}

/** The token as written, apostrophes unified, for case-sensitive comparison of acronyms ("NATO's"). */
export function normApostrophes(raw: string): string {
  return raw.replace(APOSTROPHES, "'");
}

/** True when text.slice(start, end) with apostrophes unified equals `expected`, without slicing: "NATO's". */
export function equalsNormApostrophes(text: string, start: number, end: number, expected: string): boolean {
  if (end - start !== expected.length) return false;
  for (let k = 0; k < expected.length; k++) {
    const c = text.charCodeAt(start + k);
    // The code units of APOSTROPHES: ’ ʼ ‘ ` ´ (each one unit, so lengths agree).
    const u = c === 0x2019 || c === 0x02bc || c === 0x2018 || c === 0x60 || c === 0xb4 ? 39 : c;
    if (u !== expected.charCodeAt(k)) return false;
  }
  return true;
}

/** startsUpper of the token starting at `start`, without slicing it out (ASCII decided on the code). */
export function startsUpperAt(text: string, start: number): boolean {
  const c = text.charCodeAt(start);
  return c < 128 ? c >= 65 && c <= 90 : startsUpper(text.charAt(start));
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
