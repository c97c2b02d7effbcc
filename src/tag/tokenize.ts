/** Splits text into word tokens with offsets and classifies the gap before each token (one pass, no RegExp). */
import { normKey } from "./normalize.ts";

/** What separates a token from the one before it. */
export const Gap = {
  /** Spaces or a single line break: "Vereinigte Staaten". */
  Space: 0,
  /** A hyphen (or a plus), possibly with spaces: "US-Präsident", "Guinea-Bissau", "C5+1". */
  Hyphen: 1,
  /** Other punctuation inside a sentence: commas, brackets, quotes, slashes. */
  Punct: 2,
  /** A sentence or paragraph end, or the start of the text: ". ", "?", "\n\n". */
  Sentence: 3,
} as const;
export type Gap = (typeof Gap)[keyof typeof Gap];

/**
 * Tokens of one text as parallel typed arrays: no object, string or boxed number per token, so a 10 MB
 * text costs a few flat buffers instead of millions of heap cells for the garbage collector to trace.
 */
export interface Tokens {
  readonly text: string;
  /** The text's UTF-16 code units (see codeUnits): read these, not text.charCodeAt, in per-token loops. */
  readonly units: Uint16Array;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Number of tokens. Keys are computed on demand (keyAt, or KeyIndex.idOf in the scanner). */
  readonly length: number;
  /** Gap before each token. */
  readonly gaps: Uint8Array;
}

/** Scratch for tokenizing short texts; only tokenize writes them, and it returns copies. */
const SCRATCH_TOKENS = 64;
const SCRATCH_STARTS = new Int32Array(SCRATCH_TOKENS);
const SCRATCH_ENDS = new Int32Array(SCRATCH_TOKENS);
const SCRATCH_GAPS = new Uint8Array(SCRATCH_TOKENS);

/** Per BMP code unit: 1 word character (letter, mark, digit), 2 not; computed on first sight. */
const WORD_CHAR = new Uint8Array(65536);
const IS_WORD = /^[\p{L}\p{M}\p{N}]$/u;

/**
 * The text's UTF-16 code units, copied natively. The tokenizer reads these rather than calling charCodeAt:
 * V8 looks charCodeAt up per kind of string it has seen at a call site (flat, concatenated, sliced,
 * interned…), and once the compiled surface forms and an article body have shown it more than four kinds,
 * every read goes through a slow generic lookup (≈3× the time of the whole tokenizer).
 */
function codeUnits(text: string): Uint16Array {
  const n = text.length;
  // Short texts (every surface form at compile time) reuse one buffer; tokenize keeps no reference to it.
  const u = n <= SCRATCH_UNITS.length ? SCRATCH_UNITS.subarray(0, n) : new Uint16Array(n);
  const bytes = u.buffer === SCRATCH_UNITS.buffer ? SCRATCH_BYTES : Buffer.from(u.buffer);
  bytes.write(text, 0, "utf16le");
  if (BIG_ENDIAN) bytes.subarray(0, 2 * n).swap16();
  return u;
}

const SCRATCH_UNITS = new Uint16Array(256);
const SCRATCH_BYTES = Buffer.from(SCRATCH_UNITS.buffer);
const BIG_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 0;

function isWordChar(u: Uint16Array, i: number): boolean {
  const c = u[i] as number;
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0xd800 && c <= 0xdbff) {
    // As text.codePointAt(i): the pair's code point, or the lone surrogate itself (no word character).
    const lo = i + 1 < u.length ? (u[i + 1] as number) : 0;
    if (lo < 0xdc00 || lo > 0xdfff) return false;
    return IS_WORD.test(String.fromCodePoint(((c - 0xd800) << 10) + (lo - 0xdc00) + 0x10000));
  }
  let v = WORD_CHAR[c] as number;
  if (v === 0) {
    v = IS_WORD.test(String.fromCharCode(c)) ? 1 : 2;
    WORD_CHAR[c] = v;
  }
  return v === 1;
}

/** Width in code units of the character at i (2 for a high surrogate followed by anything). */
function width(u: Uint16Array, i: number): number {
  const c = u[i] as number;
  return c >= 0xd800 && c <= 0xdbff && i + 1 < u.length ? 2 : 1;
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x02bc;
}

function isUpperAscii(c: number): boolean {
  return c >= 65 && c <= 90;
}

/**
 * Tokenises `text`; offsets are UTF-16 indices into it. With `transient`, a short text's tokens may share buffers
 * with the next call's (for callers that are done with them by then). A word is letters, marks and digits with inner
 * apostrophes ("Côte d'Ivoire", "Putin’s"), or a dotted abbreviation ("U.S.", "U.K."). Hyphens split
 * words: "SOZ-Gipfel" is "SOZ" + "Gipfel", with a Hyphen gap between.
 */
export function tokenize(text: string, transient = false): Tokens {
  const u = codeUnits(text);
  const n = u.length;
  // Short texts (every surface form at compile time, titles) fill shared scratch buffers and get exact-size
  // copies, which V8 keeps on its heap; long ones get a token every 4 code units (news has one every ~6),
  // doubled in the rare denser case, and views of that.
  const short = n <= 4 * SCRATCH_TOKENS;
  let capacity = short ? SCRATCH_TOKENS : (n >> 2) + 16;
  let starts = short ? SCRATCH_STARTS : new Int32Array(capacity);
  let ends = short ? SCRATCH_ENDS : new Int32Array(capacity);
  let gaps = short ? SCRATCH_GAPS : new Uint8Array(capacity);
  let count = 0;
  let gap: Gap = Gap.Sentence;
  let newlines = 0;
  // Only spaces since the last line break (a list bullet may follow).
  let lineStart = false;
  let i = 0;
  while (i < n) {
    const code = u[i] as number;
    if (code === 32) {
      i++;
      continue;
    }
    const asciiWord = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
    if (!asciiWord && (code < 128 || !isWordChar(u, i))) {
      const c = code;
      if (c === 10) {
        newlines++;
        if (newlines > 1) gap = Gap.Sentence;
        lineStart = true;
      } else if (lineStart && (c === 45 || c === 42 || c === 43)) {
        // A list bullet ("- ", "* ", "+ ") starts a new item: nothing joins across it.
        gap = Gap.Sentence;
      } else if (c === 45 || c === 0x2010 || c === 0x2011 || c === 43) {
        // "+" joins like a hyphen, so "C5+1" is one name (and "BRICS+" stays "BRICS").
        if (gap < Gap.Hyphen) gap = Gap.Hyphen;
      } else if (c === 46 || c === 33 || c === 63 || c === 35 || c === 124 || c === 0) {
        gap = Gap.Sentence;
      } else if (c !== 32 && c !== 9 && c !== 13 && c !== 0xa0 && gap < Gap.Punct) {
        gap = Gap.Punct;
      }
      if (c !== 10 && c !== 9 && c !== 13) lineStart = false;
      i += width(u, i);
      continue;
    }
    lineStart = false;
    const start = i;
    // Only "X." can start "U.S.": checked here, so dottedAbbreviation is not called for every token.
    let end =
      code >= 65 && code <= 90 && i + 1 < n && (u[i + 1] as number) === 46 ? dottedAbbreviation(u, i) : -1;
    if (end < 0) {
      end = i;
      for (;;) {
        while (end < n) {
          const c = u[end] as number;
          if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) end++;
          else if (c >= 128 && isWordChar(u, end)) end += width(u, end);
          else break;
        }
        if (end + 1 >= n) break;
        const c = u[end] as number;
        if (isApostrophe(c) && isWordChar(u, end + 1)) end += 1;
        else break;
      }
    }
    if (count === capacity) {
      capacity *= 2;
      starts = grown(starts, new Int32Array(capacity));
      ends = grown(ends, new Int32Array(capacity));
      gaps = grown(gaps, new Uint8Array(capacity));
    }
    starts[count] = start;
    ends[count] = end;
    gaps[count] = gap;
    count++;
    gap = Gap.Space;
    newlines = 0;
    i = end;
  }
  // `transient`: the caller reads the tokens before the next call (compiling forms), so scratch views will do.
  const copy = !transient;
  return {
    text,
    units: u.buffer === SCRATCH_UNITS.buffer && copy ? u.slice() : u,
    starts: starts === SCRATCH_STARTS && copy ? starts.slice(0, count) : starts.subarray(0, count),
    ends: ends === SCRATCH_ENDS && copy ? ends.slice(0, count) : ends.subarray(0, count),
    gaps: gaps === SCRATCH_GAPS && copy ? gaps.slice(0, count) : gaps.subarray(0, count),
    length: count,
  };
}

function grown<T extends Int32Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** End of "U.S." / "U.S.A." starting at i (two or more upper-case letters each followed by a dot), or -1. */
function dottedAbbreviation(u: Uint16Array, i: number): number {
  let j = i;
  let count = 0;
  while (j + 1 < u.length && isUpperAscii(u[j] as number) && u[j + 1] === 46) {
    j += 2;
    count++;
  }
  return count >= 2 && !(j < u.length && isWordChar(u, j)) ? j : -1;
}

/** The normalised lookup key of token i (see normKey); "" past the ends. */
export function keyAt(tokens: Tokens, i: number): string {
  if (i < 0 || i >= tokens.length) return "";
  return normKey(tokens.text.slice(tokens.starts[i] as number, tokens.ends[i] as number));
}

/** The token as written. */
export function rawOf(tokens: Tokens, i: number): string {
  return tokens.text.slice(tokens.starts[i] as number, tokens.ends[i] as number);
}
