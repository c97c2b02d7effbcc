/** Decides which entity each match names, using the whole article as context. */

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
 * names the one the article names in full ("Ilham Aliyev … Aliyev said"), else nothing.
 */
export function resolve(fields: readonly FieldScan[]): Resolution {
  const named = new Set<string>();
  for (const f of fields) {
    for (const m of f.matches) {
      const fulls = targets(m.cands, "full");
      if (fulls.length === 1 && !hasBlock(m.cands)) named.add(fulls[0] as string);
    }
  }
  const mentions: Resolved[] = [];
  const cities = new Set<string>();
  for (const f of fields) {
    for (const m of f.matches) {
      if (hasBlock(m.cands)) continue;
      for (const c of targets(m.cands, "city")) cities.add(c.slice("city:".length));
      const key = pick(targets(m.cands, "full"), named) ?? pick(targets(m.cands, "surname"), named);
      if (key === undefined) continue;
      const start = f.tokens.starts[m.first] as number;
      const end = f.tokens.ends[m.last] as number;
      mentions.push({ key, field: f.field, first: m.first, last: m.last, start, end });
    }
  }
  return { mentions, cities };
}

/** One target → it; several → the single one named elsewhere; otherwise none. */
function pick(candidates: readonly string[], named: ReadonlySet<string>): string | undefined {
  if (candidates.length === 1) return candidates[0];
  const known = candidates.filter((t) => named.has(t));
  return known.length === 1 ? known[0] : undefined;
}

function targets(cands: readonly Candidate[], kind: Candidate["kind"]): string[] {
  const out: string[] = [];
  for (const c of cands) if (c.kind === kind && !out.includes(c.target)) out.push(c.target);
  return out;
}

function hasBlock(cands: readonly Candidate[]): boolean {
  return cands.some((c) => c.kind === "block");
}
