/**
 * Compiles a registry into its language tries: both, or those asked for (src/tag/compile.ts builds each one when
 * first needed).
 */
import { LANGS, type Lang, type Registry } from "../../registry/types.ts";
import { BLOCKED_PHRASES } from "../data/words.ts";
import { newLexicon } from "../lexicon.ts";
import { buildMarks } from "../marks.ts";
import { addCountry } from "./countries.ts";
import { addName, type Lexicons } from "./lexicons.ts";
import { addOffices, type OfficeIndex } from "./offices.ts";
import { addOrganisation } from "./organisations.ts";
import { addPerson } from "./people.ts";
import { addSummit } from "./summits.ts";

export type { Lexicons } from "./lexicons.ts";

/**
 * Builds the tries of `langs` from every entity and office of the registry, plus the blocked phrases. A
 * language's trie is the same whether built alone or with the other: nothing added to one depends on the other.
 */
export function buildLexicons(
  registry: Registry,
  langs: readonly Lang[] = LANGS,
): { lexicons: Lexicons; offices: OfficeIndex } {
  const lex: Lexicons = Object.fromEntries(langs.map((lang) => [lang, newLexicon()]));
  for (const country of registry.countries.values()) addCountry(lex, country);
  for (const person of registry.people.values()) addPerson(lex, person);
  for (const org of registry.organisations.values()) addOrganisation(lex, org, registry);
  for (const summit of registry.summits.values()) addSummit(lex, summit);
  for (const phrase of BLOCKED_PHRASES.de) addName(lex, "de", phrase, "", "block");
  for (const phrase of BLOCKED_PHRASES.en) addName(lex, "en", phrase, "", "block");
  const offices = addOffices(lex, registry);
  // Last: the rule words get key ids of their own, after every form's.
  for (const lang of langs) {
    const lexicon = lex[lang];
    if (lexicon !== undefined) lexicon.marks = buildMarks(lexicon.keys, lang);
  }
  return { lexicons: lex, offices };
}
