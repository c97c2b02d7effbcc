/**
 * The fixed query set of `npm run bench:search`: words drawn deterministically from the corpus's own vocabulary
 * (by how many articles use them: rare to common), two-word queries, names of registry entities the corpus
 * writes about, the same with the filters our article pages declare (data-pagefind-filter: language, summit,
 * country, person, organisation), and browsing by filter alone. Same corpus → same queries.
 */
import type { GeneratedFile } from "./article.ts";
import { COUNTRIES, ORGANISATIONS, PEOPLE, SUMMITS } from "./entities.ts";
import { createRng, type Rng } from "./prng.ts";

/** Filters in the shape the search page gives Pagefind (layouts/assets/search.js readForm). */
export type QueryFilters = Readonly<Record<string, readonly string[] | { readonly any: readonly string[] }>>;

export interface OverlapQuery {
  /** What kind of query, for the report: "word de df 2-3", "name", "word + person", "browse person"… */
  readonly kind: string;
  /** The search term ("" when browsing by filter alone). */
  readonly term: string;
  readonly filters: QueryFilters;
}

type Lang = "de" | "en";

/** The seed of the query draw: fixed, so the set changes only with the corpus. */
const QUERY_SEED = 13;

/** Document frequency of each word (lower-cased, letters only, 4+ letters) in each language's article bodies. */
export function documentFrequencies(files: Iterable<GeneratedFile>): {
  readonly articles: Record<Lang, number>;
  readonly df: Record<Lang, Map<string, number>>;
} {
  const articles: Record<Lang, number> = { de: 0, en: 0 };
  const df: Record<Lang, Map<string, number>> = { de: new Map(), en: new Map() };
  for (const file of files) {
    if (!file.path.startsWith("content/articles/")) continue;
    const lang: Lang = /^lang: en$/m.test(file.text) ? "en" : "de";
    const body = file.text.slice(file.text.indexOf("\n---", 3) + 4);
    articles[lang]++;
    const seen = new Set(body.toLowerCase().match(/\p{L}{4,}/gu) ?? []);
    const counts = df[lang];
    for (const word of seen) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return { articles, df };
}

/** Bands of document frequency as shares of a language's articles: rare (2–3 articles) to very common. */
function bands(n: number): readonly { readonly name: string; readonly min: number; readonly max: number }[] {
  return [
    { name: "df 2-3", min: 2, max: 3 },
    { name: "df 0.5-2%", min: Math.max(4, Math.ceil(n * 0.005)), max: Math.max(4, Math.floor(n * 0.02)) },
    { name: "df 5-20%", min: Math.ceil(n * 0.05), max: Math.floor(n * 0.2) },
    { name: "df >40%", min: Math.ceil(n * 0.4), max: n },
  ];
}

/** `count` words of `lang` whose document frequency is in [min, max], drawn from them in alphabetical order. */
function wordsIn(
  rng: Rng,
  df: ReadonlyMap<string, number>,
  min: number,
  max: number,
  count: number,
): string[] {
  const candidates = [...df]
    .filter(([, n]) => n >= min && n <= max)
    .map(([w]) => w)
    .sort();
  return rng.sample(candidates, count);
}

/** The fixed query set for a corpus (its files, as corpusFiles yields them). */
export function overlapQueries(files: Iterable<GeneratedFile>, perBand = 4): OverlapQuery[] {
  const { articles, df } = documentFrequencies(files);
  const rng = createRng(QUERY_SEED);
  const queries: OverlapQuery[] = [];
  const mid: Record<Lang, string[]> = { de: [], en: [] };
  const common: Record<Lang, string[]> = { de: [], en: [] };
  for (const lang of ["de", "en"] as const) {
    for (const band of bands(articles[lang])) {
      const words = wordsIn(rng, df[lang], band.min, band.max, perBand);
      for (const term of words) queries.push({ kind: `word ${lang} ${band.name}`, term, filters: {} });
      if (band.name === "df 0.5-2%" || band.name === "df 5-20%") mid[lang].push(...words);
      if (band.name === "df 5-20%" || band.name === "df >40%") common[lang].push(...words);
    }
    // Two words: the results must hold both (Pagefind ANDs the terms), ranked by both.
    for (let i = 0; i + 1 < Math.min(6, mid[lang].length); i += 2)
      queries.push({ kind: `two words ${lang}`, term: `${mid[lang][i]} ${mid[lang][i + 1]}`, filters: {} });
  }
  const people = rng.sample(PEOPLE, 4);
  const organisations = rng.sample(ORGANISATIONS, 3);
  const countries = rng.sample(COUNTRIES, 3);
  const summits = rng.sample(SUMMITS, 2);
  queries.push(
    { kind: "name", term: (people[0] as (typeof PEOPLE)[number]).de.full, filters: {} },
    { kind: "name", term: (people[1] as (typeof PEOPLE)[number]).en.full, filters: {} },
    { kind: "name", term: (people[2] as (typeof PEOPLE)[number]).en.short, filters: {} },
    { kind: "name", term: (organisations[0] as (typeof ORGANISATIONS)[number]).de.long, filters: {} },
    { kind: "name", term: (organisations[1] as (typeof ORGANISATIONS)[number]).en.short, filters: {} },
    { kind: "name", term: (countries[0] as (typeof COUNTRIES)[number]).de.name, filters: {} },
    { kind: "name", term: (countries[1] as (typeof COUNTRIES)[number]).en.name, filters: {} },
    { kind: "name", term: (summits[0] as (typeof SUMMITS)[number]).city.en, filters: {} },
  );
  const pick = (list: readonly string[], i: number) => list[i % Math.max(1, list.length)] ?? "";
  for (const lang of ["de", "en"] as const) {
    queries.push(
      { kind: "word + language", term: pick(common[lang], 0), filters: { language: { any: [lang] } } },
      // Both languages ticked: "any of" semantics, as the form sends it.
      {
        kind: "word + both languages",
        term: pick(mid[lang], 1),
        filters: { language: { any: ["de", "en"] } },
      },
      { kind: "word + person", term: pick(common[lang], 1), filters: { person: [people[0]?.id ?? ""] } },
      { kind: "word + organisation", term: pick(mid[lang], 2), filters: { organisation: ["sco"] } },
      {
        kind: "name + country",
        term: (people[3] as (typeof PEOPLE)[number])[lang].short,
        filters: { country: [(people[3] as (typeof PEOPLE)[number]).country] },
      },
      {
        kind: "word + summit",
        term: pick(common[lang], 2),
        filters: { summit: [(summits[lang === "de" ? 0 : 1] as (typeof SUMMITS)[number]).id] },
      },
    );
  }
  queries.push(
    { kind: "browse person", term: "", filters: { person: [people[1]?.id ?? ""] } },
    {
      kind: "browse country + language",
      term: "",
      filters: { country: [countries[2]?.id ?? ""], language: { any: ["de"] } },
    },
    { kind: "browse organisation", term: "", filters: { organisation: [organisations[2]?.id ?? ""] } },
    { kind: "browse summit", term: "", filters: { summit: [summits[1]?.id ?? ""] } },
  );
  return queries;
}
