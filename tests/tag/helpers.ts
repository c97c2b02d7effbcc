/** Test registries built directly (independent of the registry loader): ISO countries + a hand-written set. */
import { createRequire } from "node:module";
import countries from "i18n-iso-countries";
import type {
  Country,
  EntityKey,
  Lang,
  Localized,
  Organisation,
  Person,
  Registry,
  Summit,
} from "../../src/registry/types.ts";
import type { TagInput } from "../../src/tag/types.ts";

const require = createRequire(import.meta.url);
countries.registerLocale(require("i18n-iso-countries/langs/de.json"));
countries.registerLocale(require("i18n-iso-countries/langs/en.json"));

/** All ISO countries with every German and English name. */
export function isoCountries(): Map<string, Country> {
  const map = new Map<string, Country>();
  for (const code of Object.keys(countries.getAlpha2Codes()).sort()) {
    const de = countries.getName(code, "de", { select: "all" }) ?? [];
    const en = countries.getName(code, "en", { select: "all" }) ?? [];
    map.set(code, {
      type: "country",
      id: code,
      alpha3: countries.alpha2ToAlpha3(code) ?? code,
      name: { de: de[0] ?? code, en: en[0] ?? code },
      officialNames: { de, en },
      aliases: [],
    });
  }
  return map;
}

const loc = (de: string, en: string = de): Localized => ({ de, en });

function person(id: string, de: string, en: string, country: string, aliases: string[] = []): Person {
  return { type: "person", id, name: loc(de, en), aliases, offices: [], country };
}

function org(
  id: string,
  de: string,
  en: string,
  acronym: Localized | undefined,
  aliases: string[] = [],
): Organisation {
  const base = {
    type: "organisation",
    id,
    name: loc(de, en),
    aliases,
    inflections: [],
    members: [],
    level: "leaders",
  } as const;
  return acronym === undefined ? base : { ...base, acronym };
}

function summit(
  id: string,
  organisation: string,
  city: Localized,
  country: string,
  start: string,
  end: string,
): Summit {
  const year = Number(start.slice(0, 4));
  const name = loc(
    `${organisation.toUpperCase()}-Gipfel ${year}`,
    `${organisation.toUpperCase()} Summit ${year}`,
  );
  return {
    type: "summit",
    id,
    name,
    aliases: [],
    organisation,
    year,
    city,
    country,
    start,
    end,
    timeZone: "UTC",
  };
}

export const PEOPLE: readonly Person[] = [
  person("tokayev", "Kassym-Schomart Tokajew", "Kassym-Jomart Tokayev", "KZ", [
    "Tokajew",
    "Tokayev",
    "Tokaev",
    "Toqajew",
  ]),
  person("putin", "Wladimir Putin", "Vladimir Putin", "RU"),
  person("xi-jinping", "Xi Jinping", "Xi Jinping", "CN"),
  person("modi", "Narendra Modi", "Narendra Modi", "IN"),
  person("ilham-aliyev", "Ilham Alijew", "Ilham Aliyev", "AZ"),
  person("heydar-aliyev", "Heydar Alijew", "Heydar Aliyev", "AZ"),
  person("lula", "Luiz Inácio Lula da Silva", "Luiz Inácio Lula da Silva", "BR", ["Lula"]),
  person("von-der-leyen", "Ursula von der Leyen", "Ursula von der Leyen", "DE"),
  person("rutte", "Mark Rutte", "Mark Rutte", "NL"),
  person("mirziyoyev", "Schawkat Mirsijojew", "Shavkat Mirziyoyev", "UZ", ["Mirziyoyev", "Mirsijojew"]),
  person("erdogan", "Recep Tayyip Erdoğan", "Recep Tayyip Erdoğan", "TR"),
  person("lukashenko", "Alexander Lukaschenko", "Alexander Lukashenko", "BY"),
];

export const ORGANISATIONS: readonly Organisation[] = [
  org(
    "sco",
    "Schanghaier Organisation für Zusammenarbeit",
    "Shanghai Cooperation Organisation",
    loc("SOZ", "SCO"),
    ["SCO", "SOZ", "ШОС"],
  ),
  org("eu", "Europäische Union", "European Union", loc("EU", "EU")),
  org("european-commission", "Europäische Kommission", "European Commission", undefined),
  org("eaeu", "Eurasische Wirtschaftsunion", "Eurasian Economic Union", loc("EAWU", "EAEU"), [
    "EAEU",
    "EAWU",
  ]),
  org("nato", "Nordatlantikpakt", "North Atlantic Treaty Organization", loc("NATO", "NATO")),
  org("brics", "BRICS", "BRICS", undefined),
  org("g7", "Gruppe der Sieben", "Group of Seven", loc("G7", "G7"), ["G-7"]),
  org("g20", "Gruppe der Zwanzig", "Group of Twenty", loc("G20", "G20"), ["G-20"]),
  org("un", "Vereinte Nationen", "United Nations", loc("UN", "UN"), ["UNO"]),
];

export const SUMMITS: readonly Summit[] = [
  summit("sco-2025-tianjin", "sco", loc("Tianjin"), "CN", "2025-08-31", "2025-09-01"),
  summit("brics-2025-rio", "brics", loc("Rio de Janeiro"), "BR", "2025-07-06", "2025-07-07"),
  summit("g7-2025-kananaskis", "g7", loc("Kananaskis"), "CA", "2025-06-15", "2025-06-17"),
  summit("nato-2025-hague", "nato", loc("Den Haag", "The Hague"), "NL", "2025-06-24", "2025-06-25"),
  summit("eaeu-2025-minsk", "eaeu", loc("Minsk"), "BY", "2025-06-26", "2025-06-27"),
];

const byId = <T extends { id: string }>(items: readonly T[]): Map<string, T> =>
  new Map([...items].sort((a, b) => (a.id < b.id ? -1 : 1)).map((x) => [x.id, x]));

/** The test registry: every ISO country plus the hand-written people, organisations and summits. */
export function testRegistry(extra: { people?: readonly Person[] } = {}): Registry {
  return {
    countries: isoCountries(),
    offices: new Map(),
    people: byId([...PEOPLE, ...(extra.people ?? [])]),
    organisations: byId(ORGANISATIONS),
    summits: byId(SUMMITS),
  };
}

/** A TagInput with defaults: empty fields, no front matter. */
export function article(lang: Lang, fields: Partial<Omit<TagInput, "lang">>): TagInput {
  return {
    lang,
    date: "2025-05-01T10:00:00.000+02:00",
    title: "",
    summary: "",
    body: "",
    frontMatter: [] as EntityKey[],
    exclude: [] as EntityKey[],
    ...fields,
  };
}

/** `n` synthetic people with distinct two-word names, for load tests. */
export function syntheticPeople(n: number): Person[] {
  const out: Person[] = [];
  for (let i = 0; i < n; i++) {
    const first = `Vorn${i.toString(36)}`;
    const last = `Zuname${i.toString(36)}ov`;
    out.push(person(`synthetic-${i}`, `${first} ${last}`, `${first} ${last}`, "KZ", [`${last}a`]));
  }
  return out;
}

/** Keys the tagger finds in a body text (summits excluded unless asked). */
export function keysIn(
  tagger: { tag(input: TagInput): { entities: readonly { key: string }[] } },
  lang: Lang,
  body: string,
  fields: Partial<Omit<TagInput, "lang" | "body">> = {},
): string[] {
  return tagger
    .tag(article(lang, { ...fields, body }))
    .entities.map((e) => e.key)
    .sort();
}
