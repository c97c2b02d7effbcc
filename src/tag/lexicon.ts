/** The compiled matcher: a trie over normalised token keys, built once from every derived surface form. */
import { isAllCaps, normApostrophes, startsUpper } from "./normalize.ts";
import { keyAt, rawOf, type Tokens, tokenize } from "./tokenize.ts";

/** How a surface form relates to its target. */
export type MatchKind =
  /** A full name, official name, acronym, adjective or demonym: "Kasachstan", "SOZ", "kasachische". */
  | "full"
  /** A surname alone, or a one-word alias: "Tokajew" — resolved by context when shared. */
  | "surname"
  /** A host city, a signal for summit inference only: "Tianjin". */
  | "city"
  /** A phrase that is no entity and wins by length: "New Mexico". */
  | "block";

/** Grammatical kind of a form, which decides the precision rules applied to it (src/tag/filters.ts). */
export type FormKind = "name" | "deAdj" | "deAdjBare" | "deNoun" | "enAdj";

/** Case rule per token: 0 any case, 1 must start upper case, a string: exactly as written ("US", "EU's"). */
export type CaseRule = 0 | 1 | string;

/** One thing a token sequence may name. */
export interface Candidate {
  /** EntityKey ("country:KZ"), "city:<summitId>", or "" for blocks. */
  readonly target: string;
  readonly kind: MatchKind;
  readonly form: FormKind;
  readonly cases: readonly CaseRule[];
}

/** A trie node; `cands` is set where a form ends. */
export interface TrieNode {
  next: Map<string, TrieNode> | undefined;
  cands: Candidate[] | undefined;
}

/** Creates an empty trie. */
export function newTrie(): TrieNode {
  return { next: undefined, cands: undefined };
}

/** Adds one surface form ("Vereinigte Staaten") for a target. Duplicates are ignored. */
export function addForm(
  root: TrieNode,
  surface: string,
  target: string,
  kind: MatchKind,
  form: FormKind,
): void {
  const tokens = tokenize(surface);
  if (tokens.length === 0) return;
  let node = root;
  for (let i = 0; i < tokens.length; i++) {
    const key = keyAt(tokens, i);
    node.next ??= new Map();
    let child = node.next.get(key);
    if (child === undefined) {
      child = newTrie();
      node.next.set(key, child);
    }
    node = child;
  }
  const cases: CaseRule[] = [];
  for (let i = 0; i < tokens.length; i++) cases.push(caseRule(rawOf(tokens, i)));
  const cand: Candidate = { target, kind, form, cases };
  node.cands ??= [];
  if (!node.cands.some((c) => sameCandidate(c, cand))) node.cands.push(cand);
}

/**
 * Acronyms of up to three letters must match exactly ("US", not "us"; "EU", not "Eu");
 * longer ones need only a capital ("NATO" or "Nato"); names need a capital ("Modi", not "modi");
 * lower-case forms (German adjectives, "d'Ivoire") match in any case.
 */
function caseRule(raw: string): CaseRule {
  const base = normApostrophes(raw).replace(/'s$/u, "");
  if (isAllCaps(base) && (base.length <= 3 || base.includes(".") || /\d/u.test(base)))
    return normApostrophes(raw);
  return startsUpper(raw) ? 1 : 0;
}

function sameCandidate(a: Candidate, b: Candidate): boolean {
  return (
    a.target === b.target &&
    a.kind === b.kind &&
    a.form === b.form &&
    a.cases.join("\u0001") === b.cases.join("\u0001")
  );
}

/** True when the text tokens first… satisfy the candidate's case rules. */
export function casesMatch(cand: Candidate, tokens: Tokens, first: number): boolean {
  for (let k = 0; k < cand.cases.length; k++) {
    const rule = cand.cases[k];
    if (rule === 0) continue;
    if (first + k >= tokens.length) return false;
    const raw = rawOf(tokens, first + k);
    if (rule === 1) {
      if (!startsUpper(raw)) return false;
    } else if (typeof rule === "string" && normApostrophes(raw) !== rule) {
      return false;
    }
  }
  return true;
}
