/** Splits text into word tokens with offsets and classifies the gap before each token (one pass, no RegExp). */
import { normKey } from "./normalize.ts";

/** What separates a token from the one before it. */
export const Gap = {
  /** Spaces or a single line break: "Vereinigte Staaten". */
  Space: 0,
  /** A hyphen, possibly with spaces: "US-Präsident", "Guinea-Bissau". */
  Hyphen: 1,
  /** Other punctuation inside a sentence: commas, brackets, quotes, slashes. */
  Punct: 2,
  /** A sentence or paragraph end, or the start of the text: ". ", "?", "\n\n". */
  Sentence: 3,
} as const;
export type Gap = (typeof Gap)[keyof typeof Gap];

/** Tokens of one text as parallel arrays (cheaper than one object per token on 10 MB inputs). */
export interface Tokens {
  readonly text: string;
  readonly starts: number[];
  readonly ends: number[];
  /** Number of tokens. Keys are computed on demand (keyAt), so 10 MB of text leaves no million-string array. */
  readonly length: number;
  /** Gap before each token. */
  readonly gaps: Gap[];
  /** 1 where the token is plain ASCII, so its key is a slice of `lower`. */
  readonly ascii: Uint8Array | number[];
  /** The text in lower case when that keeps every offset (almost always), else undefined. */
  readonly lower: string | undefined;
}

/** Per BMP code unit: 1 word character (letter, mark, digit), 2 not; computed on first sight. */
const WORD_CHAR = new Uint8Array(65536);
const IS_WORD = /^[\p{L}\p{M}\p{N}]$/u;

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0xd800 && c <= 0xdbff) {
    const cp = text.codePointAt(i) ?? c;
    return cp > 0xffff && IS_WORD.test(String.fromCodePoint(cp));
  }
  let v = WORD_CHAR[c] as number;
  if (v === 0) {
    v = IS_WORD.test(String.fromCharCode(c)) ? 1 : 2;
    WORD_CHAR[c] = v;
  }
  return v === 1;
}

/** Width in code units of the character at i (2 for a surrogate pair). */
function width(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x02bc;
}

function isUpperAscii(c: number): boolean {
  return c >= 65 && c <= 90;
}

/**
 * Tokenises `text`; offsets are UTF-16 indices into it. A word is letters, marks and digits with inner
 * apostrophes ("Côte d'Ivoire", "Putin’s"), or a dotted abbreviation ("U.S.", "U.K."). Hyphens split
 * words: "SOZ-Gipfel" is "SOZ" + "Gipfel", with a Hyphen gap between.
 */
export function tokenize(text: string): Tokens {
  const starts: number[] = [];
  const ends: number[] = [];
  const gaps: Gap[] = [];
  const ascii: number[] = [];
  const n = text.length;
  let allAscii = true;
  let gap: Gap = Gap.Sentence;
  let newlines = 0;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      i++;
      continue;
    }
    const asciiWord = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
    if (!asciiWord && (code < 128 || !isWordChar(text, i))) {
      const c = text.charCodeAt(i);
      if (c === 10) {
        newlines++;
        if (newlines > 1) gap = Gap.Sentence;
      } else if (c === 45 || c === 0x2010 || c === 0x2011) {
        if (gap < Gap.Hyphen) gap = Gap.Hyphen;
      } else if (c === 46 || c === 33 || c === 63 || c === 35 || c === 124 || c === 0) {
        gap = Gap.Sentence;
      } else if (c !== 32 && c !== 9 && c !== 13 && c !== 0xa0 && gap < Gap.Punct) {
        gap = Gap.Punct;
      }
      i += width(text, i);
      continue;
    }
    const start = i;
    let end = dottedAbbreviation(text, i);
    allAscii = true;
    if (end < 0) {
      end = i;
      for (;;) {
        while (end < n) {
          const c = text.charCodeAt(end);
          if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) end++;
          else if (c >= 128 && isWordChar(text, end)) {
            allAscii = false;
            end += width(text, end);
          } else break;
        }
        const c = text.charCodeAt(end);
        if (end + 1 < n && isApostrophe(c) && isWordChar(text, end + 1)) {
          if (c !== 39) allAscii = false;
          end += 1;
        } else break;
      }
    }
    starts.push(start);
    ends.push(end);
    gaps.push(gap);
    ascii.push(allAscii ? 1 : 0);
    gap = Gap.Space;
    newlines = 0;
    i = end;
  }
  const lower = text.toLowerCase();
  return {
    text,
    starts,
    ends,
    gaps,
    ascii,
    lower: lower.length === n ? lower : undefined,
    length: starts.length,
  };
}

/** End of "U.S." / "U.S.A." starting at i (two or more upper-case letters each followed by a dot), or -1. */
function dottedAbbreviation(text: string, i: number): number {
  let j = i;
  let count = 0;
  while (j + 1 < text.length && isUpperAscii(text.charCodeAt(j)) && text.charCodeAt(j + 1) === 46) {
    j += 2;
    count++;
  }
  return count >= 2 && !(j < text.length && isWordChar(text, j)) ? j : -1;
}

/** The normalised lookup key of token i (see normKey); "" past the ends. */
export function keyAt(tokens: Tokens, i: number): string {
  if (i < 0 || i >= tokens.length) return "";
  if (tokens.ascii[i] === 1 && tokens.lower !== undefined) {
    return tokens.lower.slice(tokens.starts[i] as number, tokens.ends[i] as number);
  }
  return normKey(tokens.text.slice(tokens.starts[i] as number, tokens.ends[i] as number));
}

/** The token as written. */
export function rawOf(tokens: Tokens, i: number): string {
  return tokens.text.slice(tokens.starts[i] as number, tokens.ends[i] as number);
}
