/** Decides which entity each match names, using the whole article as context. */

import { isCommonWord } from "../text/index.ts";
import { isCommemorative } from "./data/words.ts";
import type { Candidate } from "./lexicon.ts";
import type { Marked } from "./marks.ts";
import type { RawMatch } from "./scan.ts";
import { sentencesOf } from "./sentences.ts";
import { keyAt, type Tokens } from "./tokenize.ts";
import type { Field } from "./types.ts";

/** The filtered matches of one field (title, summary, body, or a matchText fragment). */
export interface FieldScan {
  readonly field: Field;
  readonly tokens: Tokens;
  readonly matches: readonly RawMatch[];
  /** Words the sentence rules look for, found by the scanner (src/tag/marks.ts). */
  readonly marked?: Marked;
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
  /** A genitive or possessive form ("Putins", "Putin's"). */
  readonly possessive: boolean;
  /** How it was found: a name, or an office reference ("Kasachstans Präsident"). */
  readonly via: "name" | "office";
}

/** A host city named in the text, with the summits held there. */
export interface CityMention {
  readonly field: Field;
  readonly first: number;
  readonly last: number;
  /** Ids of the summits held in that city. */
  readonly summits: readonly string[];
}

/** Entity mentions in source order, and the summits whose host city was named. */
export interface Resolution {
  readonly mentions: readonly Resolved[];
  readonly cities: ReadonlySet<string>;
  readonly cityMentions: readonly CityMention[];
}

/** Who of several namesakes is in office at the article's date (see src/tag/README.md). */
export interface TimeContext {
  /** True when the target ("person:putin") may hold an office on the article's day. */
  serving(target: string): boolean;
}

const NO_TIME: TimeContext = { serving: () => false };

/**
 * Rules, in order: a block phrase names nothing ("New Mexico"); a form naming one entity names it
 * ("Kasachstan"); a form naming several ("Congolese", "Korean") names the one the article otherwise names
 * unambiguously, else nothing; a full form beats a surname; a surname shared by several people ("Aliyev")
 * names the one the article names in full ("Ilham Aliyev … Aliyev said"), else the only one of them in office
 * at the article's date ("Aliyev" in 2025: Ilham, never Heydar, who died in 2003), else nothing.
 * A surname that is a common word ("May") names a person only after their full name.
 */
export function resolve(
  fields: readonly FieldScan[],
  time: TimeContext = NO_TIME,
  known?: ReadonlyMap<string, string>,
): Resolution {
  const named = new Set<string>();
  for (const f of fields) {
    for (const m of f.matches) {
      const full = soleTarget(m.cands, "full");
      if (full !== undefined && !hasBlock(m.cands)) named.add(full);
    }
  }
  const mentions: Resolved[] = [];
  const cities = new Set<string>();
  const cityMentions: CityMention[] = [];
  /** People named in full so far, in reading order (title, summary, body). */
  const namedBefore = new Set<string>();
  for (const f of fields) {
    for (const m of f.matches) {
      if (hasBlock(m.cands)) continue;
      let here: string[] | undefined;
      for (const c of m.cands) {
        if (c.kind !== "city") continue;
        const id = c.target.slice("city:".length);
        cities.add(id);
        if (here === undefined) here = [id];
        else here.push(id);
      }
      if (here !== undefined)
        cityMentions.push({ field: f.field, first: m.first, last: m.last, summits: here });
      // A fragment of an article (links in rendered Markdown) takes the article's decision for a shared form.
      const shared = known === undefined ? undefined : sharedForm(f, m, known);
      if (shared === null) continue;
      // Time decides between namesakes only where the sentence is not about remembering someone.
      const full = shared ?? pick(m.cands, "full", named, NO_TIME);
      const key =
        full ??
        pick(m.cands, "surname", named, NO_TIME) ??
        (time !== NO_TIME && severalPeople(m.cands) && !commemorates(f, m.first)
          ? pick(m.cands, "surname", named, time)
          : undefined);
      if (key === undefined) continue;
      const start = f.tokens.starts[m.first] as number;
      const end = f.tokens.ends[m.last] as number;
      if (full !== undefined) namedBefore.add(key);
      else if (
        isCommonSurname(key, f.tokens.text.slice(start, end), namedBefore) &&
        !afterTitle(f.tokens, m.first)
      )
        continue;
      let possessive = false;
      for (const c of m.cands) if (c.target === key && c.possessive) possessive = true;
      mentions.push({
        key,
        field: f.field,
        first: m.first,
        last: m.last,
        start,
        end,
        possessive,
        via: "name",
      });
    }
  }
  return { mentions, cities, cityMentions };
}

/**
 * "A statue of Aliyev", "ein Porträt von Alijew", "the late Aliyev's legacy": a sentence about remembering
 * someone may be about a namesake no longer in office, so the one in office does not win there.
 */
function commemorates(f: FieldScan, i: number): boolean {
  const { first, last } = sentencesOf(f.tokens).at(i);
  for (let k = first; k <= last; k++) if (isCommemorative(keyAt(f.tokens, k))) return true;
  return false;
}

/**
 * "chancellor in May", "Will they come?": a person's surname or alias that is a common word names them only
 * after their full name ("Theresa May … May said").
 */
function isCommonSurname(key: string, surface: string, namedBefore: ReadonlySet<string>): boolean {
  return key.startsWith("person:") && !namedBefore.has(key) && isCommonWord(surface.replace(/['’]s$/u, ""));
}

/** Titles that make the next word a name: "President Bush", "Mrs May", "Kanzler Merz". */
const TITLES = new Set(
  "president präsident präsidentin chancellor kanzler kanzlerin premier minister ministerin secretary king könig queen königin prince prinz emir sheikh scheich senator governor gouverneur mr mrs ms dr herr frau".split(
    " ",
  ),
);

/** True when the word before token `k` is a title ("President Bush"): then a common-word surname is a name. */
function afterTitle(tokens: FieldScan["tokens"], k: number): boolean {
  if (k === 0) return false;
  const start = tokens.starts[k - 1] as number;
  const end = tokens.ends[k - 1] as number;
  // Only across a plain space: "…, in May" or "Präsident. May" are no titles of the name.
  if (tokens.text.slice(end, tokens.starts[k] as number) !== " ") return false;
  return TITLES.has(tokens.text.slice(start, end).replace(/\.$/u, "").toLowerCase());
}

/*
 * The helpers below read the few candidates of one match in place: resolve runs once per match, and
 * building arrays of targets here made it the tagger's largest allocator on name-dense text.
 */

/**
 * The targets of one kind: one → it; several → the single one named elsewhere; else the single one in office
 * at the article's date; otherwise none.
 */
function pick(
  cands: readonly Candidate[],
  kind: Candidate["kind"],
  named: ReadonlySet<string>,
  time: TimeContext,
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
  if (knownCount === 1) return known;
  // When the article names several of them in full, only those compete on time.
  let serving: string | undefined;
  let servingCount = 0;
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k] as Candidate;
    if (c.kind !== kind || seenBefore(cands, k) || (knownCount > 1 && !named.has(c.target))) continue;
    if (time.serving(c.target)) {
      serving = c.target;
      servingCount++;
    }
  }
  return servingCount === 1 ? serving : undefined;
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

/**
 * For a form several entities share ("Aliyev", "Korean"): the key the article gave this surface, when it is one
 * of the candidates; null (no link) when the article gave it another or none; undefined for a form only one
 * entity has.
 */
function sharedForm(
  f: FieldScan,
  m: RawMatch,
  known: ReadonlyMap<string, string>,
): string | null | undefined {
  let first: string | undefined;
  let several = false;
  for (const c of m.cands) {
    if (c.kind !== "full" && c.kind !== "surname") continue;
    if (first === undefined) first = c.target;
    else if (c.target !== first) several = true;
  }
  if (!several) return undefined;
  const key = known.get(
    f.tokens.text.slice(f.tokens.starts[m.first] as number, f.tokens.ends[m.last] as number),
  );
  return key !== undefined && key !== "" && m.cands.some((c) => c.target === key) ? key : null;
}

/** True when the surname candidates name more than one person ("Aliyev"). */
function severalPeople(cands: readonly Candidate[]): boolean {
  let first: string | undefined;
  for (const c of cands) {
    if (c.kind !== "surname") continue;
    if (first === undefined) first = c.target;
    else if (c.target !== first) return true;
  }
  return false;
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
