/** Sentence spans of a tokenized text, for rules that look at a whole sentence (office references, meetings). */
import { Gap, type Tokens } from "./tokenize.ts";

/** Tokens first…last (inclusive) of one sentence. */
export interface Sentence {
  readonly first: number;
  readonly last: number;
}

/**
 * The sentences of a text: from the token after a sentence break (". ", "?", a paragraph) to the token before
 * the next. An initial ("George W. Bush") does not end a sentence. Found in one pass, on first use only, so
 * looking up many tokens of one long sentence stays linear.
 */
export class Sentences {
  private firsts: Int32Array | undefined;
  private count = 0;

  constructor(private readonly tokens: Tokens) {}

  /** The sentence around token `i`. */
  at(i: number): Sentence {
    const firsts = this.build();
    let lo = 0;
    let hi = this.count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((firsts[mid] as number) <= i) lo = mid;
      else hi = mid - 1;
    }
    const first = firsts[lo] as number;
    const last = lo + 1 < this.count ? (firsts[lo + 1] as number) - 1 : this.tokens.length - 1;
    return { first, last };
  }

  private build(): Int32Array {
    if (this.firsts !== undefined) return this.firsts;
    const { gaps, length } = this.tokens;
    // One pass over the gap codes (a typed array); the initial test only where a sentence break is.
    let firsts = new Int32Array(Math.max(16, length >> 4));
    let count = 1;
    // Native search for the next break (gaps is a typed array), the initial test only where one is.
    for (let i = gaps.indexOf(Gap.Sentence, 1); i > 0 && i < length; i = gaps.indexOf(Gap.Sentence, i + 1)) {
      if (!breaksBefore(this.tokens, i)) continue;
      if (count === firsts.length) {
        const grown = new Int32Array(firsts.length * 2);
        grown.set(firsts);
        firsts = grown;
      }
      firsts[count++] = i;
    }
    this.firsts = firsts;
    this.count = count;
    return firsts;
  }
}

const cache = new WeakMap<Tokens, Sentences>();

/** The sentences of a tokenized text, built once however many rules ask. */
export function sentencesOf(tokens: Tokens): Sentences {
  let s = cache.get(tokens);
  if (s === undefined) {
    s = new Sentences(tokens);
    cache.set(tokens, s);
  }
  return s;
}

/** True when a sentence starts at token i (a break precedes it that is not the dot of an initial). */
function breaksBefore(tokens: Tokens, i: number): boolean {
  if (tokens.gaps[i] !== Gap.Sentence) return false;
  if (i === 0) return true;
  const start = tokens.starts[i - 1] as number;
  const end = tokens.ends[i - 1] as number;
  const c = tokens.units[start] as number;
  // "W. Bush": a single capital followed by its dot is an initial, not a sentence end.
  return !(end - start === 1 && c >= 65 && c <= 90 && tokens.units[end] === 46);
}

/** True when a semicolon or colon lies between tokens a and b (clause boundary inside a sentence). */
export function clauseBreakBetween(tokens: Tokens, a: number, b: number): boolean {
  for (let k = a + 1; k <= b && k < tokens.length; k++) {
    if (tokens.gaps[k] === Gap.Space || tokens.gaps[k] === Gap.Hyphen) continue;
    const from = tokens.ends[k - 1] as number;
    const to = tokens.starts[k] as number;
    for (let u = from; u < to; u++) {
      const c = tokens.units[u] as number;
      if (c === 59 || c === 58) return true;
    }
  }
  return false;
}

/** A run of items sorted by `first` (the mentions of one field): indices lo … hi − 1 of `items`. */
export interface Run<T> {
  readonly items: readonly T[];
  readonly lo: number;
  readonly hi: number;
}

/** The whole of an array as a run. */
export function runOf<T>(items: readonly T[]): Run<T> {
  return { items, lo: 0, hi: items.length };
}

/** The mentions of one field: they are contiguous in a list in source order (title, summary, body). */
export function fieldRun<T extends { readonly field: string }>(items: readonly T[], field: string): Run<T> {
  let lo = 0;
  while (lo < items.length && (items[lo] as T).field !== field) lo++;
  let hi = lo;
  while (hi < items.length && (items[hi] as T).field === field) hi++;
  return { items, lo, hi };
}

/** Binary search in a run sorted by `first`: the index of the first item whose first token is ≥ `token`. */
export function firstAtOrAfter(run: Run<{ readonly first: number }>, token: number): number {
  let lo = run.lo;
  let hi = run.hi;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((run.items[mid] as { first: number }).first < token) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The item (of a run sorted by `first`, not overlapping) that starts at `token`, if any. */
export function startingAt<T extends { readonly first: number }>(run: Run<T>, token: number): T | undefined {
  const k = firstAtOrAfter(run, token);
  const item = k < run.hi ? run.items[k] : undefined;
  return item !== undefined && item.first === token ? item : undefined;
}

/** The item (of a run sorted by `first`, not overlapping) that ends at `token`, if any. */
export function endingAt<T extends { readonly first: number; readonly last: number }>(
  run: Run<T>,
  token: number,
): T | undefined {
  const k = firstAtOrAfter(run, token + 1) - 1;
  const item = k >= run.lo ? run.items[k] : undefined;
  return item !== undefined && item.last === token ? item : undefined;
}

/** The items of a run that start inside tokens first…last. */
export function between<T extends { readonly first: number }>(run: Run<T>, first: number, last: number): T[] {
  const out: T[] = [];
  for (let k = firstAtOrAfter(run, first); k < run.hi && (run.items[k] as T).first <= last; k++)
    out.push(run.items[k] as T);
  return out;
}
