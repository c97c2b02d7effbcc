/**
 * Office forms: the bare words an office is named by in running text ("Präsident", "Foreign Secretary") and its
 * standalone aliases ("UN-Generalsekretär"). A word names no office by itself; src/tag/offices.ts decides which
 * office it is from the country or organisation written with it, or from the article's one country.
 */
import type { Lang, Office, Registry } from "../../registry/types.ts";
import { addForm, type Lexicon } from "../lexicon.ts";
import { keyAt, tokenize } from "../tokenize.ts";
import type { Lexicons } from "./lexicons.ts";

/** Which offices each word (target `word:<lang>:<key>`) and alias (target `office:<id>`) can mean. */
export interface OfficeIndex {
  /**
   * Word target → whose office ("country:KZ", "organisation:nato") → the offices using the word: looking one up
   * costs the same whatever the size of the registry.
   */
  readonly byWord: ReadonlyMap<string, ReadonlyMap<string, readonly Office[]>>;
  /**
   * Word target → the number of states having an office with that word. Only a word few states use ("Foreign
   * Secretary", "Bundeskanzler") may stand alone; "President" never does.
   */
  readonly statesPerWord: ReadonlyMap<string, number>;
}

/** At most this many states may share a word for it to name an office without a country next to it. */
export const BARE_WORD_MAX_STATES = 3;

/** The target of a word: language and normalised tokens ("Secretary-General" = "secretary general"). */
export function wordTarget(lang: Lang, word: string): string {
  const tokens = tokenize(word);
  const keys: string[] = [];
  for (let i = 0; i < tokens.length; i++) keys.push(keyAt(tokens, i));
  return `word:${lang}:${keys.join(" ")}`;
}

/**
 * German case forms of a title: weak nouns in -t take -en ("des Präsidenten"), others a genitive -s ("des
 * Bundeskanzlers", "des Generalsekretärs"); feminine forms in -in stay.
 */
function germanForms(word: string): string[] {
  if (/in$/u.test(word)) return [word];
  const forms = [word];
  if (/t$/u.test(word)) forms.push(`${word}en`);
  else if (/e$/u.test(word)) forms.push(`${word}n`);
  if (!/[sßxz]$/u.test(word)) forms.push(`${word}s`);
  return forms;
}

/**
 * Whose office it is, as the text may name the owner: its `of`, and an organisation its id begins with
 * ("european-commission-president" also answers to the European Commission when it is written `of: eu`).
 */
function ownersOf(office: Office, registry: Registry): string[] {
  const out = [`${office.of.type}:${office.of.id}`];
  const parts = office.id.split("-");
  for (let n = parts.length - 1; n >= 1; n--) {
    const prefix = parts.slice(0, n).join("-");
    if (prefix !== office.of.id && registry.organisations.has(prefix)) {
      out.push(`organisation:${prefix}`);
      break;
    }
  }
  return out;
}

/**
 * Adds every office's words and aliases to the lexicons being built; returns which offices each word can mean,
 * in both languages whichever are built.
 */
export function addOffices(lex: Lexicons, registry: Registry): OfficeIndex {
  const byWord = new Map<string, Map<string, Office[]>>();
  const states = new Map<string, Set<string>>();
  // Hundreds of offices share a word ("President"): each form is added once.
  const added = new Set<string>();
  const add = (lexicon: Lexicon | undefined, surface: string, target: string) => {
    if (lexicon === undefined) return;
    const id = `${lexicon === lex.de ? "de" : "en"}\u0000${surface}\u0000${target}`;
    if (added.has(id)) return;
    added.add(id);
    addForm(lexicon, surface, target, "office", "name", { anyCase: true });
  };
  for (const office of registry.offices.values()) {
    for (const lang of ["de", "en"] as const) {
      for (const word of office.words[lang]) {
        const target = wordTarget(lang, word);
        let owners = byWord.get(target);
        if (owners === undefined) {
          owners = new Map();
          byWord.set(target, owners);
        }
        for (const owner of ownersOf(office, registry)) {
          const list = owners.get(owner);
          if (list === undefined) owners.set(owner, [office]);
          else if (!list.includes(office)) list.push(office);
        }
        if (office.of.type === "country") {
          const set = states.get(target) ?? new Set<string>();
          set.add(office.of.id);
          states.set(target, set);
        }
        const forms = lang === "de" ? germanForms(word) : [word, `${word}'s`];
        for (const form of forms) add(lex[lang], form, target);
      }
    }
    for (const alias of office.aliases) {
      for (const form of germanForms(alias)) add(lex.de, form, `office:${office.id}`);
      for (const form of [alias, `${alias}'s`]) add(lex.en, form, `office:${office.id}`);
    }
  }
  const statesPerWord = new Map<string, number>();
  for (const [target, set] of states) statesPerWord.set(target, set.size);
  return { byWord, statesPerWord };
}
