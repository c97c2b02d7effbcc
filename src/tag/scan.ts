/** Walks the tokens once, taking at each position the longest form in the trie whose case rules hold. */
import { type Candidate, casesMatch, type Lexicon, type TrieNode } from "./lexicon.ts";
import type { Marked } from "./marks.ts";
import { Gap, keyAt, type Tokens } from "./tokenize.ts";

/** A longest match: tokens first…last (inclusive) and the candidates whose case rules hold. */
export interface RawMatch {
  readonly first: number;
  readonly last: number;
  readonly cands: readonly Candidate[];
}

/** Entity matches (longest first, never overlapping), office-word matches (which may overlap them), marked words. */
export interface ScanResult {
  readonly matches: RawMatch[];
  readonly offices: RawMatch[];
  readonly marked: Marked;
}

/**
 * Longest match first: "Vereinigte Staaten von Amerika" is one match, not "Staaten" + "Amerika";
 * "US-Präsident" matches "US" (the compound's part). Office words are matched on the same walk but kept apart
 * ("US-Präsident" also yields the word "Präsident"; "UN-Generalsekretär" as an alias keeps "UN"). Cost: one walk
 * over each token's characters (its key id) and one Map lookup per known key, plus the length of each match —
 * linear in the text, whatever the size of the registry.
 */
export function scan(tokens: Tokens, lexicon: Lexicon): ScanResult {
  const out: RawMatch[] = [];
  const offices: RawMatch[] = [];
  const marked = { tokens: [] as number[], bits: [] as number[] };
  const rootNext = lexicon.root.next;
  if (rootNext === undefined) return { matches: out, offices, marked };
  const { keys, marks } = lexicon;
  const { units, starts, ends } = tokens;
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    const id = keys.idOf(units, starts[i] as number, ends[i] as number);
    if (id < 0) continue;
    const bits = id < marks.length ? (marks[id] as number) : 0;
    if (bits !== 0) {
      marked.tokens.push(i);
      marked.bits.push(bits);
    }
    let node = rootNext.get(id);
    if (node === undefined) continue;
    let bestLast = -1;
    let bestCands: readonly Candidate[] = [];
    let officeLast = -1;
    let officeCands: readonly Candidate[] = [];
    let j = i;
    for (;;) {
      if (node.cands !== undefined) {
        const ok = matching(node.cands, tokens, i);
        if (ok.length > 0) {
          bestLast = j;
          bestCands = ok;
        }
      }
      if (node.offs !== undefined) {
        const ok = matching(node.offs, tokens, i);
        if (ok.length > 0) {
          officeLast = j;
          officeCands = ok;
        }
      }
      if (j + 1 >= n || node.next === undefined || !joins(tokens, j + 1)) break;
      // -1 (a key no form has) is no child either.
      const child: TrieNode | undefined = node.next.get(
        keys.idOf(units, starts[j + 1] as number, ends[j + 1] as number),
      );
      if (child === undefined) break;
      node = child;
      j++;
    }
    if (officeLast >= 0) offices.push({ first: i, last: officeLast, cands: officeCands });
    if (bestLast >= 0) {
      out.push({ first: i, last: bestLast, cands: bestCands });
      i = bestLast;
    }
  }
  return { matches: out, offices, marked };
}

/** The candidates whose case rules hold at token `first`; the node's own array when all do (never mutated). */
function matching(cands: readonly Candidate[], tokens: Tokens, first: number): readonly Candidate[] {
  let k = 0;
  while (k < cands.length && casesMatch(cands[k] as Candidate, tokens, first)) k++;
  if (k === cands.length) return cands;
  const ok = cands.slice(0, k);
  for (k++; k < cands.length; k++)
    if (casesMatch(cands[k] as Candidate, tokens, first)) ok.push(cands[k] as Candidate);
  return ok;
}

/**
 * Tokens of one name are separated by spaces or hyphens, or by the dot of "St. Kitts" or of an initial
 * ("George W. Bush").
 */
function joins(tokens: Tokens, next: number): boolean {
  const gap = tokens.gaps[next] as Gap;
  if (gap <= Gap.Hyphen) return true;
  if (gap !== Gap.Sentence) return false;
  const prevStart = tokens.starts[next - 1] as number;
  const prevEnd = tokens.ends[next - 1] as number;
  if (tokens.text.charAt(prevEnd) !== "." || tokens.text.charAt(prevEnd + 1) !== " ") return false;
  const initial = prevEnd - prevStart === 1 && isUpperUnit(tokens.units[prevStart] as number);
  return initial || keyAt(tokens, next - 1) === "st";
}

function isUpperUnit(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}
