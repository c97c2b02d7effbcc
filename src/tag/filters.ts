/** Precision rules: drop candidates whose context shows they are not the entity (a language, a US state…). */
import type { Lang } from "../registry/types.ts";
import {
  CONJUNCTIONS,
  DE_LANGUAGE_BEFORE,
  EN_FUNCTION_WORDS,
  EN_LANGUAGE_AFTER,
  EN_LANGUAGE_BEFORE,
  EN_LANGUAGE_ONLY,
  isGermanLanguageNoun,
  US_STATE_CONTEXT,
} from "./data/words.ts";
import type { Candidate } from "./lexicon.ts";
import { startsUpper } from "./normalize.ts";
import type { RawMatch } from "./scan.ts";
import { Gap, keyAt, rawOf, type Tokens } from "./tokenize.ts";

/**
 * Applies every rule to the matches of one text; matches left without candidates are removed. `usPlaces` are the
 * city targets ("city:<summit>") of summits held in the United States: "Sea Island, Georgia" is the state.
 */
export function filterMatches(
  matches: readonly RawMatch[],
  tokens: Tokens,
  lang: Lang,
  usPlaces: ReadonlySet<string> = new Set(),
): RawMatch[] {
  const out: RawMatch[] = [];
  let lastLanguage = -10;
  let previous: RawMatch | undefined;
  for (const m of matches) {
    const ctx: Context = {
      m,
      tokens,
      lang,
      afterLanguage: lastLanguage === m.first - 2,
      afterUsPlace:
        previous !== undefined && previous.last === m.first - 1 && namesUsPlace(previous, usPlaces),
    };
    previous = m;
    // Most matches keep every candidate: allocate only when a rule drops one.
    let kept: Candidate[] | undefined;
    let language = false;
    for (let k = 0; k < m.cands.length; k++) {
      const c = m.cands[k] as Candidate;
      const isLang = isLanguage(c, ctx);
      if (isLang) language = true;
      const keep = !isLang && !isUsState(c, ctx) && !isGivenName(c, ctx);
      if (keep) kept?.push(c);
      else kept ??= m.cands.slice(0, k);
    }
    if (kept === undefined) out.push(m);
    else if (kept.length > 0) out.push({ ...m, cands: kept });
    else if (language) lastLanguage = m.last;
  }
  return out;
}

interface Context {
  readonly m: RawMatch;
  readonly tokens: Tokens;
  readonly lang: Lang;
  /** The match follows "X and", where X was a language: "in Russian and Chinese". */
  readonly afterLanguage: boolean;
  /** The match directly follows a place in the United States: "Sea Island, Georgia". */
  readonly afterUsPlace: boolean;
}

function namesUsPlace(m: RawMatch, usPlaces: ReadonlySet<string>): boolean {
  for (const c of m.cands) if (usPlaces.has(c.target)) return true;
  return false;
}

/** A language, not a country: "auf Russisch", "im Russischen", "die russische Sprache", "in English", "Chinese-language". */
function isLanguage(c: Candidate, { m, tokens, afterLanguage }: Context): boolean {
  if (c.form === "name" || c.form === "deNoun") return false;
  const { gaps } = tokens;
  const raw = rawOf(tokens, m.first);
  const prev = keyAt(tokens, m.first - 1);
  const next = keyAt(tokens, m.last + 1);
  const nextJoined = next !== "" && (gaps[m.last + 1] ?? Gap.Sentence) <= Gap.Hyphen;
  const prevJoined = prev !== "" && (gaps[m.first] ?? Gap.Sentence) <= Gap.Punct;
  switch (c.form) {
    // "Er spricht Russisch", "Russisch-Unterricht": a capitalised bare stem is the language.
    case "deAdjBare":
      return startsUpper(raw) || (nextJoined && isGermanLanguageNoun(next));
    // "im Russischen", "ins Chinesische übersetzt"; "die russische Sprache".
    case "deAdj":
      if (nextJoined && isGermanLanguageNoun(next)) return true;
      return (
        startsUpper(raw) &&
        (gaps[m.first] ?? Gap.Sentence) < Gap.Sentence &&
        prevJoined &&
        DE_LANGUAGE_BEFORE.has(prev)
      );
    // "published in Russian and English", "Chinese-language media", "Russian speakers".
    default:
      if (nextJoined && EN_LANGUAGE_AFTER.has(next)) return true;
      if (CONJUNCTIONS.has(prev) && (afterLanguage || isLanguageBefore(tokens, m.first - 2))) return true;
      return prevJoined && EN_LANGUAGE_BEFORE.has(prev) && (!nextJoined || EN_FUNCTION_WORDS.has(next));
  }
}

/** "in English" ending at token i: a language-only word after "in", "from", "speaks"… */
function isLanguageBefore(tokens: Tokens, i: number): boolean {
  return EN_LANGUAGE_ONLY.has(keyAt(tokens, i)) && EN_LANGUAGE_BEFORE.has(keyAt(tokens, i - 1));
}

/** Countries whose English name is also a common given name. */
const GIVEN_NAME_COUNTRIES = new Set(["country:TD", "country:JO", "country:GE"]);

/** "Chad Smith, a British analyst", "Jordan Peterson": a first name followed by a surname, not the country. */
function isGivenName(c: Candidate, { m, tokens, lang }: Context): boolean {
  if (lang !== "en" || c.form !== "name" || !GIVEN_NAME_COUNTRIES.has(c.target)) return false;
  if (m.first !== m.last) return false;
  const next = m.last + 1;
  if (next >= tokens.length || tokens.gaps[next] !== Gap.Space) return false;
  const raw = rawOf(tokens, next);
  return startsUpper(raw) && !EN_FUNCTION_WORDS.has(keyAt(tokens, next)) && /^\p{Lu}\p{Ll}+$/u.test(raw);
}

/**
 * "Atlanta, Georgia", "Georgia's governor", "Sea Island, Georgia" (a summit's host in the US): the US state, not
 * the country (English only).
 */
function isUsState(c: Candidate, { m, tokens, lang, afterUsPlace }: Context): boolean {
  if (lang !== "en" || c.target !== "country:GE" || c.form !== "name") return false;
  if (afterUsPlace && tokens.gaps[m.first] === Gap.Punct) return true;
  if (keyAt(tokens, m.first - 1) === "of" && keyAt(tokens, m.first - 2) === "state") return true;
  if (keyAt(tokens, m.first - 1) === "island" && keyAt(tokens, m.first - 2) === "sea") return true;
  for (let k = m.first - 3; k <= m.last + 3; k++) if (US_STATE_CONTEXT.has(keyAt(tokens, k))) return true;
  return false;
}
