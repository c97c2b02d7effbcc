/** Person forms: full names per language, aliases, and surnames derived from them. */
import type { Person } from "../../registry/types.ts";
import { FAMILY_NAME_FIRST, SURNAME_PARTICLES } from "../data/words.ts";
import { addAnyLang, type Lexicons } from "./lexicons.ts";

/**
 * "Wladimir Putin", "Vladimir Putin's", "Putins", "Tokajew", "Kassym-Jomart Tokayev".
 * Full names and multi-word aliases are full forms. Short forms are the person's `short:` list (`short: []`: none),
 * or when it is not written the surname of `name` — never a word of an alias ("Abiy Ahmed Ali" must not make "Ali" name him); a
 * one-word alias is a short form too. Short forms are accepted alone only when unique in the registry, when the
 * article names the person in full, or when the person alone of the namesakes is in office at the article's date.
 */
export function addPerson(lex: Lexicons, person: Person): void {
  const target = `person:${person.id}`;
  const fulls = new Set([person.name.de, person.name.en]);
  const surnames = new Set<string>(person.short ?? []);
  for (const alias of person.aliases) (wordsOf(alias).length > 1 ? fulls : surnames).add(alias);
  for (const full of fulls) addAnyLang(lex, full, target, "full");
  // `short: []` means "named only in full": nothing is derived.
  if (person.short === undefined) {
    for (const name of new Set([person.name.de, person.name.en])) {
      const surname = surnameOf(name, person.country);
      if (surname !== undefined) surnames.add(surname);
    }
  }
  for (const surname of surnames) if (!fulls.has(surname)) addAnyLang(lex, surname, target, "surname");
}

function wordsOf(name: string): string[] {
  return name.split(/\s+/u).filter((w) => w.length > 0);
}

/**
 * The family name: "Xi Jinping" → "Xi" (Chinese order); "Ursula von der Leyen" → "von der Leyen";
 * "Kassym-Jomart Tokayev" → "Tokayev". Undefined for one-word names.
 */
export function surnameOf(full: string, country: string | undefined): string | undefined {
  // "King Charles III", "Martin Luther King Jr.": a regnal number or suffix is no surname.
  const words = wordsOf(full);
  while (
    words.length > 1 &&
    /^(?:[IVX]+\.?|Jr\.?|Sr\.?|jun\.|sen\.)$/u.test(words[words.length - 1] as string)
  )
    words.pop();
  if (words.length < 2) return undefined;
  if (country !== undefined && FAMILY_NAME_FIRST.has(country)) return words[0];
  const particle = words.findIndex((w, i) => i > 0 && SURNAME_PARTICLES.has(w));
  return particle > 0 ? words.slice(particle).join(" ") : words[words.length - 1];
}
