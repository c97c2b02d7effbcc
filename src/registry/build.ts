/**
 * Builds the Registry from its files: the built-in ISO countries, then the world registry, then the site's local
 * layer (a local entry replaces the world entry with its id). Every problem in every file is reported.
 */
import type { z } from "zod";
import { closest, type Diagnostic, show } from "../diagnostics/index.ts";
import type { ParsedRegistryFile } from "../load/index.ts";
import { checkRegistry } from "./checks.ts";
import { builtInCountries } from "./countries.ts";
import { parseRegistryDate, type RegistryDate } from "./dates.ts";
import { type Entry, entriesOf, HINTS, layered } from "./entries.ts";
import {
  countryExtraSchema,
  type localized,
  type OfficeEntry,
  type OrganisationEntry,
  officeSchema,
  organisationSchema,
  type PersonEntry,
  personSchema,
  type SummitEntry,
  summitSchema,
} from "./schema.ts";
import type {
  Country,
  LeadRule,
  Localized,
  Membership,
  Office,
  Organisation,
  Person,
  Registry,
  Summit,
  Term,
} from "./types.ts";

/** Builds the registry; `files` are the parsed registry files in layer order (world first, then local). */
export function buildRegistry(files: readonly ParsedRegistryFile[]): {
  value: Registry;
  diagnostics: Diagnostic[];
} {
  const diagnostics: Diagnostic[] = [];
  const countries = new Map(builtInCountries());
  const extras = layered(
    entriesOf(files, "countries", countryExtraSchema, diagnostics),
    "Country",
    diagnostics,
    (id) => id.toUpperCase(),
  );
  for (const [code, { id, value, at }] of extras) {
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
          : (HINTS.country as string),
      });
      continue;
    }
    countries.set(code, {
      ...base,
      aliases: value.aliases ?? [],
      ...(value.description ? { description: fill(value.description) } : {}),
      ...(value.wikidata ? { wikidata: value.wikidata } : {}),
      sources: value.sources ?? [],
      source: { file: at.file, line: at.line },
    });
  }
  const dates = new Dates(diagnostics);
  const offices = new Map<string, Office>();
  for (const [id, entry] of layered(
    entriesOf(files, "offices", officeSchema, diagnostics),
    "Office",
    diagnostics,
  ))
    offices.set(id, toOffice(id, entry, dates));
  const people = new Map<string, Person>();
  for (const [id, entry] of layered(
    entriesOf(files, "people", personSchema, diagnostics),
    "Person",
    diagnostics,
  ))
    people.set(id, toPerson(id, entry, dates));
  const organisations = new Map<string, Organisation>();
  const orgEntries = layered(
    entriesOf(files, "organisations", organisationSchema, diagnostics),
    "Organisation",
    diagnostics,
  );
  for (const [id, entry] of orgEntries) organisations.set(id, toOrganisation(id, entry, dates));
  const summits = new Map<string, Summit>();
  const summitEntries = layered(
    entriesOf(files, "summits", summitSchema, diagnostics),
    "Summit",
    diagnostics,
  );
  for (const [id, entry] of summitEntries) summits.set(id, toSummit(id, entry));
  const registry: Registry = {
    countries: sortById(countries),
    offices: sortById(offices),
    people: sortById(people),
    organisations: sortById(organisations),
    summits: sortById(summits),
  };
  for (const d of checkRegistry(registry, files)) diagnostics.push(d); // no spread: there may be 100,000
  return { value: registry, diagnostics };
}

/** Parses the dates of entries, reporting each malformed or impossible one where it was written. */
class Dates {
  constructor(private readonly diagnostics: Diagnostic[]) {}

  /** The date at `path` of an entry; undefined (and reported) when it does not exist. */
  read(entry: Entry<unknown>, path: readonly (string | number)[], text: string): RegistryDate | undefined {
    const date = parseRegistryDate(text);
    if (date === undefined) {
      this.diagnostics.push({
        file: entry.at.file,
        ...entry.file.locate([entry.id, ...path]),
        severity: "error",
        ruleId: "registry/invalid-date",
        message: `"${show(text)}" is not a date that exists.`,
        hint: 'Write the day as "2025-08-31"; when only the month or the year is certain, write "2025-08" or "2025".',
      });
    }
    return date;
  }
}

function toOffice(id: string, entry: Entry<OfficeEntry>, dates: Dates): Office {
  const { value, at } = entry;
  const isCountry = /^[A-Z]{2}$/u.test(value.of);
  return {
    id,
    of: { type: isCountry ? "country" : "organisation", id: value.of },
    role: value.role,
    title: fill(value.title),
    words: { de: value.words?.de ?? [], en: value.words?.en ?? [] },
    aliases: value.aliases ?? [],
    leads: value.leads !== undefined && value.leads !== false,
    ...(Array.isArray(value.leads) ? { leadsWhen: leadRules(entry, value.leads, dates) } : {}),
    ...(value.description ? { description: fill(value.description) } : {}),
    ...(value.wikidata ? { wikidata: value.wikidata } : {}),
    sources: value.sources ?? [],
    source: { file: at.file, line: at.line },
  };
}

/** The conditions of a limited `leads`, dates parsed (a rule with an impossible date is left out, and reported). */
function leadRules(
  entry: Entry<OfficeEntry>,
  rules: readonly {
    from?: string | undefined;
    to?: string | undefined;
    organisations?: string[] | undefined;
    except?: string[] | undefined;
  }[],
  dates: Dates,
): LeadRule[] {
  const out: LeadRule[] = [];
  rules.forEach((rule, i) => {
    const from = rule.from === undefined ? undefined : dates.read(entry, ["leads", i, "from"], rule.from);
    const to = rule.to === undefined ? undefined : dates.read(entry, ["leads", i, "to"], rule.to);
    if ((rule.from !== undefined && from === undefined) || (rule.to !== undefined && to === undefined))
      return;
    out.push({
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
      ...(rule.organisations ? { organisations: rule.organisations } : {}),
      ...(rule.except ? { except: rule.except } : {}),
    });
  });
  return out;
}

function toPerson(id: string, entry: Entry<PersonEntry>, dates: Dates): Person {
  const { value, at } = entry;
  const terms: Term[] = [];
  (value.offices ?? []).forEach((t, i) => {
    const from = t.from === undefined ? undefined : dates.read(entry, ["offices", i, "from"], t.from);
    const to = t.to === undefined ? undefined : dates.read(entry, ["offices", i, "to"], t.to);
    // A term with a date that does not exist is left out (the error stops the build anyway).
    if ((t.from !== undefined && from === undefined) || (t.to !== undefined && to === undefined)) return;
    terms.push({
      office: t.office,
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
      acting: t.acting === true,
    });
  });
  const born = value.born === undefined ? undefined : dates.read(entry, ["born"], value.born);
  const died = value.died === undefined ? undefined : dates.read(entry, ["died"], value.died);
  return {
    type: "person",
    id,
    name: fill(value.name),
    aliases: value.aliases ?? [],
    ...(value.short ? { short: value.short } : {}),
    ...(value.country ? { country: value.country.toUpperCase() } : {}),
    ...(born ? { born } : {}),
    ...(died ? { died } : {}),
    offices: terms,
    ...(value.wikidata ? { wikidata: value.wikidata } : {}),
    ...(value.description ? { description: fill(value.description) } : {}),
    sources: value.sources ?? [],
    source: { file: at.file, line: at.line },
  };
}

function toOrganisation(id: string, entry: Entry<OrganisationEntry>, dates: Dates): Organisation {
  const { value, at } = entry;
  const members: Membership[] = [];
  (value.members ?? []).forEach((m, i) => {
    if (typeof m === "string") {
      members.push({ type: "country", id: m.toUpperCase() });
      return;
    }
    const from = m.from === undefined ? undefined : dates.read(entry, ["members", i, "from"], m.from);
    const to = m.to === undefined ? undefined : dates.read(entry, ["members", i, "to"], m.to);
    if ((m.from !== undefined && from === undefined) || (m.to !== undefined && to === undefined)) return;
    members.push({
      ...("country" in m ? { type: "country" as const, id: m.country.toUpperCase() } : {}),
      ...("organisation" in m ? { type: "organisation" as const, id: m.organisation } : {}),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
    } as Membership);
  });
  if (value.founded !== undefined) dates.read(entry, ["founded"], value.founded);
  return {
    type: "organisation",
    id,
    name: fill(value.name),
    aliases: value.aliases ?? [],
    inflections: value.inflections ?? [],
    members,
    ...(value.membersOf ? { membersOf: value.membersOf } : {}),
    ...(value.parent ? { parent: value.parent } : {}),
    level: value.level ?? "leaders",
    ...(value.acronym ? { acronym: fill(value.acronym) } : {}),
    ...(value.founded ? { founded: value.founded } : {}),
    ...(value.wikidata ? { wikidata: value.wikidata } : {}),
    ...(value.description ? { description: fill(value.description) } : {}),
    sources: value.sources ?? [],
    source: { file: at.file, line: at.line },
  };
}

function toSummit(id: string, { value, at }: Entry<SummitEntry>): Summit {
  const attendance = value.attendance
    ? {
        absent: (value.attendance.absent ?? []).map((a) => ({
          person: a.person,
          ...(a.representedBy ? { representedBy: a.representedBy } : {}),
          remote: a.remote === true,
        })),
        guests: value.attendance.guests ?? [],
      }
    : undefined;
  return {
    type: "summit",
    id,
    name: fill(value.name),
    aliases: value.aliases ?? [],
    organisation: value.organisation,
    year: value.year,
    ...(value.number ? { number: value.number } : {}),
    city: fill(value.city),
    country: value.country.toUpperCase(),
    start: value.start,
    end: value.end,
    timeZone: value.timeZone,
    ...(value.virtual ? { virtual: true } : {}),
    ...(value.extraordinary ? { extraordinary: true } : {}),
    ...(attendance ? { attendance } : {}),
    ...(value.wikidata ? { wikidata: value.wikidata } : {}),
    ...(value.description ? { description: fill(value.description) } : {}),
    sources: value.sources ?? [],
    source: { file: at.file, line: at.line },
  };
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
