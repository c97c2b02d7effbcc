/**
 * Who and what one synthetic article is about (2 people, 2–3 countries, 1–2 organisations, sometimes a
 * summit), and the words each language uses for them, as a placeholder → text map for the sentence templates.
 */
import {
  byId,
  COUNTRIES,
  type Country,
  ORGANISATIONS,
  type Organisation,
  PEOPLE,
  type Person,
  SUMMITS,
  type Summit,
} from "./entities.ts";
import type { Rng } from "./prng.ts";

/** The entities of one article. */
export interface Cast {
  readonly people: readonly Person[];
  readonly countries: readonly Country[];
  readonly organisations: readonly Organisation[];
  readonly summit?: Summit;
}

/** Draws a cast: a summit for about a quarter of the articles, whose organisation and host then take part. */
export function drawCast(rng: Rng): Cast {
  const summit = rng.chance(0.25) ? rng.pick(SUMMITS) : undefined;
  const people = rng.sample(PEOPLE, 2);
  const countryIds = [...new Set(people.map((p) => p.country))];
  if (summit && !countryIds.includes(summit.country)) countryIds.push(summit.country);
  if (countryIds.length < 3 && (countryIds.length < 2 || rng.chance(0.5))) {
    countryIds.push(rng.pick(COUNTRIES.filter((c) => !countryIds.includes(c.id))).id);
  }
  const orgIds = summit ? [summit.organisation] : [rng.pick(ORGANISATIONS).id];
  if (rng.chance(0.5)) orgIds.push(rng.pick(ORGANISATIONS.filter((o) => !orgIds.includes(o.id))).id);
  return {
    people,
    countries: countryIds.slice(0, 3).map((id) => byId(COUNTRIES, id)),
    organisations: orgIds.map((id) => byId(ORGANISATIONS, id)),
    ...(summit ? { summit } : {}),
  };
}

/** Placeholder values for German templates: `{P0.dat}` → "dem kasachischen Präsidenten Tokajew". */
export function germanWords(cast: Cast): Map<string, string> {
  const words = new Map<string, string>();
  cast.people.forEach((p, i) => {
    const adj = byId(COUNTRIES, p.country).de.adj;
    const f = p.female === true;
    words.set(`P${i}.full`, p.de.full);
    words.set(`P${i}`, p.de.short);
    words.set(`P${i}.nom`, `${f ? "die" : "der"} ${adj}e ${p.de.role} ${p.de.full}`);
    words.set(`P${i}.dat`, `${f ? "der" : "dem"} ${adj}en ${p.de.roleObl} ${p.de.short}`);
    words.set(`P${i}.gen`, `${f ? "der" : "des"} ${adj}en ${p.de.roleObl} ${p.de.short}`);
    words.set(`P${i}.role`, `${p.de.role} ${p.de.short}`);
  });
  cast.countries.forEach((c, i) => {
    words.set(`C${i}`, c.de.name);
    words.set(`C${i}.gen`, c.de.gen);
    words.set(`C${i}.adj`, c.de.adj);
    words.set(`C${i}.capital`, c.capital.de);
  });
  cast.organisations.forEach((o, i) => {
    words.set(`O${i}`, o.de.short);
    words.set(`O${i}.long`, o.de.long);
    words.set(`O${i}.gen`, o.de.gen);
    words.set(`O${i}.summit`, o.de.summit);
  });
  const first = cast.countries[0] as Country;
  words.set("city", cast.summit?.city.de ?? first.capital.de);
  return words;
}

/** Placeholder values for English templates: `{P0.nom}` → "Kazakh President Kassym-Jomart Tokayev". */
export function englishWords(cast: Cast): Map<string, string> {
  const words = new Map<string, string>();
  cast.people.forEach((p, i) => {
    const country = byId(COUNTRIES, p.country);
    words.set(`P${i}.full`, p.en.full);
    words.set(`P${i}`, p.en.short);
    words.set(`P${i}.nom`, `${country.en.adj} ${p.en.role} ${p.en.full}`);
    words.set(`P${i}.poss`, `${country.en.adj} ${p.en.role} ${p.en.short}'s`);
    words.set(`P${i}.role`, `${p.en.role} ${p.en.short}`);
  });
  cast.countries.forEach((c, i) => {
    words.set(`C${i}`, c.en.name);
    words.set(`C${i}.poss`, c.en.poss);
    words.set(`C${i}.adj`, c.en.adj);
    words.set(`C${i}.capital`, c.capital.en);
  });
  cast.organisations.forEach((o, i) => {
    const the = o.en.the ? "the " : "";
    words.set(`O${i}`, `${the}${o.en.short}`);
    words.set(`O${i}.Cap`, `${o.en.the ? "The " : ""}${o.en.short}`);
    words.set(`O${i}.long`, `${the}${o.en.long}`);
    words.set(`O${i}.summit`, o.en.summit);
  });
  const first = cast.countries[0] as Country;
  words.set("city", cast.summit?.city.en ?? first.capital.en);
  return words;
}

/** Fills `{key}` placeholders; undefined when the template names something this cast lacks (e.g. `{C2}`). */
export function fill(template: string, words: ReadonlyMap<string, string>): string | undefined {
  let missing = false;
  const text = template.replace(/\{([A-Za-z0-9.]+)\}/g, (_, key: string) => {
    const value = words.get(key);
    if (value === undefined) missing = true;
    return value ?? "";
  });
  return missing ? undefined : text;
}

/** Registry ids for front matter. */
export function castIds(cast: Cast): { people: string[]; countries: string[]; organisations: string[] } {
  return {
    people: cast.people.map((p) => p.id),
    countries: cast.countries.map((c) => c.id),
    organisations: cast.organisations.map((o) => o.id),
  };
}

export type { Summit };
