/** Decides which entity each match names, using the whole article as context. */

import { isCommonWord } from "../text/index.ts";
import type { Candidate } from "./lexicon.ts";
import type { RawMatch } from "./scan.ts";
import type { Tokens } from "./tokenize.ts";
import type { Field } from "./types.ts";

/** The filtered matches of one field (title, summary, body, or a matchText fragment). */
export interface FieldScan {
  readonly field: Field;
  readonly tokens: Tokens;
  readonly matches: readonly RawMatch[];
}

/** A match resolved to one entity. */
export interface Resolved {
  readonly key: string;
  readonly field: Field;
  /** Token indices (inclusive) and UTF-16 offsets of the mention. */
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
}

/** Entity mentions in source order, and the summits whose host city was named. */
export interface Resolution {
  readonly mentions: readonly Resolved[];
  readonly cities: ReadonlySet<string>;
}

/**
 * Rules, in order: a block phrase names nothing ("New Mexico"); a form naming one entity names it
 * ("Kasachstan"); a form naming several ("Congolese", "Korean") names the one the article otherwise names
 * unambiguously, else nothing; a full form beats a surname; a surname shared by two people ("Aliyev")
 * names the one the article names in full ("Ilham Aliyev … Aliyev said"), else nothing; a surname that is a
 * common word ("May") names a person only after their full name.
 */
export function resolve(fields: readonly FieldScan[]): Resolution {
  const named = new Set<string>();
  for (const f of fields) {
    for (const m of f.matches) {
      const full = soleTarget(m.cands, "full");
      if (full !== undefined && !hasBlock(m.cands)) named.add(full);
    }
  }
  const mentions: Resolved[] = [];
  const cities = new Set<string>();
  /** People named in full so far, in reading order (title, summary, body). */
  const namedBefore = new Set<string>();
  for (const f of fields) {
    for (const m of f.matches) {
      if (hasBlock(m.cands)) continue;
      for (const c of m.cands) if (c.kind === "city") cities.add(c.target.slice("city:".length));
      const full = pick(m.cands, "full", named);
      const key = full ?? pick(m.cands, "surname", named);
      if (key === undefined) continue;
      const start = f.tokens.starts[m.first] as number;
      const end = f.tokens.ends[m.last] as number;
      if (full !== undefined) namedBefore.add(key);
      else if (isCommonSurname(key, f.tokens.text.slice(start, end), namedBefore)) continue;
      mentions.push({ key, field: f.field, first: m.first, last: m.last, start, end });
    }
  }
  return { mentions, cities };
}

/**
 * "chancellor in May", "Will they come?": a person's surname or alias that is a common word names them only
 * after their full name ("Theresa May … May said").
 */
function isCommonSurname(key: string, surface: string, namedBefore: ReadonlySet<string>): boolean {
  return key.startsWith("person:") && !namedBefore.has(key) && isCommonWord(surface.replace(/['’]s$/u, ""));
}

/*
 * The helpers below read the few candidates of one match in place: resolve runs once per match, and
 * building arrays of targets here made it the tagger's largest allocator on name-dense text.
 */

/** The targets of one kind: one → it; several → the single one named elsewhere; otherwise none. */
function pick(
  cands: readonly Candidate[],
  kind: Candidate["kind"],
  named: ReadonlySet<string>,
): string | undefined {
  let first: string | undefined;
  let several = false;
  let known: string | undefined;
  let knownCount = 0;
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k] as Candidate;
    if (c.kind !== kind || seenBefore(cands, k)) continue;
    if (first === undefined) first = c.target;
    else several = true;
    if (named.has(c.target)) {
      known = c.target;
      knownCount++;
    }
  }
  if (!several) return first;
  return knownCount === 1 ? known : undefined;
}

/** The target when every candidate of this kind has the same one (and there is one), else undefined. */
function soleTarget(cands: readonly Candidate[], kind: Candidate["kind"]): string | undefined {
  let target: string | undefined;
  for (const c of cands) {
    if (c.kind !== kind) continue;
    if (target === undefined) target = c.target;
    else if (c.target !== target) return undefined;
  }
  return target;
}

/** True when an earlier candidate has the same kind and target as cands[k]. */
function seenBefore(cands: readonly Candidate[], k: number): boolean {
  const c = cands[k] as Candidate;
  for (let j = 0; j < k; j++) {
    const d = cands[j] as Candidate;
    if (d.kind === c.kind && d.target === c.target) return true;
  }
  return false;
}

function hasBlock(cands: readonly Candidate[]): boolean {
  for (const c of cands) if (c.kind === "block") return true;
  return false;
}
