/**
 * Checks the registry's aliases for names the tagger would find where nobody meant the entity:
 *  - an alias of fewer than two letters or digits ("X", "5") matches noise everywhere: an error;
 *  - a person's or organisation's alias, or a person's surname, that is a common German or English word
 *    ("May", "Will", "Union"): a warning (alone, such a surname names the person only after their full name
 *    in the same article; an organisation's is tagged everywhere);
 *  - a person's alias that is also a country's or organisation's name ("China"): a warning.
 */
import type { Diagnostic } from "../diagnostics/index.ts";
import type { ParsedRegistryFile } from "../load/index.ts";
import { type Entity, namesOf, normaliseName, type Registry } from "../registry/index.ts";
import { surnameOf } from "../tag/index.ts";
import { isCommonWord } from "../text/index.ts";

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/gu;

/**
 * Every alias problem of the site's own registry files (content/registry/), located at the alias (or the person's
 * name for a derived surname). The bundled world registry is checked by its own tests, not shown to editors.
 */
export function registryAliasDiagnostics(
  registry: Registry,
  files: readonly ParsedRegistryFile[],
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const local = new Map<string, ParsedRegistryFile>();
  for (const f of files) if (f.file.layer === "local") local.set(f.file.path, f);
  const otherNames = countryAndOrganisationNames(registry);
  const check = (entity: Entity) => {
    const file = entity.source ? local.get(entity.source.file) : undefined;
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
    // Short forms as written (`short:`), else the surname derived from the name.
    if (entity.short !== undefined) {
      entity.short.forEach((form, i) => {
        if (!isOneWord(form) || !isCommonWord(form)) return;
        const at = { file: file.file.path, ...file.locate([entity.id, "short", i]) };
        out.push(commonWord(at, entity, form, "short form"));
      });
      return;
    }
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
  for (const c of registry.countries.values()) if (c.source) check(c);
  for (const p of registry.people.values()) check(p);
  for (const o of registry.organisations.values()) check(o);
  for (const s of registry.summits.values()) check(s);
  return out;
}

function commonWord(
  at: { file: string; line: number; column: number },
  entity: Entity,
  word: string,
  what: "alias" | "surname" | "short form",
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
