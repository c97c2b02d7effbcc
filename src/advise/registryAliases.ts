/**
 * Checks the registry's aliases for names the tagger would find where nobody meant the entity:
 *  - an alias of fewer than two letters or digits ("X", "5") matches noise everywhere: an error;
 *  - a person's or organisation's alias, or a person's surname, that is a common German or English word
 *    ("May", "Will", "Union"): a warning (alone, such a surname names the person only after their full name
 *    in the same article; an organisation's is tagged everywhere);
 *  - a person's alias that is also a country's or organisation's name ("China"): a warning.
 */
import type { Diagnostic } from "../diagnostics/index.ts";
import type { ParsedYamlFile } from "../load/index.ts";
import { type Entity, namesOf, normaliseName, type Registry } from "../registry/index.ts";
import { surnameOf } from "../tag/index.ts";
import { isCommonWord } from "../text/index.ts";

/** The parsed registry files, for locating each alias. */
export interface RegistrySources {
  readonly countries?: ParsedYamlFile | undefined;
  readonly people?: ParsedYamlFile | undefined;
  readonly organisations?: ParsedYamlFile | undefined;
  readonly summits?: ParsedYamlFile | undefined;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/gu;

/** Every alias problem of the registry, located at the alias (or the person's name for a surname). */
export function registryAliasDiagnostics(registry: Registry, files: RegistrySources): Diagnostic[] {
  const out: Diagnostic[] = [];
  const otherNames = countryAndOrganisationNames(registry);
  const check = (entity: Entity, file: ParsedYamlFile | undefined) => {
    if (!file) return;
    entity.aliases.forEach((alias, i) => {
      const at = { file: file.file.path, ...file.locate([entity.id, "aliases", i]) };
      if ((alias.match(LETTER_OR_DIGIT)?.length ?? 0) < 2) {
        out.push({
          ...at,
          severity: "error",
          ruleId: "registry/short-alias",
          message: `The alias "${alias}" of "${entity.id}" has fewer than two letters; it would match everywhere.`,
          hint: "Remove it, or write a longer form of the name.",
        });
        return;
      }
      const owner = entity.type === "person" ? otherNames.get(normaliseName(alias)) : undefined;
      if (owner) {
        out.push({
          ...at,
          severity: "warning",
          ruleId: "registry/alias-conflict",
          message: `The alias "${alias}" of person "${entity.id}" is also the name of ${owner}.`,
          hint: "The text will name both; remove the alias unless the person is really called so.",
        });
      } else if (entity.type !== "country" && isOneWord(alias) && isCommonWord(alias)) {
        // Countries are left out: their names are frequent words in any corpus ("Britain", "China").
        out.push(commonWord(at, entity, alias, "alias"));
      }
    });
    if (entity.type !== "person") return;
    const surnames = new Set<string>();
    for (const name of new Set([entity.name.de, entity.name.en])) {
      const surname = surnameOf(name, entity.country);
      if (surname !== undefined && isOneWord(surname) && isCommonWord(surname)) surnames.add(surname);
    }
    for (const surname of surnames) {
      if (entity.aliases.includes(surname)) continue;
      const at = { file: file.file.path, ...file.locate([entity.id, "name"]) };
      out.push(commonWord(at, entity, surname, "surname"));
    }
  };
  for (const c of registry.countries.values()) if (c.source) check(c, files.countries);
  for (const p of registry.people.values()) check(p, files.people);
  for (const o of registry.organisations.values()) check(o, files.organisations);
  for (const s of registry.summits.values()) check(s, files.summits);
  return out;
}

function commonWord(
  at: { file: string; line: number; column: number },
  entity: Entity,
  word: string,
  what: "alias" | "surname",
): Diagnostic {
  const person = entity.type === "person";
  return {
    ...at,
    severity: "warning",
    ruleId: "registry/common-word-alias",
    message: `The ${what} "${word}" of "${entity.id}" is a common word in German or English.`,
    hint: person
      ? `Alone, "${word}" is tagged as this person only after their full name appears in the same article; add a longer alias if that is too strict.`
      : `Every "${word}" in the text will be tagged as this ${entity.type}; use a longer or more specific form.`,
  };
}

function isOneWord(text: string): boolean {
  return !/\s/u.test(text.trim());
}

/** Normalised country and organisation names (names, acronyms, aliases, ISO names) → "country CN" etc. */
function countryAndOrganisationNames(registry: Registry): Map<string, string> {
  const names = new Map<string, string>();
  for (const entity of [...registry.countries.values(), ...registry.organisations.values()]) {
    for (const name of namesOf(entity)) {
      if (name === entity.id && entity.type === "organisation") continue;
      names.set(normaliseName(name), `${entity.type} "${entity.name.en}"`);
    }
  }
  return names;
}
