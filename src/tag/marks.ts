/**
 * Marks: words the sentence rules look for (summit words, years, "last", meeting verbs, "damals", "former"…), found
 * on the scanner's one walk over the text. Each is a key of the lexicon's KeyIndex with a set of flag bits, so the
 * scanner records a marked token for the price of one array read, and the rules read the few marked tokens of a
 * sentence instead of cutting every token out of the text. Frequent function words ("der", "of", "und", "nicht")
 * are not marked: the rules read those by cutting out the one or two tokens next to an office word or a name.
 */
import type { Lang } from "../registry/types.ts";
import {
  LAST_WORDS,
  MEETING_PAIRS,
  MEETING_VERBS,
  NEUTRAL_OFFICE_WORDS,
  OFFICE_MODIFIERS,
  PAST_MARKERS,
} from "./data/words.ts";
import type { KeyIndex } from "./key-index.ts";
import { normKey } from "./normalize.ts";

/** Flag bits of a marked word. */
export const Mark = {
  /** A summit word: "summit", "Gipfel", "Gipfeltreffen", "meeting", "Sitzung", "Treffen". */
  Cue: 1 << 0,
  /** A year 1900–2099. */
  Year: 1 << 1,
  /** "last", "letzte", "vorige", "vergangenen". */
  Last: 1 << 2,
  /** "next", "nächste", "kommende". */
  Next: 1 << 3,
  /** "year", "Jahr", "Jahren" after Last/Next: "last year's", "im vergangenen Jahr". */
  YearWord: 1 << 4,
  /** "letztjährige", "Vorjahr": last year in one word. */
  LastYear: 1 << 5,
  /** "damals", "then", "ago": a sentence about another time. */
  Past: 1 << 6,
  /** A meeting verb on its own: "met", "trifft", "empfing". */
  Verb: 1 << 8,
  /** A word that makes an office word name someone other than today's holder: "former", "ehemalige", "vice". */
  Modifier: 1 << 10,
  /** A word that may stand between a country and its office word: "current", "amtierende". */
  Neutral: 1 << 11,
  /**
   * First word of a meeting phrase of group n ("held" of "held talks with") is bit PairFirst << n; the second
   * words ("talks", "with", "mit") are frequent and not marked: the rule reads them in the few sentences concerned.
   */
  PairFirst: 1 << 16,
} as const;

/** Summit words for the sentence rules (exact keys; hyphen compounds such as "SOZ-Gipfel" split into "Gipfel"). */
const CUES: Readonly<Record<Lang, readonly string[]>> = {
  en: ["summit", "summits", "summit's", "summitry", "meeting", "meetings"],
  de: [
    "gipfel",
    "gipfels",
    "gipfeln",
    "gipfeltreffen",
    "gipfeltreffens",
    "sondergipfel",
    "sondergipfels",
    "krisengipfel",
    "treffen",
    "treffens",
    "sitzung",
    "tagung",
  ],
};
const NEXT = ["next", "nachste", "nachsten", "nachstes", "kommende", "kommenden", "kommendes"];
const YEAR_WORDS = ["year", "year's", "jahr", "jahre", "jahres", "jahren", "jahrs"];
const LAST_YEAR = [
  ...["letztjahrig", "vorjahrig"].flatMap((s) => ["e", "en", "er", "es", "em"].map((e) => s + e)),
  "vorjahr",
  "vorjahres",
];

/** Marks every rule word in a language's KeyIndex; returns the bits per key id (0 for unmarked keys). */
export function buildMarks(keys: KeyIndex, lang: Lang): Int32Array {
  const bits = new Map<number, number>();
  const mark = (word: string, bit: number) => {
    const id = keys.intern(normKey(word));
    bits.set(id, (bits.get(id) ?? 0) | bit);
  };
  for (const w of CUES[lang]) mark(w, Mark.Cue);
  for (let y = 1900; y < 2100; y++) mark(String(y), Mark.Year);
  for (const w of LAST_WORDS) mark(w, Mark.Last);
  for (const w of NEXT) mark(w, Mark.Next);
  for (const w of YEAR_WORDS) mark(w, Mark.YearWord);
  for (const w of LAST_YEAR) mark(w, Mark.LastYear);
  for (const w of PAST_MARKERS) mark(w, Mark.Past);
  for (const w of MEETING_VERBS[lang]) mark(w, Mark.Verb);
  for (const w of OFFICE_MODIFIERS) mark(w, Mark.Modifier);
  for (const w of NEUTRAL_OFFICE_WORDS) mark(w, Mark.Neutral);
  MEETING_PAIRS[lang].forEach(([first], n) => {
    for (const w of first) mark(w, Mark.PairFirst << n);
  });
  const out = new Int32Array(keys.size);
  for (const [id, b] of bits) out[id] = b;
  return out;
}

/** The marked tokens of one text, in order: token indices and their bits. */
export interface Marked {
  readonly tokens: readonly number[];
  readonly bits: readonly number[];
}

/** Bits of token k (0 when it is not marked). */
export function bitsAt(marked: Marked, k: number): number {
  const i = lowerBound(marked.tokens, k);
  return marked.tokens[i] === k ? (marked.bits[i] as number) : 0;
}

/** Bits of the marked tokens first…last (inclusive), OR-ed together. */
export function bitsBetween(marked: Marked, first: number, last: number): number {
  let out = 0;
  for (let k = lowerBound(marked.tokens, first); k < marked.tokens.length; k++) {
    const t = marked.tokens[k] as number;
    if (t > last) break;
    out |= marked.bits[k] as number;
  }
  return out;
}

/** Calls `fn(token, bits)` for each marked token of first…last. */
export function eachMarked(
  marked: Marked,
  first: number,
  last: number,
  fn: (token: number, bits: number) => void,
): void {
  for (let k = lowerBound(marked.tokens, first); k < marked.tokens.length; k++) {
    const t = marked.tokens[k] as number;
    if (t > last) break;
    fn(t, marked.bits[k] as number);
  }
}

function lowerBound(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((xs[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
