/** The compiled matcher: a trie over (ids of) normalised token keys, built once from every derived surface form. */
import { KeyIndex, type KeyIndexData } from "./key-index.ts";
import {
  equalsNormApostrophes,
  isAllCaps,
  normApostrophes,
  startsUpper,
  startsUpperAt,
} from "./normalize.ts";
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
  | "block"
  /**
   * An office's word or alias ("Präsident", "Foreign Secretary", "UN-Generalsekretär"): kept apart from entity
   * forms (TrieNode.offs), so it never hides the country or organisation it is written with.
   */
  | "office";

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
  /** A genitive or possessive form of a name ("Putins", "Putin's"): the person is not the subject of a verb. */
  readonly possessive: boolean;
}

/** A trie node over token key ids (see KeyIndex); `cands` (entities) and `offs` (office words) where a form ends. */
export interface TrieNode {
  next: Map<number, TrieNode> | undefined;
  cands: Candidate[] | undefined;
  offs: Candidate[] | undefined;
}

/**
 * One language's matcher: the trie of forms, the ids of the token keys its edges are labelled with, and the
 * flag bits of the words the sentence rules look for (src/tag/marks.ts), by key id.
 */
export interface Lexicon {
  readonly root: TrieNode;
  readonly keys: KeyIndex;
  marks: Int32Array;
}

/** A lexicon as plain data, for the build cache: the trie as it is (maps, arrays, strings), the key index's tables. */
export interface LexiconData {
  readonly root: TrieNode;
  readonly keys: KeyIndexData;
  readonly marks: Int32Array<ArrayBuffer>;
}

/** `lexicon` as data, sharing its parts (a built lexicon is never changed). */
export function lexiconData(lexicon: Lexicon): LexiconData {
  return { root: lexicon.root, keys: lexicon.keys.toData(), marks: lexicon.marks as Int32Array<ArrayBuffer> };
}

/**
 * The lexicon `lexiconData` gave, or undefined when `data` is not one. Only its outer shape is checked: the cache
 * file it comes from is sealed, so a damaged one never gets here, and its format and code version are checked.
 */
export function lexiconFromData(data: unknown): Lexicon | undefined {
  if (typeof data !== "object" || data === null) return undefined;
  const { root, keys, marks } = data as Partial<Record<keyof LexiconData, unknown>>;
  if (typeof root !== "object" || root === null || !(marks instanceof Int32Array)) return undefined;
  const index = KeyIndex.fromData(keys);
  return index ? { root: root as TrieNode, keys: index, marks } : undefined;
}

/** Creates an empty lexicon. */
export function newLexicon(): Lexicon {
  return {
    root: { next: undefined, cands: undefined, offs: undefined },
    keys: new KeyIndex(),
    marks: new Int32Array(0),
  };
}

/** How a form is added besides its target and kind. */
export interface FormOptions {
  /** A genitive or possessive form of a name. */
  readonly possessive?: boolean;
  /** Match in any case (office words: "Kazakhstan's president", "the President"). */
  readonly anyCase?: boolean;
}

/** Adds one surface form ("Vereinigte Staaten") for a target. Duplicates are ignored. */
export function addForm(
  lexicon: Lexicon,
  surface: string,
  target: string,
  kind: MatchKind,
  form: FormKind,
  options: FormOptions = {},
): void {
  const tokens = tokenize(surface, true);
  if (tokens.length === 0) return;
  let node = lexicon.root;
  for (let i = 0; i < tokens.length; i++) {
    const key = lexicon.keys.intern(keyAt(tokens, i));
    node.next ??= new Map();
    let child = node.next.get(key);
    if (child === undefined) {
      child = { next: undefined, cands: undefined, offs: undefined };
      node.next.set(key, child);
    }
    node = child;
  }
  const cases: CaseRule[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const raw = rawOf(tokens, i);
    let rule = caseRules.get(raw);
    if (rule === undefined) {
      rule = caseRule(raw);
      caseRules.set(raw, rule);
    }
    cases.push(options.anyCase && rule === 1 ? 0 : rule);
  }
  const cand: Candidate = { target, kind, form, cases, possessive: options.possessive === true };
  if (kind === "office") node.offs ??= [];
  else node.cands ??= [];
  const list = (kind === "office" ? node.offs : node.cands) as Candidate[];
  if (!list.some((c) => sameCandidate(c, cand))) list.push(cand);
}

/** Case rules by token as written: the same words recur in thousands of forms. */
const caseRules = new Map<string, CaseRule>();

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
  if (
    a.target !== b.target ||
    a.kind !== b.kind ||
    a.form !== b.form ||
    a.possessive !== b.possessive ||
    a.cases.length !== b.cases.length
  )
    return false;
  for (let k = 0; k < a.cases.length; k++) if (a.cases[k] !== b.cases[k]) return false;
  return true;
}

/** True when the text tokens first… satisfy the candidate's case rules (checked in place, nothing sliced). */
export function casesMatch(cand: Candidate, tokens: Tokens, first: number): boolean {
  const { text, starts, ends } = tokens;
  for (let k = 0; k < cand.cases.length; k++) {
    const rule = cand.cases[k];
    if (rule === 0) continue;
    if (first + k >= tokens.length) return false;
    const start = starts[first + k] as number;
    if (rule === 1) {
      if (!startsUpperAt(text, start)) return false;
    } else if (
      typeof rule === "string" &&
      !equalsNormApostrophes(text, start, ends[first + k] as number, rule)
    ) {
      return false;
    }
  }
  return true;
}
