/** Precision rules: drop candidates whose context shows they are not the entity (a language, a US state…). */
import type { Lang } from "../registry/types.ts";
import {
  CONJUNCTIONS,
  DE_LANGUAGE_BEFORE,
  EN_FUNCTION_WORDS,
  EN_LANGUAGE_AFTER,
  EN_LANGUAGE_BEFORE,
  isGermanLanguageNoun,
  US_STATE_CONTEXT,
} from "./data/words.ts";
import type { Candidate } from "./lexicon.ts";
import { startsUpper } from "./normalize.ts";
import type { RawMatch } from "./scan.ts";
import { Gap, type Tokens } from "./tokenize.ts";

/** Applies every rule to the matches of one text; matches left without candidates are removed. */
export function filterMatches(matches: readonly RawMatch[], tokens: Tokens, lang: Lang): RawMatch[] {
  const out: RawMatch[] = [];
  let lastLanguage = -10;
  for (const m of matches) {
    const ctx: Context = { m, tokens, lang, afterLanguage: lastLanguage === m.first - 2 };
    const languages = m.cands.filter((c) => isLanguage(c, ctx));
    const cands = m.cands.filter((c) => !languages.includes(c) && !isUsState(c, ctx));
    if (cands.length > 0) out.push(cands.length === m.cands.length ? m : { ...m, cands });
    else if (languages.length > 0) lastLanguage = m.last;
  }
  return out;
}

interface Context {
  readonly m: RawMatch;
  readonly tokens: Tokens;
  readonly lang: Lang;
  /** The match follows "X and", where X was a language: "in Russian and Chinese". */
  readonly afterLanguage: boolean;
}

/** A language, not a country: "auf Russisch", "im Russischen", "die russische Sprache", "in English", "Chinese-language". */
function isLanguage(c: Candidate, { m, tokens, afterLanguage }: Context): boolean {
  const { keys, raws, gaps } = tokens;
  const raw = raws[m.first] ?? "";
  const prev = keys[m.first - 1];
  const next = keys[m.last + 1];
  const nextGap = gaps[m.last + 1] ?? Gap.Sentence;
  const nextJoined = next !== undefined && nextGap <= Gap.Hyphen;
  const prevJoined = prev !== undefined && (gaps[m.first] ?? Gap.Sentence) <= Gap.Punct;
  const conjoined = afterLanguage && prev !== undefined && CONJUNCTIONS.has(prev);
  switch (c.form) {
    // "Er spricht Russisch", "Russisch-Unterricht": a capitalised bare stem is the language.
    case "deAdjBare":
      return startsUpper(raw) || (nextJoined && isGermanLanguageNoun(next));
    // "im Russischen", "ins Chinesische übersetzt"; "die russische Sprache".
    case "deAdj":
      if (nextJoined && isGermanLanguageNoun(next)) return true;
      return startsUpper(raw) && (gaps[m.first] ?? Gap.Sentence) < Gap.Sentence && prevJoined && DE_LANGUAGE_BEFORE.has(prev);
    // "published in Russian and English", "Chinese-language media", "Russian speakers".
    case "enAdj":
      if (nextJoined && EN_LANGUAGE_AFTER.has(next)) return true;
      if (conjoined) return true;
      return prevJoined && EN_LANGUAGE_BEFORE.has(prev) && (!nextJoined || EN_FUNCTION_WORDS.has(next));
    default:
      return false;
  }
}

/** "Atlanta, Georgia", "Georgia's governor": the US state, not the country (English only). */
function isUsState(c: Candidate, { m, tokens, lang }: Context): boolean {
  if (lang !== "en" || c.target !== "country:GE" || c.form !== "name") return false;
  const { keys } = tokens;
  if (keys[m.first - 1] === "of" && keys[m.first - 2] === "state") return true;
  for (let k = m.first - 3; k <= m.last + 3; k++) if (US_STATE_CONTEXT.has(keys[k] ?? "")) return true;
  return false;
}
