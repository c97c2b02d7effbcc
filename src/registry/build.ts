/** Validates the registry files and builds the Registry: built-in countries plus the editors' entries. */
import type { z } from "zod";
import { closest, type Diagnostic, issuesToDiagnostics, show } from "../diagnostics/index.ts";
import type { ParsedYamlFile, YamlValue } from "../load/index.ts";
import { slugify } from "../text/index.ts";
import { builtInCountries } from "./countries.ts";
import {
  countryExtraSchema,
  ID_PATTERN,
  type localized,
  organisationSchema,
  personSchema,
  summitSchema,
} from "./schema.ts";
import type { Country, Localized, Organisation, Person, Registry, Summit } from "./types.ts";
import { isZone } from "./zone.ts";

/** The parsed registry files; any may be missing. */
export interface RegistryFiles {
  readonly countries?: ParsedYamlFile;
  readonly people?: ParsedYamlFile;
  readonly organisations?: ParsedYamlFile;
  readonly summits?: ParsedYamlFile;
}

const HINTS = {
  name: "Give the name per language, e.g. `name: { en: Kassym-Jomart Tokayev, de: Kassym-Schomart Tokajew }`.",
  country: "Use the ISO 3166-1 alpha-2 code, e.g. KZ for Kazakhstan.",
  wikidata: "Copy the id from the Wikidata page's address, e.g. Q23492; or leave the field out.",
  start: 'Write the first day as "2025-08-31".',
  end: 'Write the last day as "2025-09-01".',
  timeZone: "Use the host city's IANA zone, e.g. Asia/Shanghai.",
};

/** Builds the registry; every problem in every file is reported. */
export function buildRegistry(files: RegistryFiles): { value: Registry; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const countries = new Map(builtInCountries());
  const people = new Map<string, Person>();
  const organisations = new Map<string, Organisation>();
  const summits = new Map<string, Summit>();

  for (const [id, entry, at] of entries(files.countries, countryExtraSchema, diagnostics)) {
    const code = id.toUpperCase();
    const base = countries.get(code);
    if (!base) {
      const suggestion = closest(
        id,
        [...countries.values()].flatMap((c) => [c.id, c.name.en, c.name.de]),
      );
      diagnostics.push({
        ...at,
        severity: "error",
        ruleId: "registry/unknown-country",
        message: `"${show(id)}" is not an ISO 3166-1 alpha-2 country code.`,
        hint: suggestion
          ? `Did you mean "${countryCodeOf(countries, suggestion)}" (${suggestion})?`
          : HINTS.country,
      });
      continue;
    }
    countries.set(code, {
      ...base,
      aliases: entry.aliases ?? [],
      ...(entry.description ? { description: fill(entry.description) } : {}),
      ...(entry.wikidata ? { wikidata: entry.wikidata } : {}),
      source: { file: at.file, line: at.line },
    });
  }
  for (const [id, entry, at] of entries(files.people, personSchema, diagnostics, true)) {
    people.set(id, {
      type: "person",
      id,
      name: fill(entry.name),
      aliases: entry.aliases ?? [],
      ...(entry.country ? { country: entry.country.toUpperCase() } : {}),
      ...(entry.role ? { role: fill(entry.role) } : {}),
      ...(entry.wikidata ? { wikidata: entry.wikidata } : {}),
      ...(entry.description ? { description: fill(entry.description) } : {}),
      source: { file: at.file, line: at.line },
    });
  }
  for (const [id, entry, at] of entries(files.organisations, organisationSchema, diagnostics, true)) {
    organisations.set(id, {
      type: "organisation",
      id,
      name: fill(entry.name),
      aliases: entry.aliases ?? [],
      members: (entry.members ?? []).map((m) => m.toUpperCase()),
      ...(entry.acronym ? { acronym: fill(entry.acronym) } : {}),
      ...(entry.founded ? { founded: entry.founded } : {}),
      ...(entry.wikidata ? { wikidata: entry.wikidata } : {}),
      ...(entry.description ? { description: fill(entry.description) } : {}),
      source: { file: at.file, line: at.line },
    });
  }
  for (const [id, entry, at] of entries(files.summits, summitSchema, diagnostics, true)) {
    summits.set(id, {
      type: "summit",
      id,
      name: fill(entry.name),
      aliases: entry.aliases ?? [],
      organisation: entry.organisation,
      year: entry.year,
      city: fill(entry.city),
      country: entry.country.toUpperCase(),
      start: entry.start,
      end: entry.end,
      timeZone: entry.timeZone,
      ...(entry.wikidata ? { wikidata: entry.wikidata } : {}),
      ...(entry.description ? { description: fill(entry.description) } : {}),
      source: { file: at.file, line: at.line },
    });
  }
  const registry: Registry = {
    countries: sortById(countries),
    people: sortById(people),
    organisations: sortById(organisations),
    summits: sortById(summits),
  };
  for (const d of checkReferences(registry, files)) diagnostics.push(d); // no spread: there may be 100,000
  return { value: registry, diagnostics };
}

/** Dangling references: a person's country, an organisation's members, a summit's organisation and host. */
function checkReferences(registry: Registry, files: RegistryFiles): Diagnostic[] {
  const out: Diagnostic[] = [];
  const countryRef = (
    code: string,
    file: ParsedYamlFile | undefined,
    path: (string | number)[],
    what: string,
  ) => {
    if (registry.countries.has(code) || !file) return;
    out.push({
      file: file.file.path,
      ...file.locate(path),
      severity: "error",
      ruleId: "registry/dangling-ref",
      message: `${what} "${code}" is not an ISO 3166-1 country code.`,
      hint: HINTS.country,
    });
  };
  for (const p of registry.people.values()) {
    if (p.country) countryRef(p.country, files.people, [p.id, "country"], "Country");
  }
  for (const o of registry.organisations.values()) {
    o.members.forEach((m, i) => {
      countryRef(m, files.organisations, [o.id, "members", i], "Member");
    });
  }
  for (const s of registry.summits.values()) {
    const file = files.summits;
    if (!file) continue;
    const at = (key: string) => ({ file: file.file.path, ...file.locate([s.id, key]) });
    countryRef(s.country, file, [s.id, "country"], "Host country");
    if (!registry.organisations.has(s.organisation)) {
      const suggestion = closest(s.organisation, registry.organisations.keys());
      out.push({
        ...at("organisation"),
        severity: "error",
        ruleId: "registry/dangling-ref",
        message: `Summit "${s.id}" names the organisation "${show(s.organisation)}", which is not in the registry.`,
        hint: suggestion
          ? `Did you mean "${suggestion}"?`
          : "Add the organisation to content/registry/organisations.yaml or correct the id.",
      });
    }
    if (!isZone(s.timeZone)) {
      out.push({
        ...at("timeZone"),
        severity: "error",
        ruleId: "registry/invalid-field",
        message: `"${show(s.timeZone)}" is not a time zone.`,
        hint: HINTS.timeZone,
      });
    }
    if (s.end < s.start) {
      out.push({
        ...at("end"),
        severity: "error",
        ruleId: "registry/invalid-field",
        message: `Summit "${s.id}" ends (${s.end}) before it starts (${s.start}).`,
        hint: "Swap the dates or correct the typo.",
      });
    }
    if (!validDay(s.start) || !validDay(s.end)) {
      out.push({
        ...at(validDay(s.start) ? "end" : "start"),
        severity: "error",
        ruleId: "registry/invalid-field",
        message: `Summit "${s.id}" has a day that does not exist.`,
        hint: "Check the day and month.",
      });
    }
  }
  return out;
}

function validDay(day: string): boolean {
  const d = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day;
}

type Location = { file: string; line: number; column: number };

/** Validates each `id: entry` of a registry file against `schema`, yielding the valid ones. */
function* entries<S extends z.ZodType>(
  parsed: ParsedYamlFile | undefined,
  schema: S,
  diagnostics: Diagnostic[],
  checkId = false,
): Generator<[string, z.infer<S>, Location]> {
  if (!parsed || parsed.data === null) return;
  const file = parsed.file.path;
  if (typeof parsed.data !== "object" || Array.isArray(parsed.data)) {
    diagnostics.push({
      file,
      line: 1,
      column: 1,
      severity: "error",
      ruleId: "registry/not-a-map",
      message: "A registry file must be a map of `id:` entries.",
      hint: "Start each entry with its id at the left margin, e.g. `tokayev:`, and indent its fields.",
    });
    return;
  }
  const data = parsed.data as Record<string, YamlValue>;
  for (const id of Object.keys(data).sort()) {
    const at = { file, ...parsed.locate([id]) };
    if (checkId && !ID_PATTERN.test(id)) {
      diagnostics.push({
        ...at,
        severity: "error",
        ruleId: "registry/invalid-id",
        message: `"${show(id)}" is not a valid id.`,
        hint: `Ids are lower-case letters, digits and hyphens, e.g. "${slugify(id)}".`,
      });
      continue;
    }
    const result = schema.safeParse(data[id]);
    if (!result.success) {
      diagnostics.push(
        ...issuesToDiagnostics(
          result.error.issues,
          file,
          (path) => parsed.locate([id, ...path]),
          data[id],
          HINTS,
          () => Object.keys((schema as unknown as { shape: object }).shape ?? {}),
          "registry",
        ),
      );
      continue;
    }
    yield [id, result.data as z.infer<S>, at];
  }
}

/** Fills a one-language name into both languages. */
function fill(value: z.infer<typeof localized>): Localized {
  if (typeof value === "string") return { de: value, en: value };
  const de = value.de ?? value.en ?? "";
  const en = value.en ?? value.de ?? "";
  return { de, en };
}

function sortById<T>(map: Map<string, T>): ReadonlyMap<string, T> {
  return new Map([...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function countryCodeOf(countries: ReadonlyMap<string, Country>, name: string): string {
  for (const c of countries.values())
    if (c.id === name || c.name.en === name || c.name.de === name) return c.id;
  return name;
}
