/**
 * A summit page as a hub: who took part (people tagged in its coverage), the coverage day by day in the
 * host's time zone, the countries covered, and who met whom (people named in the same article).
 */

import type { Article } from "../enrich/index.ts";
import type { Term } from "../index/index.ts";
import type { Country, EntityKey, Lang, Person, Registry } from "../registry/index.ts";
import { localDay } from "./calendar.ts";
import { coMentioned } from "./coMentions.ts";
import { type Counted, compareNames } from "./rank.ts";

/** One day of coverage: the host's calendar day and its articles, oldest first. */
export interface CoverageDay {
  readonly day: string;
  readonly articles: readonly Article[];
}

/** Two people named in the same articles, and in how many. */
export interface Meeting {
  readonly a: Person;
  readonly b: Person;
  readonly count: number;
}

/** Everything the summit page aggregates. */
export interface SummitHub {
  readonly participants: readonly Counted<Person>[];
  readonly days: readonly CoverageDay[];
  readonly countries: readonly Counted<Country>[];
  readonly meetings: readonly Meeting[];
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

/** Pairs of people named in the same article, most frequent first; each pair once, ordered by id. */
export function meetings(articles: readonly Article[], registry: Registry, lang: Lang): Meeting[] {
  const pairs = new Map<string, Meeting>();
  for (const article of articles) {
    const people = [...new Set(article.entities.filter((e) => e.type === "person").map((e) => e.id))].sort();
    for (let i = 0; i < people.length; i++) {
      for (let j = i + 1; j < people.length; j++) {
        const a = registry.people.get(people[i] as string);
        const b = registry.people.get(people[j] as string);
        if (!a || !b) continue;
        const id = `${a.id} ${b.id}`;
        pairs.set(id, { a, b, count: (pairs.get(id)?.count ?? 0) + 1 });
      }
    }
  }
  return [...pairs.values()].sort(
    (x, y) =>
      y.count - x.count ||
      compareNames(x.a.name[lang], y.a.name[lang], lang) ||
      compareNames(x.b.name[lang], y.b.name[lang], lang),
  );
}

/** The hub of a summit term (its articles in one edition). */
export function summitHub(term: Term, registry: Registry, lang: Lang): SummitHub {
  if (term.entity.type !== "summit") throw new Error(`summitdesk: ${term.key} is not a summit`);
  const key: EntityKey = term.key;
  return {
    participants: coMentioned(key, term.articles, registry, lang, ["person"]) as Counted<Person>[],
    days: coverageByDay(term.articles, term.entity.timeZone),
    countries: coMentioned(key, term.articles, registry, lang, ["country"]) as Counted<Country>[],
    meetings: meetings(term.articles, registry, lang),
  };
}
