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

/**
 * Words that make an office word name someone other than today's holder: "der frühere Präsident Kasachstans",
 * "Kazakhstan's former president", "Ex-US-Präsident", "the first president", "the vice president", "the late
 * president", "the then president". Checked in the office phrase and the two tokens before it.
 */
export const OFFICE_MODIFIERS: ReadonlySet<string> = new Set([
  // English
  "former",
  "ex",
  "late",
  "then",
  "first",
  "second",
  "third",
  "future",
  "incoming",
  "outgoing",
  "acting",
  "interim",
  "designate",
  "elect",
  "next",
  "previous",
  "vice",
  "deputy",
  "assistant",
  "past",
  "erstwhile",
  "founding",
  "longtime",
  "long-time",
  // German (adjective stems take every ending: "frühere", "früheren", "früherer")
  ...[
    "ehemalig",
    "frueher",
    "fruher",
    "einstig",
    "damalig",
    "verstorben",
    "kuenftig",
    "kunftig",
    "designiert",
  ].flatMap((stem) => ["", "e", "en", "er", "es", "em"].map((e) => stem + e)),
  ...[
    "erst",
    "zweit",
    "dritt",
    "vorig",
    "vorherig",
    "naechst",
    "nachst",
    "neugewaehlt",
    "neugewahlt",
    "scheidend",
    "stellvertretend",
    "kommissarisch",
    "vize",
  ].flatMap((stem) => ["", "e", "en", "er", "es", "em"].map((e) => stem + e)),
  "alt",
]);

/** Words that put a sentence in the past, so an office there may have had another holder: "damals", "then". */
export const PAST_MARKERS: ReadonlySet<string> = new Set([
  "damals",
  "seinerzeit",
  "einst",
  "einstmals",
  "then",
  "formerly",
  "once",
  "ago",
]);

/** Words that may stand between a country and its office word without changing whose it is: "Kazakhstan's current president". */
export const NEUTRAL_OFFICE_WORDS: ReadonlySet<string> = new Set([
  "current",
  "incumbent",
  "sitting",
  "amtierende",
  "amtierenden",
  "amtierender",
  "derzeitige",
  "derzeitigen",
  "jetzige",
  "jetzigen",
]);

/** Words between an office word and the country or organisation it belongs to: "President of Kazakhstan". */
export const OFFICE_LINKS: ReadonlySet<string> = new Set(["of", "the", "von", "der", "des", "dem", "den"]);

/** After a bare office word, these open a phrase naming whose office it is: "the president of the bank". */
export const OFFICE_OF_WORDS: ReadonlySet<string> = new Set([
  "of",
  "for",
  "von",
  "der",
  "des",
  "fur",
  "für",
  "beim",
  "bei",
  "im",
  "am",
  "at",
]);

/** Sentence words meaning a meeting took place or takes place now: "met", "held talks with", "trifft", "empfing". */
export const MEETING_VERBS: Readonly<Record<Lang, ReadonlySet<string>>> = {
  en: new Set(["met", "meets", "meet", "received", "receives", "hosted"]),
  de: new Set([
    "trifft",
    "traf",
    "trafen",
    "treffen",
    "getroffen",
    "empfing",
    "empfangt",
    "empfaengt",
    "empfangen",
    "zusammengetroffen",
    "zusammengekommen",
  ]),
};

/**
 * Meeting phrases of a verb and a word that must follow it (in any distance within the sentence): "held talks
 * with", "sprach mit", "kam … zusammen" (a separable verb: the particle closes the clause).
 */
export const MEETING_PAIRS: Readonly<
  Record<Lang, readonly (readonly [ReadonlySet<string>, ReadonlySet<string>])[]>
> = {
  en: [
    [new Set(["held", "holds", "hold", "holding"]), new Set(["talks"])],
    [new Set(["talks", "meeting", "met"]), new Set(["with", "between"])],
    [new Set(["sat"]), new Set(["down"])],
  ],
  de: [
    [new Set(["sprach", "spricht", "sprachen", "sprechen", "gesprochen"]), new Set(["mit"])],
    [new Set(["kam", "kamen", "kommt", "kommen", "traf", "trafen", "trifft"]), new Set(["zusammen"])],
    [new Set(["fuhrte", "fuhrten", "fuhrt", "gefuhrt", "fuehrte"]), new Set(["gesprache", "gesprach"])],
    [new Set(["beriet", "berieten", "berat", "beraten"]), new Set(["mit"])],
    [new Set(["gesprach", "gesprache", "treffen", "begegnung", "unterredung"]), new Set(["zwischen", "mit"])],
  ],
};

/**
 * Words that make a meeting sentence not a report of a meeting that took place: plans, hopes, denials, future
 * ("Tokajew will Modi treffen", "is expected to meet", "hoping to meet", "did not meet", "ohne … zu treffen").
 */
export const MEETING_BLOCKERS: ReadonlySet<string> = new Set([
  // English
  "will",
  "would",
  "shall",
  "expected",
  "expects",
  "plan",
  "plans",
  "planned",
  "planning",
  "hope",
  "hopes",
  "hoped",
  "hoping",
  "want",
  "wants",
  "wanted",
  "wish",
  "may",
  "might",
  "could",
  "should",
  "not",
  "no",
  "never",
  "without",
  "refused",
  "declined",
  "cancelled",
  "canceled",
  "postponed",
  "failed",
  "if",
  "whether",
  "scheduled",
  "due",
  "set",
  "seek",
  "seeks",
  "seeking",
  "sought",
  "invite",
  "invited",
  "didn't",
  "won't",
  "hasn't",
  "haven't",
  "wasn't",
  "isn't",
  // German
  "will",
  "wollen",
  "wollte",
  "wollten",
  "soll",
  "sollen",
  "sollte",
  "sollten",
  "wird",
  "werden",
  "werde",
  "mochte",
  "moechte",
  "konnte",
  "konnten",
  "konne",
  "nicht",
  "kein",
  "keine",
  "keinen",
  "ohne",
  "geplant",
  "plant",
  "planen",
  "angesetzt",
  "erwartet",
  "hofft",
  "hoffte",
  "gehofft",
  "verabredet",
  "abgesagt",
  "wenn",
  "falls",
  "ob",
  "vorgesehen",
  "bereit",
]);

/** Relative time words for summits: "last year's summit", "der vorige Gipfel", "im vergangenen Jahr". */
export const LAST_WORDS: ReadonlySet<string> = new Set([
  "last",
  "previous",
  "letzte",
  "letzten",
  "letzter",
  "letztes",
  "vorige",
  "vorigen",
  "voriger",
  "voriges",
  "vorherige",
  "vorherigen",
  "vergangene",
  "vergangenen",
  "vergangener",
  "vergangenes",
]);

/**
 * Words of remembrance: in their sentence a surname shared by several people is not given to the one in office
 * ("A statue of Aliyev stands in Nakhchivan": Heydar, not Ilham).
 */
export function isCommemorative(key: string): boolean {
  return (
    COMMEMORATIVE.has(key) ||
    key.startsWith("gedenk") ||
    key.startsWith("denkmal") ||
    key.startsWith("verstorben") ||
    key.startsWith("portrat") ||
    key.startsWith("statue") ||
    key.startsWith("museum") ||
    key.startsWith("mausoleum") ||
    key.startsWith("memorial")
  );
}

const COMMEMORATIVE: ReadonlySet<string> = new Set([
  "late",
  "legacy",
  "monument",
  "monuments",
  "portrait",
  "portraits",
  "grave",
  "tomb",
  "funeral",
  "anniversary",
  "erbe",
  "grab",
  "beerdigung",
  "todestag",
  "nachlass",
  "jahrestag",
]);
