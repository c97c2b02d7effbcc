/** The archive of an edition: its articles by calendar month in the site's zone, newest month first. */
import { DateTime } from "luxon";
import type { Article } from "../enrich/index.ts";
import { dayOf } from "../text/index.ts";

/** One month of an edition: "2025-09" and its articles, newest first. */
export interface ArchiveMonth {
  readonly month: string;
  readonly articles: readonly Article[];
}

/** Groups articles (newest first) by month in `zone`; months newest first, empty months left out. */
export function archiveMonths(articles: readonly Article[], zone: string): ArchiveMonth[] {
  const months = new Map<string, Article[]>();
  for (const article of articles) {
    const day = dayOf(article.date.millis, zone);
    const month = day
      ? day.slice(0, 7)
      : DateTime.fromMillis(article.date.millis, { zone }).toFormat("yyyy-MM");
    const list = months.get(month);
    if (list) list.push(article);
    else months.set(month, [article]);
  }
  return [...months.keys()]
    .sort((a, b) => (a < b ? 1 : -1))
    .map((month) => ({ month, articles: months.get(month) ?? [] }));
}
