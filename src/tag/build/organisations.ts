/** Organisation forms: names per language (inflected), acronyms, aliases, and "EU-Kommission"-style compounds. */
import type { Lang, Organisation, Registry } from "../../registry/types.ts";
import { LANGS } from "../../registry/types.ts";
import { spellingVariants } from "../forms/english.ts";
import { addForm } from "../lexicon.ts";
import { normKey } from "../normalize.ts";
import { addAnyLang, addName, type Lexicons } from "./lexicons.ts";

/** "der Europäischen Union", "EU", "the European Union's", "SOZ-Gipfel" (via hyphen splitting), "ШОС". */
export function addOrganisation(lex: Lexicons, org: Organisation, registry: Registry): void {
  const target = `organisation:${org.id}`;
  for (const lang of LANGS) {
    const names = lang === "en" ? spellingVariants(org.name.en) : [org.name.de];
    for (const name of names) addName(lex, lang, name, target, "full");
    const acronym = org.acronym?.[lang];
    if (acronym !== undefined && acronym.length > 0) addAnyLang(lex, acronym, target, "full");
    for (const compound of acronymCompounds(org, registry, lang))
      addName(lex, lang, compound, target, "full");
  }
  for (const alias of org.aliases) addAnyLang(lex, alias, target, "full");
  for (const form of org.inflections)
    for (const lang of LANGS) {
      const lexicon = lex[lang];
      if (lexicon !== undefined) addForm(lexicon, form, target, "full", "name");
    }
}

/**
 * Names another organisation's acronym stands in for: "Europäische Kommission" + "Europäische Union" (EU)
 * → "EU Kommission", so "EU-Kommission" is the Commission, not the EU.
 */
function acronymCompounds(org: Organisation, registry: Registry, lang: Lang): string[] {
  const words = org.name[lang].split(/\s+/u);
  const first = words[0];
  if (words.length < 2 || first === undefined) return [];
  const rest = words.slice(1).join(" ");
  const out: string[] = [];
  for (const other of registry.organisations.values()) {
    const acronym = other.acronym?.[lang];
    const otherFirst = other.name[lang].split(/\s+/u)[0];
    if (other.id === org.id || acronym === undefined || otherFirst === undefined) continue;
    if (other.name[lang].split(/\s+/u).length < 2) continue;
    if (adjectiveRoot(otherFirst) === adjectiveRoot(first)) out.push(`${acronym} ${rest}`);
  }
  return out;
}

/** "Europäische" and "Europäischen" share a root; so do "European" and "European". */
export function adjectiveRoot(word: string): string {
  return normKey(word).replace(/(?:e|en|er|es|em)$/u, "");
}
