/** Small word lists the tagger's rules consult. Keys are normalised (lower case, no diacritics). */
import type { Lang } from "../../registry/types.ts";

/**
 * A token that makes an article summit coverage: "SOZ-Gipfel", "Gipfeltreffen", "am Rande des SCO-Treffens",
 * "the summit's agenda". It counts only near the organisation's name and inside the summit's date window.
 */
export function isSummitWord(key: string, lang: Lang): boolean {
  if (lang === "de") return key.includes("gipfel") || key === "treffen" || key === "treffens";
  return key === "summit" || key === "summits" || key === "summit's" || key === "summitry";
}

/** Words before a language name: "in English", "translated from Russian", "speaks Chinese". */
export const EN_LANGUAGE_BEFORE: ReadonlySet<string> = new Set([
  "in",
  "into",
  "from",
  "speak",
  "speaks",
  "spoke",
  "speaking",
  "fluent",
  "learn",
  "learns",
  "learning",
  "learned",
]);

/** Words after a language name: "Chinese-language", "Russian speakers", "Russian-speaking". */
export const EN_LANGUAGE_AFTER: ReadonlySet<string> = new Set([
  "language",
  "languages",
  "speaking",
  "speaker",
  "speakers",
  "speak",
  "translation",
  "translations",
  "translator",
  "translators",
  "subtitles",
  "dialect",
  "dialects",
  "alphabet",
  "script",
  "grammar",
]);

/** Function words that may follow a language name without making it an attribute: "in Russian and English". */
export const EN_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  "and",
  "or",
  "as",
  "by",
  "on",
  "with",
  "for",
  "at",
  "to",
  "but",
  "only",
  "too",
  "instead",
  "rather",
  "than",
]);

/** Language names that are no country's adjective: "in English and Chinese" makes "Chinese" a language too. */
export const EN_LANGUAGE_ONLY: ReadonlySet<string> = new Set([
  "english",
  "arabic",
  "persian",
  "farsi",
  "hindi",
  "urdu",
  "mandarin",
  "cantonese",
  "latin",
  "hebrew",
  "swahili",
  "kurdish",
  "tamil",
  "bengali",
  "punjabi",
  "pashto",
  "uyghur",
  "tibetan",
  "catalan",
  "russian",
]);

/** German words after an adjective that make it a language: "die russische Sprache", "russische Übersetzung". */
export function isGermanLanguageNoun(key: string): boolean {
  return (
    key.startsWith("sprach") || key.startsWith("ubersetz") || key === "muttersprache" || key === "dialekt"
  );
}

/** German words before a capitalised adjective that make it a language noun: "im Russischen", "ins Chinesische". */
export const DE_LANGUAGE_BEFORE: ReadonlySet<string> = new Set(["im", "ins", "vom", "das", "aus", "auf"]);

/** Coordinating words: "in Russian and Chinese" makes the second a language too. */
export const CONJUNCTIONS: ReadonlySet<string> = new Set(["and", "or", "und", "oder", "sowie"]);

/** Lower-case name particles that start a surname: "Ursula von der Leyen" → "von der Leyen". */
export const SURNAME_PARTICLES: ReadonlySet<string> = new Set([
  "von",
  "van",
  "de",
  "da",
  "der",
  "den",
  "di",
  "du",
  "del",
  "della",
  "dos",
  "das",
  "al",
  "el",
  "bin",
  "ibn",
  "le",
  "la",
]);

/** Countries whose people's names put the family name first: "Xi Jinping" → "Xi". */
export const FAMILY_NAME_FIRST: ReadonlySet<string> = new Set(["CN", "TW", "HK", "MO", "KP", "KR", "VN"]);

/**
 * Phrases that look like a country form but are not one; they win by being longer.
 * "New Mexico" (not MX), "the Indian Ocean" (not IN), "Latin American" (not US).
 */
export const BLOCKED_PHRASES: Readonly<Record<Lang, readonly string[]>> = {
  en: [
    "New Mexico",
    "New Jersey",
    "New Guinea",
    "Indian Ocean",
    "Latin American",
    "Latin Americans",
    "South American",
    "South Americans",
    "North American",
    "North Americans",
    "Central American",
    "Central Americans",
    "Native American",
    "Native Americans",
    "American Indian",
    "Pan-American",
    "French fries",
    "Swiss cheese",
    "Russian roulette",
    "Turkish delight",
    "Dutch courage",
    "Arabian Sea",
    "Persian Gulf",
    "South China Sea",
    "East China Sea",
  ],
  de: [
    "Indischer Ozean",
    "Indische Ozean",
    "Neuguinea",
    "Südchinesisches Meer",
    "Ostchinesisches Meer",
    "Türkische Riviera",
  ],
};

/** English context words that make "Georgia" the US state: "Atlanta, Georgia", "Georgia's governor". */
export const US_STATE_CONTEXT: ReadonlySet<string> = new Set([
  "atlanta",
  "savannah",
  "governor",
  "senator",
  "state's",
  "county",
  "peach",
  "bulldogs",
]);
