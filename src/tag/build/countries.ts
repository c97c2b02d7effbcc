/** Country forms: ISO names, official names, extra names, aliases, adjectives and demonyms. */
import type { Country } from "../../registry/types.ts";
import { DEMONYMS } from "../data/demonyms.ts";
import { EXTRA_NAMES } from "../data/extra-names.ts";
import { demonymForms } from "../forms/english.ts";
import { adjectiveForms, nounForms } from "../forms/german.ts";
import { cleanName } from "../forms/names.ts";
import { addAnyLang, addForms, addName, type Lexicons } from "./lexicons.ts";

/** "Kasachstans", "die kasachische Regierung", "Kasachen", "Kazakhstan's", "Kazakh", "Kazakhs". */
export function addCountry(lex: Lexicons, country: Country): void {
  const target = `country:${country.id}`;
  const extra = EXTRA_NAMES[country.id];
  const de = [country.name.de, ...country.officialNames.de, ...(extra?.de ?? [])];
  const en = [country.name.en, ...country.officialNames.en, ...(extra?.en ?? [])];
  for (const name of de) for (const clean of cleanName(name)) addName(lex, "de", clean, target, "full");
  for (const name of en) for (const clean of cleanName(name)) addName(lex, "en", clean, target, "full");
  for (const alias of country.aliases) addAnyLang(lex, alias, target, "full");
  const demonyms = DEMONYMS.get(country.id);
  if (demonyms === undefined) return;
  for (const stem of demonyms.deAdjectives) {
    const [bare, ...inflected] = adjectiveForms(stem);
    if (bare !== undefined) addForms(lex, "de", [bare], target, "deAdjBare");
    addForms(lex, "de", inflected, target, "deAdj");
  }
  for (const noun of demonyms.deNouns) addForms(lex, "de", nounForms(noun), target, "deNoun");
  for (const adj of demonyms.en) addForms(lex, "en", demonymForms(adj), target, "enAdj");
}
