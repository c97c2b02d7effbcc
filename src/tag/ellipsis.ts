/**
 * Coordinated names sharing their last words: "die Europäische und die Afrikanische Union", "the European and the
 * African Union" name the EU too. The first adjective is matched against the organisations whose name is that
 * adjective followed by the words of the full name written after it.
 */
import type { Lang, Registry } from "../registry/types.ts";
import { adjectiveRoot } from "./build/organisations.ts";
import { CONJUNCTIONS } from "./data/words.ts";
import type { FieldScan, Resolved } from "./resolve.ts";
import { Gap, keyAt, type Tokens } from "./tokenize.ts";

/** Per language: "<adjective root> <rest of name>" → organisation key. */
export type EllipsisIndex = Readonly<Record<Lang, ReadonlyMap<string, string>>>;

const ARTICLES: ReadonlySet<string> = new Set(["die", "der", "den", "dem", "the"]);

/** Indexes every organisation whose name has two or more words by its first word's root and the rest. */
export function buildEllipsisIndex(registry: Registry): EllipsisIndex {
  const out = { de: new Map<string, string>(), en: new Map<string, string>() };
  for (const org of registry.organisations.values()) {
    for (const lang of ["de", "en"] as const) {
      const words = org.name[lang].split(/\s+/u).filter((w) => w.length > 0);
      if (words.length < 2) continue;
      const key = `${adjectiveRoot(words[0] as string)} ${words
        .slice(1)
        .map((w) => adjectiveRoot(w))
        .join(" ")}`;
      // A root shared by two organisations names neither.
      out[lang].set(key, out[lang].has(key) ? "" : `organisation:${org.id}`);
    }
  }
  return out;
}

/** The organisations named only by an adjective before "und/and" + another organisation's full name. */
export function coordinatedOrganisations(
  fields: readonly FieldScan[],
  mentions: readonly Resolved[],
  index: EllipsisIndex,
  lang: Lang,
): Resolved[] {
  const out: Resolved[] = [];
  const map = index[lang];
  for (const m of mentions) {
    if (m.last === m.first || !m.key.startsWith("organisation:")) continue;
    const f = fields.find((x) => x.field === m.field);
    if (f === undefined) continue;
    const tokens = f.tokens;
    // Cheap test first: a conjunction one or two tokens before the name ("und die Afrikanische Union").
    if (!maybeConjunction(tokens, m.first - 1) && !maybeConjunction(tokens, m.first - 2)) continue;
    if (!CONJUNCTIONS.has(keyAt(tokens, m.first - 1)) && !CONJUNCTIONS.has(keyAt(tokens, m.first - 2)))
      continue;
    const rest = restKey(tokens, m.first + 1, m.last);
    if (map.get(`${adjectiveRoot(keyAt(tokens, m.first))} ${rest}`) !== m.key) continue;
    // Back over "die", "und", "die" to the adjective: "Europäische und die Afrikanische Union".
    let k = m.first - 1;
    if (ARTICLES.has(keyAt(tokens, k))) k--;
    if (!CONJUNCTIONS.has(keyAt(tokens, k))) continue;
    k--;
    if (ARTICLES.has(keyAt(tokens, k))) k--;
    if (k < 0 || (tokens.gaps[k + 1] as Gap) > Gap.Punct) continue;
    const key = map.get(`${adjectiveRoot(keyAt(tokens, k))} ${rest}`);
    if (key === undefined || key === "" || key === m.key) continue;
    out.push({
      key,
      field: m.field,
      first: k,
      last: k,
      start: tokens.starts[k] as number,
      end: tokens.ends[k] as number,
      possessive: false,
      via: "name",
    });
  }
  return out;
}

/** A quick look before cutting the token out: "und", "and", "or", "oder", "sowie" are 2–5 letters from a, o, s, u. */
function maybeConjunction(tokens: Tokens, k: number): boolean {
  if (k < 0) return false;
  const len = (tokens.ends[k] as number) - (tokens.starts[k] as number);
  const c = (tokens.units[tokens.starts[k] as number] as number) | 32;
  return len >= 2 && len <= 5 && (c === 97 || c === 111 || c === 115 || c === 117);
}

function restKey(tokens: Tokens, first: number, last: number): string {
  const keys: string[] = [];
  for (let k = first; k <= last; k++) keys.push(adjectiveRoot(keyAt(tokens, k)));
  return keys.join(" ");
}
