/**
 * `entity-list`: one page per kind. Summits by date, newest first, grouped by year, with dates and host;
 * countries, people and organisations A–Z, grouped by initial, each with its role (people) and article count.
 */
import type { Term } from "../index/index.ts";
import { byLetter } from "../lists/index.ts";
import { type EntityType, type Lang, roleOn, type Summit } from "../registry/index.ts";
import { countArticles, formatDayRange, kindLabel, listUrl } from "../render/index.ts";
import { otherEdition, type PageContext, refOf, stringsOf } from "./context.ts";
import { shell } from "./shell.ts";
import type { EntityListPageData } from "./types.ts";

type Group = EntityListPageData["groups"][number];

export function entityListPageData(ctx: PageContext, lang: Lang, type: EntityType): EntityListPageData {
  const t = stringsOf(ctx, lang);
  const terms = [...ctx.model.index.editions[lang].terms.values()].filter(
    (term) => term.entity.type === type,
  );
  const label = kindLabel(t, type);
  const alphabetical = type === "summit" ? undefined : byLetterGroups(ctx, lang, terms);
  const other = otherEdition(ctx, lang);
  return {
    ...shell(ctx, "entity-list", {
      lang,
      title: label,
      description: `${t.allOfType}: ${label}`,
      url: listUrl(lang, type),
      ...(other ? { alternate: listUrl(other, type) } : {}),
    }),
    type,
    letters: alphabetical?.map((g) => ({ letter: g.heading, anchor: g.anchor })) ?? [],
    groups: alphabetical ?? byYear(ctx, lang, terms),
  };
}

/** Summits newest first (by first day, then id), grouped by year. */
function byYear(ctx: PageContext, lang: Lang, terms: readonly Term[]): Group[] {
  const sorted = terms
    .map((term) => ({ summit: term.entity as Summit, count: term.articles.length }))
    .sort(
      (a, b) =>
        (a.summit.start < b.summit.start ? 1 : a.summit.start > b.summit.start ? -1 : 0) ||
        (a.summit.id < b.summit.id ? -1 : 1),
    );
  const years = [...new Set(sorted.map((s) => s.summit.start.slice(0, 4)))];
  return years.map((year) => ({
    heading: year,
    anchor: `y${year}`,
    entries: sorted
      .filter((s) => s.summit.start.startsWith(year))
      .map(({ summit, count }) => ({
        entity: refOf(ctx, lang, summit),
        summit: {
          dates: formatDayRange(summit.start, summit.end, lang),
          city: summit.city[lang],
          host: ctx.model.registry.countries.get(summit.country)?.name[lang] ?? summit.country,
        },
        count,
        countText: countArticles(count, lang),
      })),
  }));
}

/** Countries, people, organisations A–Z by their name in the page's language. */
function byLetterGroups(ctx: PageContext, lang: Lang, terms: readonly Term[]): Group[] {
  // A person is listed with the office held on the site's reference day.
  const today = Math.floor(ctx.model.referenceTime / 86_400_000);
  const groups = byLetter(terms, (term) => term.entity.name[lang], lang);
  return groups.map((g) => ({
    heading: g.letter,
    anchor: g.anchor,
    entries: g.items.map((term) => {
      const e = term.entity;
      const role = e.type === "person" ? roleOn(ctx.model.registry, e, today) : undefined;
      const note = role
        ? role.title[lang]
        : e.type === "organisation" && e.acronym && e.acronym[lang] !== e.name[lang]
          ? e.acronym[lang]
          : "";
      return {
        entity: refOf(ctx, lang, e),
        ...(note ? { note } : {}),
        count: term.articles.length,
        countText: countArticles(term.articles.length, lang),
      };
    }),
  }));
}
