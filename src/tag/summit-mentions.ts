/**
 * Summits a text refers to without naming them: by city and year ("G7-Gipfel in Hiroshima 2023", "the 2023
 * Hiroshima summit"), by relative time ("last year's summit in Washington", "the last G7 summit hosted in
 * Canada"), by organisation and place ("the G7 meeting in Japan"), by organisation and year ("NATO-Gipfel
 * 2024"), and by organisation inside the article's date window ("EU-Gipfel" is a European Council meeting).
 * Each rule names a summit only when exactly one fits. Rules and limits: src/tag/README.md.
 */
import { dayOf } from "../registry/index.ts";
import type { Registry, Summit } from "../registry/types.ts";
import { eachMarked, Mark, type Marked } from "./marks.ts";
import type { CityMention, FieldScan, Resolved } from "./resolve.ts";
import { between, fieldRun, type Run, type Sentence, sentencesOf } from "./sentences.ts";
import { keyAt, type Tokens } from "./tokenize.ts";
import type { Field, TagOptions } from "./types.ts";

/** Summits by organisation and place, compiled once per registry. */
export interface SummitIndex {
  /** Organisation id → the summits of it and of the bodies meeting for it (EU → European Council), by start. */
  readonly byOrg: ReadonlyMap<string, readonly Summit[]>;
  /** Host country → its summits. */
  readonly byCountry: ReadonlyMap<string, readonly Summit[]>;
  /** Summit id → first and last day (days since 1970). */
  readonly days: ReadonlyMap<string, { readonly start: number; readonly end: number }>;
}

/** Builds the index: a body with `parent` or `membersOf` X also answers to X ("EU-Gipfel" → European Council). */
export function buildSummitIndex(registry: Registry): SummitIndex {
  const byOrg = new Map<string, Summit[]>();
  const days = new Map<string, { start: number; end: number }>();
  const byCountry = new Map<string, Summit[]>();
  const push = (org: string, s: Summit) => {
    const list = byOrg.get(org);
    if (list === undefined) byOrg.set(org, [s]);
    else if (!list.includes(s)) list.push(s);
  };
  for (const s of registry.summits.values()) {
    const start = dayOf(s.start);
    const end = dayOf(s.end);
    if (start === undefined || end === undefined) continue;
    days.set(s.id, { start, end });
    push(s.organisation, s);
    const inCountry = byCountry.get(s.country);
    if (inCountry === undefined) byCountry.set(s.country, [s]);
    else inCountry.push(s);
    const body = registry.organisations.get(s.organisation);
    for (const up of [body?.parent, body?.membersOf]) if (up !== undefined) push(up, s);
  }
  for (const list of byOrg.values())
    list.sort((a, b) => (days.get(a.id)?.start ?? 0) - (days.get(b.id)?.start ?? 0));
  return { byOrg, byCountry, days };
}

/** What the rules look at. */
export interface SummitMentionInput {
  readonly fields: readonly FieldScan[];
  readonly mentions: readonly Resolved[];
  readonly cityMentions: readonly CityMention[];
  /** The article's calendar day. */
  readonly day: number;
  /** Organisations the article is about (front matter, its summit's): context for "last year's summit". */
  readonly contextOrgs: ReadonlySet<string>;
  /** The article's own summit when front matter names it: "the last summit in Canada" is never that one. */
  readonly ownSummit: string | undefined;
}

const PLACE_WORDS: ReadonlySet<string> = new Set(["in", "im", "at", "auf", "nach", "hosted", "held"]);

/** The summits referred to, each with the span of the words that name it. */
export function mentionedSummits(
  registry: Registry,
  index: SummitIndex,
  input: SummitMentionInput,
  options: TagOptions,
): Resolved[] {
  const out: Resolved[] = [];
  for (const f of input.fields) {
    const marked = f.marked ?? NONE;
    // Only a sentence with a summit word can refer to a summit: start from those, not from every name.
    const sentences = sentencesOf(f.tokens);
    let mentions: Run<Resolved> | undefined;
    let cities: Run<CityMention> | undefined;
    let lastSentence = -1;
    const memo = new Map<string, Summit | undefined>();
    for (let i = 0; i < marked.tokens.length; i++) {
      if (((marked.bits[i] as number) & Mark.Cue) === 0) continue;
      const s = sentences.at(marked.tokens[i] as number);
      if (s.first === lastSentence) continue;
      lastSentence = s.first;
      // Both come in source order already.
      mentions ??= fieldRun(input.mentions, f.field);
      cities ??= fieldRun(input.cityMentions, f.field);
      const here = between(mentions, s.first, s.last);
      const cityHere = between(cities, s.first, s.last);
      if (cityHere.length === 0 && !here.some((m) => m.key.startsWith("organisation:"))) continue;
      const found = inSentence(
        registry,
        index,
        input,
        options,
        f.field,
        f.tokens,
        marked,
        s,
        here,
        cityHere,
        memo,
      );
      if (found !== undefined) out.push(found);
    }
  }
  return out;
}

const NONE: Marked = { tokens: [], bits: [] };

/** What a sentence says about a summit, as the rules read it. */
interface Features {
  readonly orgIds: readonly string[];
  readonly cities: readonly CityMention[];
  readonly countries: readonly string[];
  readonly years: ReadonlySet<number>;
  readonly relative: "last" | "last-year" | "next-year" | undefined;
}

/** One sentence's summit, if exactly one fits the first rule that applies. */
function inSentence(
  registry: Registry,
  index: SummitIndex,
  input: SummitMentionInput,
  options: TagOptions,
  field: Field,
  tokens: Tokens,
  marked: Marked,
  s: Sentence,
  mentions: readonly Resolved[],
  cities: readonly CityMention[],
  memo: Map<string, Summit | undefined>,
): Resolved | undefined {
  const orgs = mentions.filter((m) => m.key.startsWith("organisation:"));
  let cue = -1;
  const cues: number[] = [];
  const years = new Set<number>();
  let relative: Features["relative"];
  let lastAt = -10;
  let previous = -10;
  let previousBits = 0;
  // Only the sentence's marked words are read (src/tag/marks.ts): summit words, years, "last", "next year".
  eachMarked(marked, s.first, s.last, (k, bits) => {
    const follows = previous === k - 1;
    if (bits & Mark.YearWord && follows) {
      if (previousBits & Mark.Last) relative = "last-year";
      else if (previousBits & Mark.Next) relative = "next-year";
    }
    if (bits & Mark.LastYear) relative = "last-year";
    if (bits & Mark.Last) lastAt = k;
    if (bits & Mark.Cue) {
      cue = k;
      cues.push(k);
      // "the last G7 summit", "der letzte Gipfel": "last" shortly before the summit word.
      if (relative === undefined && k - lastAt <= 3 && !(previousBits & Mark.YearWord && follows))
        relative = "last";
    }
    if (bits & Mark.Year)
      years.add(Number(tokens.text.slice(tokens.starts[k] as number, tokens.ends[k] as number)));
    previous = k;
    previousBits = bits;
  });
  if (cue < 0) return undefined;
  // An organisation counts when it is written with the summit word ("NATO-Gipfel", "EU summit", "summit of the
  // G7", "Sitzung des Obersten Eurasischen Wirtschaftsrates"), not when it is elsewhere in the sentence
  // ("a meeting with Zelenskyy and NATO's secretary general").
  const near = orgs.filter((o) => cues.some((k) => (k < o.first ? o.first - k : k - o.last) <= 3));
  const features: Features = {
    orgIds: near.map((o) => o.key.slice("organisation:".length)),
    cities,
    countries: placeCountries(tokens, s, mentions),
    years,
    relative,
  };
  // Sentences that say the same thing get the same answer: decided once per article.
  const signature = [
    features.orgIds.join(","),
    cities.map((c) => c.summits.join("+")).join(","),
    features.countries.join(","),
    [...years].join(","),
    relative ?? "",
  ].join("|");
  let summit = memo.get(signature);
  if (!memo.has(signature)) {
    summit = decide(registry, index, input, options, features);
    memo.set(signature, summit);
  }
  if (summit === undefined) return undefined;
  const x = summit;
  // The words that name the summit: its city, else its organisation, else whatever anchored the sentence.
  const span =
    cities.find((c) => c.summits.includes(x.id)) ??
    orgs.find((o) => index.byOrg.get(o.key.slice("organisation:".length))?.includes(x)) ??
    cities[0] ??
    orgs[0];
  if (span === undefined) return undefined;
  return {
    key: `summit:${x.id}`,
    field,
    first: span.first,
    last: span.last,
    start: tokens.starts[span.first] as number,
    end: tokens.ends[span.last] as number,
    possessive: false,
    via: "name",
  };
}

/** The summit a sentence's features name, by the first rule that applies; undefined unless exactly one fits. */
function decide(
  registry: Registry,
  index: SummitIndex,
  input: SummitMentionInput,
  options: TagOptions,
  f: Features,
): Summit | undefined {
  const hasPlace = f.cities.length > 0 || f.countries.length > 0;
  const inPlace = (x: Summit) =>
    f.cities.some((c) => c.summits.includes(x.id)) || f.countries.includes(x.country);
  const byOrgs = (ids: Iterable<string>) => {
    const set = new Set<Summit>();
    for (const id of ids) for (const x of index.byOrg.get(id) ?? []) set.add(x);
    return set;
  };
  // Candidates: the summits of the organisations named in the sentence; else those of the places it names (of
  // the organisations the article is about, when it is about any).
  // When no organisation is named, a place and a year may still name one summit; only when they name
  // several do the organisations the article is about choose (their summits, `inContext`).
  let pool: Summit[];
  let inContext: Summit[];
  if (f.orgIds.length > 0) {
    pool = [...byOrgs(f.orgIds)];
    inContext = pool;
  } else if (hasPlace) {
    const set = new Set<Summit>();
    for (const c of f.cities)
      for (const id of c.summits) {
        const x = registry.summits.get(id);
        if (x !== undefined) set.add(x);
      }
    for (const code of f.countries) for (const x of index.byCountry.get(code) ?? []) set.add(x);
    pool = [...set];
    const context = input.contextOrgs.size > 0 ? byOrgs(input.contextOrgs) : undefined;
    inContext = context === undefined ? pool : pool.filter((x) => context.has(x));
  } else return undefined;
  const days = (x: Summit) => index.days.get(x.id) ?? { start: 0, end: 0 };
  const unique = (list: readonly Summit[]) => (list.length === 1 ? list[0] : undefined);
  const oneOf = (keep: (x: Summit) => boolean) => unique(pool.filter(keep)) ?? unique(inContext.filter(keep));
  // "G7-Gipfel in Hiroshima 2023", "the 2023 Hiroshima summit", "der NATO-Gipfel 2024".
  if (f.years.size > 0 && f.relative === undefined) {
    if (f.cities.length > 0)
      return oneOf((x) => f.years.has(x.year) && f.cities.some((c) => c.summits.includes(x.id)));
    if (f.orgIds.length > 0) return oneOf((x) => f.years.has(x.year) && (!hasPlace || inPlace(x)));
    return undefined;
  }
  // "last year's summit in Washington", "im nächsten Jahr in der Türkei".
  if (f.relative === "last-year" || f.relative === "next-year") {
    if (!hasPlace) return undefined;
    const articleYear = new Date(input.day * 86_400_000).getUTCFullYear();
    const target = articleYear + (f.relative === "last-year" ? -1 : 1);
    return oneOf((x) => x.year === target && inPlace(x));
  }
  pool = inContext;
  // "the last G7 summit hosted in Canada": the latest before the article, never its own summit.
  if (f.relative === "last") {
    if (!hasPlace) return undefined;
    return latest(
      pool.filter((x) => inPlace(x) && days(x).end < input.day && x.id !== input.ownSummit),
      days,
    );
  }
  // "the G7 meeting in Japan": the one in that place nearest before the article (or under way, or just ahead).
  if (hasPlace && f.orgIds.length > 0)
    return latest(
      pool.filter((x) => inPlace(x) && days(x).start <= input.day + options.summitDaysBefore),
      days,
    );
  // "EU-Gipfel", "European Council summit", "Sitzung des Obersten Eurasischen Wirtschaftsrates": in the window.
  if (f.orgIds.length > 0)
    return unique(
      pool.filter(
        (x) =>
          days(x).start - options.summitDaysBefore <= input.day &&
          input.day <= days(x).end + options.summitDaysAfter,
      ),
    );
  return undefined;
}

/** The summit that starts last; undefined when none, or two start the same day. */
function latest(list: readonly Summit[], days: (x: Summit) => { start: number }): Summit | undefined {
  let best: Summit | undefined;
  let tie = false;
  for (const x of list) {
    if (best === undefined || days(x).start > days(best).start) {
      best = x;
      tie = false;
    } else if (days(x).start === days(best).start) tie = true;
  }
  return tie ? undefined : best;
}

/** Countries a sentence puts a meeting in: after "in", "im", "at", "hosted in/by" ("in Japan", "in der Türkei"). */
function placeCountries(tokens: Tokens, s: Sentence, mentions: readonly Resolved[]): string[] {
  const countries: string[] = [];
  for (const m of mentions) {
    if (!m.key.startsWith("country:") || m.first < s.first || m.first > s.last) continue;
    for (let k = m.first - 1, steps = 0; k >= s.first && steps < 2; k--, steps++) {
      const key = keyAt(tokens, k);
      if (PLACE_WORDS.has(key) || (key === "by" && keyAt(tokens, k - 1) === "hosted")) {
        countries.push(m.key.slice("country:".length));
        break;
      }
      if (key !== "der" && key !== "the" && key !== "den") break;
    }
  }
  return countries;
}
