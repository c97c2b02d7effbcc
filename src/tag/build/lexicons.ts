/** The two tries the tagger matches against, one per article language. */
import type { Lang } from "../../registry/types.ts";
import { possessiveForms } from "../forms/english.ts";
import { nameForms } from "../forms/german.ts";
import { addForm, type FormKind, type Lexicon, type MatchKind } from "../lexicon.ts";
import { isAllCaps } from "../normalize.ts";

/**
 * The tries being built, by language: only the languages asked for (a build tags its changed articles, often of
 * one language, and compiling a language costs a tenth to a fifth of a second). Forms of a language not built
 * are not even derived.
 */
export type Lexicons = Readonly<Partial<Record<Lang, Lexicon>>>;

/**
 * Adds a proper name to one language's trie with that language's inflections:
 * de "Kasachstan" → Kasachstans; en "Kazakhstan" → Kazakhstan's.
 * A name in capitals only ("USA", "UK") is added to both languages.
 */
export function addName(lex: Lexicons, lang: Lang, name: string, target: string, kind: MatchKind): void {
  const langs: readonly Lang[] = isAllCaps(name.replace(/[^\p{L}]/gu, "")) ? ["de", "en"] : [lang];
  for (const l of langs) {
    const lexicon = lex[l];
    if (lexicon === undefined) continue;
    const forms = l === "de" ? nameForms(name) : possessiveForms(name);
    for (const form of forms) {
      const possessive = form === `${name}s` || form === `${name}'s`;
      addForm(lexicon, form, target, kind, "name", { possessive });
    }
  }
}

/** Adds a name in both languages (aliases, which editors give in no particular language). */
export function addAnyLang(lex: Lexicons, name: string, target: string, kind: MatchKind): void {
  addName(lex, "de", name, target, kind);
  addName(lex, "en", name, target, kind);
}

/** Adds forms as written, without inflection (adjectives and demonyms, whose forms are derived already). */
export function addForms(
  lex: Lexicons,
  lang: Lang,
  forms: readonly string[],
  target: string,
  form: FormKind,
): void {
  const lexicon = lex[lang];
  if (lexicon === undefined) return;
  for (const f of forms) addForm(lexicon, f, target, "full", form);
}
