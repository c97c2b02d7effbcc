/**
 * Office references: "der kasachische Präsident", "Kasachstans Präsident", "Präsident Kasachstans",
 * "the president of Kazakhstan", "NATO's secretary general", "UN-Generalsekretär" name the person holding that
 * office on the article's date; "the Foreign Secretary" does so in a text whose one country is Britain.
 * Precision first: every rule and what it leaves out is in src/tag/README.md ("Office references").
 */
import { holderOn } from "../registry/index.ts";
import type { Office, Registry } from "../registry/types.ts";
import { BARE_WORD_MAX_STATES, type OfficeIndex } from "./build/offices.ts";
import { OFFICE_LINKS, OFFICE_OF_WORDS } from "./data/words.ts";
import type { Candidate } from "./lexicon.ts";
import { bitsAt, eachMarked, Mark, type Marked } from "./marks.ts";
import { startsUpper, startsUpperAt } from "./normalize.ts";
import type { FieldScan, Resolved } from "./resolve.ts";
import type { RawMatch } from "./scan.ts";
import { endingAt, fieldRun, type Sentences, sentencesOf, startingAt } from "./sentences.ts";
import { Gap, keyAt, rawOf, type Tokens } from "./tokenize.ts";

/** What office resolution needs besides the text. */
export interface OfficeContext {
  readonly registry: Registry;
  readonly index: OfficeIndex;
  /** The article's calendar day (days since 1970); undefined: no office resolves. */
  readonly day: number | undefined;
  /** The article's year, for the "a past year in the sentence" guard. */
  readonly year: number | undefined;
  /** Countries the article is mainly about (front matter, title, summary, frequent), then any it names. */
  readonly mainCountries: ReadonlySet<string>;
  readonly anyCountries: ReadonlySet<string>;
}

const NONE: Marked = { tokens: [], bits: [] };

/** The mention at a token (starting or ending there, by binary search). */
interface At {
  get(token: number): Resolved | undefined;
  has(token: number): boolean;
}

/** The people named by office references, as mentions (their span is the office word). */
export function resolveOffices(
  fields: readonly (FieldScan & { readonly offices: readonly RawMatch[] })[],
  mentions: readonly Resolved[],
  ctx: OfficeContext,
): Resolved[] {
  const out: Resolved[] = [];
  if (ctx.day === undefined) return out;
  for (const f of fields) {
    if (f.offices.length === 0) continue;
    // Mentions of this field, in order: the ones at a token are found by binary search.
    const here = fieldRun(mentions, f.field);
    const byFirst: At = { get: (k) => startingAt(here, k), has: (k) => startingAt(here, k) !== undefined };
    const byLast: At = { get: (k) => endingAt(here, k), has: (k) => endingAt(here, k) !== undefined };
    const sentences = sentencesOf(f.tokens);
    const pastSentence = new Map<number, boolean>();
    const holders = new Map<string, string | undefined>();
    let lastStart = -1;
    for (const o of f.offices) {
      const r = resolveOne(f, o, byFirst, byLast, ctx, sentences, pastSentence, holders);
      // "UN Secretary-General" is found as the alias and as the word "Secretary-General": one mention.
      if (r !== undefined && r.start !== lastStart) out.push(r);
      if (r !== undefined) lastStart = r.start;
    }
  }
  return out;
}

function resolveOne(
  f: FieldScan,
  o: RawMatch,
  byFirst: At,
  byLast: At,
  ctx: OfficeContext,
  sentences: Sentences,
  pastSentence: Map<number, boolean>,
  holders: Map<string, string | undefined>,
): Resolved | undefined {
  const tokens = f.tokens;
  const marked = f.marked ?? NONE;
  // Cheapest test first: a capitalised word right after names someone ("Präsident Tokajew"); see below.
  if (namedNext(tokens, o.last, byFirst)) return undefined;
  // The office word's own tokens: an alias such as "UN-Generalsekretär" starts with a mention of the UN.
  let first = o.first;
  while (first <= o.last && byFirst.has(first)) first = (byFirst.get(first) as Resolved).last + 1;
  if (first > o.last) return undefined;
  let phraseFirst = o.first;
  let phraseLast = o.last;
  let office: Office | undefined;
  const alias = soleAlias(o.cands);
  if (alias !== undefined) {
    office = ctx.registry.offices.get(alias);
  } else {
    const word = soleWord(o.cands);
    if (word === undefined) return undefined;
    const offices = ctx.index.byWord.get(word) ?? EMPTY_OWNERS;
    // "Kasachstans Präsident", "der kasachische Präsident", "US-Präsident", "NATO's secretary general",
    // "Kazakhstan's current president".
    const before = ownerBefore(tokens, marked, o.first, byLast);
    const after = ownerAfter(tokens, o.last, byFirst);
    if (before !== undefined && isOwner(before)) {
      office = only(offices, before.key);
      phraseFirst = before.first;
    } else if (after !== undefined) {
      // "Präsident Kasachstans", "the president of Kazakhstan", "Präsidentin der EU-Kommission".
      office = only(offices, after.key);
      phraseLast = after.last;
    } else if (bareAllowed(tokens, o, byFirst)) {
      office = fromContext(offices, word, ctx);
    }
  }
  if (office === undefined) return undefined;
  if (modified(tokens, marked, phraseFirst, phraseLast)) return undefined;
  // A name right after the phrase names the person itself ("Präsident Tokajew"), or names someone the registry
  // may not know ("Kazakhstan's president Nursultan Nazarbayev" in a history): nothing to add either way.
  if (phraseLast !== o.last && namedNext(tokens, phraseLast, byFirst)) return undefined;
  if (inPastSentence(tokens, marked, o.first, ctx, sentences, pastSentence)) return undefined;
  // One lookup per office and article: a long text names the same office again and again.
  let holder = holders.get(office.id);
  if (!holders.has(office.id)) {
    holder = holderOn(ctx.registry, office.id, ctx.day as number)?.id;
    holders.set(office.id, holder);
  }
  if (holder === undefined) return undefined;
  return {
    key: `person:${holder}`,
    field: f.field,
    first,
    last: o.last,
    start: tokens.starts[first] as number,
    end: tokens.ends[o.last] as number,
    possessive: false,
    via: "office",
  };
}

/** A capitalised word right after token `last` that is a name (known or not), not a country or organisation. */
function namedNext(tokens: Tokens, last: number, byFirst: At): boolean {
  const next = last + 1;
  if (
    next >= tokens.length ||
    (tokens.gaps[next] as Gap) > Gap.Hyphen ||
    !startsUpperAt(tokens.text, tokens.starts[next] as number)
  )
    return false;
  const m = byFirst.get(next);
  return m === undefined || m.key.startsWith("person:");
}

/** The office an alias names, when every alias candidate names the same one. */
function soleAlias(cands: readonly Candidate[]): string | undefined {
  let target: string | undefined;
  for (const c of cands) {
    if (!c.target.startsWith("office:")) continue;
    if (target !== undefined && target !== c.target) return undefined;
    target = c.target;
  }
  return target?.slice("office:".length);
}

/** The word target of a match (`word:<lang>:<key>`). */
function soleWord(cands: readonly Candidate[]): string | undefined {
  for (const c of cands) if (c.target.startsWith("word:")) return c.target;
  return undefined;
}

/** The mention right before an office word, across one neutral word ("current", "amtierende"). */
function ownerBefore(tokens: Tokens, marked: Marked, first: number, byLast: At): Resolved | undefined {
  if (first === 0 || (tokens.gaps[first] as Gap) > Gap.Hyphen) return undefined;
  const direct = byLast.get(first - 1);
  if (direct !== undefined) return direct;
  if (!(bitsAt(marked, first - 1) & Mark.Neutral) || (tokens.gaps[first - 1] as Gap) > Gap.Hyphen)
    return undefined;
  return byLast.get(first - 2);
}

/** A country or organisation mention can own an office. */
function isOwner(m: Resolved): boolean {
  return m.key.startsWith("country:") || m.key.startsWith("organisation:");
}

/**
 * The country or organisation after an office word: directly in the genitive ("Präsident Kasachstans"), or after
 * up to two linking words ("of", "of the", "der", "des", "von"). A plain name right after ("President Kazakhstan")
 * does not count.
 */
function ownerAfter(tokens: Tokens, last: number, byFirst: At): Resolved | undefined {
  for (let k = last + 1, links = 0; k < tokens.length && links <= 2; k++) {
    if ((tokens.gaps[k] as Gap) > Gap.Hyphen) return undefined;
    const m = byFirst.get(k);
    if (m !== undefined) return isOwner(m) && (links > 0 || m.possessive) ? m : undefined;
    if (!OFFICE_LINKS.has(keyAt(tokens, k))) return undefined;
    links++;
  }
  return undefined;
}

const EMPTY_OWNERS: ReadonlyMap<string, readonly Office[]> = new Map();

/** The one office of the entity `key` ("country:KZ", "organisation:nato") with this word, if exactly one. */
function only(offices: ReadonlyMap<string, readonly Office[]>, key: string): Office | undefined {
  const list = offices.get(key);
  return list !== undefined && list.length === 1 ? list[0] : undefined;
}

/**
 * A bare word may name an office only when nothing says whose it is: not followed by "of …"/"der …"/a name,
 * not after a possessive ("the bank's president").
 */
function bareAllowed(tokens: Tokens, o: RawMatch, byFirst: At): boolean {
  const next = o.last + 1;
  if (next < tokens.length && (tokens.gaps[next] as Gap) <= Gap.Hyphen) {
    if (OFFICE_OF_WORDS.has(keyAt(tokens, next))) return false;
    // "Präsident Mustermann", "President Smith": a capitalised word after a German noun could still be a verb
    // ("Der Bundeskanzler Sagte" never occurs), so any capitalised token means a name we do not know.
    if (startsUpper(rawOf(tokens, next)) && !byFirst.has(next)) return false;
  }
  const prev = o.first - 1;
  if (prev >= 0 && (tokens.gaps[o.first] as Gap) <= Gap.Hyphen) {
    const raw = rawOf(tokens, prev);
    if (/['’]s$/u.test(raw) && !byFirst.has(prev)) return false;
    // "Notenbankpräsident" is one token; "Zentralbank-Präsident" is a compound with something unknown.
    if ((tokens.gaps[o.first] as Gap) === Gap.Hyphen) return false;
  }
  return true;
}

/**
 * The office a bare word names in this article: among the countries the article is mainly about (else any it
 * names), exactly one has an office with this word, and few states use the word at all ("Foreign Secretary",
 * "Bundeskanzler"; never "President").
 */
function fromContext(
  offices: ReadonlyMap<string, readonly Office[]>,
  word: string,
  ctx: OfficeContext,
): Office | undefined {
  if ((ctx.index.statesPerWord.get(word) ?? Number.POSITIVE_INFINITY) > BARE_WORD_MAX_STATES)
    return undefined;
  for (const pool of [ctx.mainCountries, ctx.anyCountries]) {
    let hit: Office | undefined;
    let hits = 0;
    for (const code of pool) {
      const list = offices.get(`country:${code}`);
      if (list === undefined) continue;
      hits += list.length;
      hit = list[0];
    }
    if (hits === 1) return hit;
    if (hits > 1) return undefined;
  }
  return undefined;
}

/** "former", "ehemalige", "Ex-", "vice", "the first", "president-elect" in or just before the phrase. */
function modified(tokens: Tokens, marked: Marked, first: number, last: number): boolean {
  for (let k = Math.max(0, first - 2); k <= last + 1 && k < tokens.length; k++) {
    if (k > last && (tokens.gaps[k] as Gap) !== Gap.Hyphen) break;
    if (k < first && (tokens.gaps[k + 1] as Gap) > Gap.Punct) continue;
    if (bitsAt(marked, k) & Mark.Modifier) return true;
  }
  return false;
}

/**
 * A sentence about another time: it names a year before the article's ("in 2010, Kazakhstan's president…") or
 * says "damals"/"then". Computed once per sentence.
 */
function inPastSentence(
  tokens: Tokens,
  marked: Marked,
  i: number,
  ctx: OfficeContext,
  sentences: Sentences,
  cache: Map<number, boolean>,
): boolean {
  const s = sentences.at(i);
  let past = cache.get(s.first);
  if (past !== undefined) return past;
  let found = false;
  eachMarked(marked, s.first, s.last, (k, bits) => {
    if (bits & Mark.Past) found = true;
    // "vor sieben Jahren"
    if (bits & Mark.YearWord && keyAt(tokens, k) === "jahren")
      if (keyAt(tokens, k - 2) === "vor" || keyAt(tokens, k - 3) === "vor") found = true;
    if (bits & Mark.Year && ctx.year !== undefined) {
      const year = Number(tokens.text.slice(tokens.starts[k] as number, tokens.ends[k] as number));
      if (year < ctx.year) found = true;
    }
  });
  past = found;
  cache.set(s.first, past);
  return past;
}
