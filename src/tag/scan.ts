/** Walks the tokens once, taking at each position the longest form in the trie whose case rules hold. */
import { type Candidate, casesMatch, type TrieNode } from "./lexicon.ts";
import { Gap, keyAt, type Tokens } from "./tokenize.ts";

/** A longest match: tokens first…last (inclusive) and the candidates whose case rules hold. */
export interface RawMatch {
  readonly first: number;
  readonly last: number;
  readonly cands: readonly Candidate[];
}

/**
 * Longest match first: "Vereinigte Staaten von Amerika" is one match, not "Staaten" + "Amerika";
 * "US-Präsident" matches "US" (the compound's part). Cost: one Map lookup per token, plus the
 * length of each match — linear in the text, whatever the size of the registry.
 */
export function scan(tokens: Tokens, root: TrieNode): RawMatch[] {
  const out: RawMatch[] = [];
  const rootNext = root.next;
  if (rootNext === undefined) return out;
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    let node = rootNext.get(keyAt(tokens, i));
    if (node === undefined) continue;
    let best: RawMatch | undefined;
    let j = i;
    for (;;) {
      if (node.cands !== undefined) {
        const ok = node.cands.filter((c) => casesMatch(c, tokens, i));
        if (ok.length > 0) best = { first: i, last: j, cands: ok };
      }
      if (j + 1 >= n || node.next === undefined || !joins(tokens, j + 1)) break;
      const child: TrieNode | undefined = node.next.get(keyAt(tokens, j + 1));
      if (child === undefined) break;
      node = child;
      j++;
    }
    if (best !== undefined) {
      out.push(best);
      i = best.last;
    }
  }
  return out;
}

/** Tokens of one name are separated by spaces or hyphens, or by the dot of "St. Kitts". */
function joins(tokens: Tokens, next: number): boolean {
  const gap = tokens.gaps[next] as Gap;
  if (gap <= Gap.Hyphen) return true;
  return (
    gap === Gap.Sentence &&
    keyAt(tokens, next - 1) === "st" &&
    tokens.text.charAt(tokens.ends[next - 1] as number) === "."
  );
}
