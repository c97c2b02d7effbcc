/**
 * A summit page as a hub. Facts come from data, not from co-mention: who took part from the registry (only when
 * the summit's attendance was checked), who met whom only from sentences that say so; people the coverage merely
 * names are listed apart and labelled. The coverage is the articles whose own summit this is; articles that only
 * refer to it ("the 2023 Hiroshima summit") are listed as mentions.
 */

import type { Article } from "../enrich/index.ts";
import type { Term } from "../index/index.ts";
import {
  type Country,
  countriesServedOn,
  dayOf,
  diedBefore,
  type EntityKey,
  type Lang,
  type Participant,
  type Person,
  type Registry,
  type Summit,
  type SummitFacts,
  summitFacts,
} from "../registry/index.ts";
import { localDay } from "./calendar.ts";
import { coMentioned } from "./coMentions.ts";
import { type Counted, compareNames } from "./rank.ts";

/** One day of coverage: the host's calendar day and its articles, oldest first. */
export interface CoverageDay {
  readonly day: string;
  readonly articles: readonly Article[];
}

/** Two people the coverage says met, and in how many articles it says so. */
export interface Meeting {
  readonly a: Person;
  readonly b: Person;
  readonly count: number;
}

/** Why a country belongs on a summit's page. */
export type CountryReason = "host" | "member" | "participant" | "coverage";

/** A country of the summit, with why it is there (the first reason that applies, in that order). */
export interface SummitCountry {
  readonly entity: Country;
  readonly reason: CountryReason;
}

/** Everything the summit page aggregates. */
export interface SummitHub {
  /** What the registry says: members on the first day, and participants when attendance was checked. */
  readonly facts: SummitFacts;
  /** People tagged in the coverage who are not among the registry's participants or absentees (source: text). */
  readonly named: readonly Counted<Person>[];
  readonly days: readonly CoverageDay[];
  readonly countries: readonly SummitCountry[];
  readonly meetings: readonly Meeting[];
  /** Articles that refer to the summit but cover something else, newest first. */
  readonly mentionedIn: readonly Article[];
}

/** Groups articles by calendar day in `zone`; days ascending, articles in a day by time, then slug. */
export function coverageByDay(articles: readonly Article[], zone: string): CoverageDay[] {
  const days = new Map<string, Article[]>();
  for (const a of articles) {
    const day = localDay(a.date.millis, zone);
    const list = days.get(day) ?? [];
    list.push(a);
    days.set(day, list);
  }
  return [...days.keys()].sort().map((day) => ({
    day,
    articles: (days.get(day) ?? []).sort(
      (x, y) => x.date.millis - y.date.millis || (x.slug < y.slug ? -1 : 1),
    ),
  }));
}

/** Pairs of people the articles state met, most often stated first; each pair once, ordered by id. */
export function meetings(articles: readonly Article[], registry: Registry, lang: Lang): Meeting[] {
  const pairs = new Map<string, Meeting>();
  for (const article of articles) {
    const seen = new Set<string>();
    for (const m of article.meetings ?? []) {
      const id = `${m.a} ${m.b}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const a = registry.people.get(m.a);
      const b = registry.people.get(m.b);
      if (!a || !b) continue;
      pairs.set(id, { a, b, count: (pairs.get(id)?.count ?? 0) + 1 });
    }
  }
  return [...pairs.values()].sort(
    (x, y) =>
      y.count - x.count ||
      compareNames(x.a.name[lang], y.a.name[lang], lang) ||
      compareNames(x.b.name[lang], y.b.name[lang], lang),
  );
}

/** The articles whose own summit this is (its coverage), and those that only mention it. */
export function splitCoverage(
  summitId: string,
  articles: readonly Article[],
): { coverage: Article[]; mentionedIn: Article[] } {
  const coverage: Article[] = [];
  const mentionedIn: Article[] = [];
  for (const a of articles) (a.summit === summitId ? coverage : mentionedIn).push(a);
  return { coverage, mentionedIn };
}

/**
 * The people a summit's coverage names who are not in its registry facts: "named in coverage". People who had
 * died before the summit began are left out: a father named in a portrait of his son is no part of the summit.
 */
export function namedInCoverage(
  summit: Summit,
  coverage: readonly Article[],
  facts: SummitFacts,
  registry: Registry,
  lang: Lang,
): Counted<Person>[] {
  const listed = new Set(facts.participants.map((p) => p.person.id));
  const start = dayOf(summit.start);
  return (
    coMentioned(`summit:${summit.id}` as EntityKey, coverage, registry, lang, ["person"]) as Counted<Person>[]
  ).filter((c) => !listed.has(c.entity.id) && !(start !== undefined && diedBefore(c.entity, start)));
}

/**
 * The summit's countries: host, members on its first day, the countries whose offices its participants held that
 * day, then the countries its coverage is mainly about (salience main) — never one it mentions in passing.
 */
export function summitCountries(
  summit: Summit,
  facts: SummitFacts,
  coverage: readonly Article[],
  registry: Registry,
  lang: Lang,
): SummitCountry[] {
  const out = new Map<string, SummitCountry>();
  const add = (code: string, reason: CountryReason) => {
    const entity = registry.countries.get(code);
    if (entity && !out.has(code)) out.set(code, { entity, reason });
  };
  add(summit.country, "host");
  for (const m of facts.members) if (m.type === "country") add(m.id, "member");
  const day = dayOf(summit.start);
  if (day !== undefined)
    for (const p of facts.participants as readonly Participant[])
      if (p.status !== "absent")
        for (const code of countriesServedOn(registry, p.person, day)) add(code, "participant");
  const main = new Map<string, number>();
  for (const a of coverage)
    for (const e of a.entities)
      if (e.type === "country" && e.salience.level === "main") main.set(e.id, (main.get(e.id) ?? 0) + 1);
  for (const code of [...main.keys()].sort(
    (x, y) =>
      (main.get(y) ?? 0) - (main.get(x) ?? 0) ||
      compareNames(
        registry.countries.get(x)?.name[lang] ?? x,
        registry.countries.get(y)?.name[lang] ?? y,
        lang,
      ),
  ))
    add(code, "coverage");
  const order: Record<CountryReason, number> = { host: 0, member: 1, participant: 2, coverage: 3 };
  return [...out.values()].sort(
    (x, y) =>
      order[x.reason] - order[y.reason] ||
      (x.reason === "coverage" ? 0 : compareNames(x.entity.name[lang], y.entity.name[lang], lang)),
  );
}

/** The hub of a summit term (its articles in one edition). */
export function summitHub(term: Term, registry: Registry, lang: Lang): SummitHub {
  if (term.entity.type !== "summit") throw new Error(`summitdesk: ${term.key} is not a summit`);
  const summit = term.entity;
  const facts = summitFacts(registry, summit);
  const { coverage, mentionedIn } = splitCoverage(summit.id, term.articles);
  return {
    facts,
    named: namedInCoverage(summit, coverage, facts, registry, lang),
    days: coverageByDay(coverage, summit.timeZone),
    countries: summitCountries(summit, facts, coverage, registry, lang),
    meetings: meetings(coverage, registry, lang),
    mentionedIn,
  };
}
