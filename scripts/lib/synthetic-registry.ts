/**
 * A synthetic world registry of a given size in the registry format (docs/registry-format.md), for measuring
 * how long loading, validating and compiling a registry of the real one's size takes. Deterministic: the same
 * sizes give the same files. Every entry is valid, so the measurement includes no error reporting.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { builtInCountries } from "../../src/registry/index.ts";

/** How big. The defaults are the issue's: ~1,500 people, ~500 offices, ~400 summits. */
export interface SyntheticSize {
  readonly people: number;
  readonly offices: number;
  readonly summits: number;
}

export const DEFAULT_SIZE: SyntheticSize = { people: 1500, offices: 500, summits: 400 };

const ORGS = ["g7", "g20", "sco", "brics", "nato", "european-council", "csto", "asean", "au", "apec"];
const ROLES = ["head-of-state", "head-of-government", "foreign-minister"] as const;
const SYLLABLES = [
  "ka",
  "ro",
  "mi",
  "tan",
  "lev",
  "dor",
  "sun",
  "bek",
  "har",
  "ul",
  "zen",
  "pol",
  "ri",
  "mar",
];

/** A pronounceable name from a number: distinct numbers give distinct names. */
function word(n: number, capital = true): string {
  let s = "";
  let k = n + 7;
  do {
    s += SYLLABLES[k % SYLLABLES.length];
    k = Math.floor(k / SYLLABLES.length);
  } while (k > 0);
  return capital ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}

const iso = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

/** The files of the registry, by path relative to its folder. */
export function syntheticRegistryFiles(size: SyntheticSize = DEFAULT_SIZE): Record<string, string> {
  const countries = [...builtInCountries().keys()];
  const files: Record<string, string> = {};
  // Offices: head of state, of government and foreign minister of one country after another.
  const offices: { id: string; of: string; role: string }[] = [];
  for (let i = 0; offices.length < size.offices; i++) {
    const of = countries[i % countries.length] as string;
    const role = ROLES[Math.floor(i / countries.length) % ROLES.length] as string;
    offices.push({ id: `${of.toLowerCase()}-${role}`, of, role });
  }
  const leads = new Set(offices.filter((o) => o.role === "head-of-state").map((o) => o.id));
  files["offices/all.yaml"] = offices
    .map(
      (o) =>
        `${o.id}:\n  of: ${o.of}\n  role: ${o.role}\n  title: { en: ${o.role} of ${o.of}, de: ${o.role} ${o.of} }\n` +
        `  words: { en: [${o.role === "foreign-minister" ? "Foreign Minister" : "President"}], de: [${o.role === "foreign-minister" ? "Außenminister" : "Präsident"}] }\n` +
        (leads.has(o.id) ? "  leads: true\n" : ""),
    )
    .join("");
  // People: each office held by successive people, three years each, from 2010; people spread over files.
  const perFile = 250;
  let person = 0;
  const chunks: string[][] = [];
  for (let year = 2010; person < size.people; year += 3) {
    for (const o of offices) {
      if (person >= size.people) break;
      const first = word(person * 3 + 1);
      const last = word(person * 5 + 2);
      const to = year + 3 <= 2025 ? `, to: "${iso(year + 3, 1, 1)}"` : "";
      const entry =
        `p-${person}:\n  name: { en: ${first} ${last}ov, de: ${first} ${last}ow }\n` +
        `  short: [${last}ov, ${last}ow]\n  country: ${o.of}\n` +
        `  offices: [{ office: ${o.id}, from: "${iso(year, 1, 1)}"${to} }]\n`;
      const chunk = Math.floor(person / perFile);
      chunks[chunk] ??= [];
      (chunks[chunk] as string[]).push(entry);
      person++;
    }
  }
  chunks.forEach((entries, i) => {
    files[`people/part-${i}.yaml`] = `# asOf: "2025-12-01"\n${entries.join("")}`;
  });
  // Organisations: each with 30 member states, some joining later.
  files["organisations.yaml"] = ORGS.map((id, k) => {
    const members = countries
      .slice(k * 7, k * 7 + 30)
      .map((c, j) => (j % 5 === 4 ? `{ country: ${c}, from: "2012" }` : c));
    return `${id}:\n  name: { en: ${word(k + 100)} Group, de: ${word(k + 100)}-Gruppe }\n  acronym: ${id.toUpperCase().slice(0, 5)}\n  members: [${members.join(", ")}]\n`;
  }).join("");
  // Summits: every organisation once or twice a year from 2005, hosted by a member, in a named city.
  const summits: string[] = [];
  for (let n = 0; summits.length < size.summits; n++) {
    const org = ORGS[n % ORGS.length] as string;
    const year = 2005 + Math.floor(n / ORGS.length) / 2;
    const y = Math.floor(year);
    const month = year === y ? 3 : 9;
    const host = countries[(n * 11) % countries.length] as string;
    const city = word(n + 500);
    summits.push(
      `${org}-${y}-${month}-${city.toLowerCase()}:\n  name: { en: ${org.toUpperCase()} Summit ${y} in ${city}, de: ${org.toUpperCase()}-Gipfel ${y} in ${city} }\n` +
        `  organisation: ${org}\n  year: ${y}\n  city: ${city}\n  country: ${host}\n  start: "${iso(y, month, 10)}"\n  end: "${iso(y, month, 11)}"\n  timeZone: UTC\n`,
    );
  }
  files["summits.yaml"] = summits.join("");
  return files;
}

/** Writes the registry to a new temporary folder and returns its path. */
export function writeSyntheticRegistry(size: SyntheticSize = DEFAULT_SIZE): string {
  const dir = mkdtempSync(join(tmpdir(), "summitdesk-synthetic-registry-"));
  for (const [path, text] of Object.entries(syntheticRegistryFiles(size))) {
    const abs = join(dir, path);
    mkdirSync(join(abs, ".."), { recursive: true });
    writeFileSync(abs, text);
  }
  return dir;
}
