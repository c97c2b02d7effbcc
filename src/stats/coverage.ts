/** Coverage over time: how many articles per calendar month, in a given time zone, gaps included. */
import { DateTime } from "luxon";
import type { Article } from "../enrich/index.ts";
import { localDay } from "./calendar.ts";

/** One month ("2025-08") and its article count. */
export interface MonthCount {
  readonly month: string;
  readonly count: number;
}

/** Counts per month from the first to the last month with an article, oldest first; empty months count 0. */
export function coverageByMonth(articles: readonly Article[], zone: string): MonthCount[] {
  const counts = new Map<string, number>();
  for (const a of articles) {
    const month = localDay(a.date.millis, zone).slice(0, 7);
    counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  const months = [...counts.keys()].sort();
  const first = months[0];
  const last = months[months.length - 1];
  if (!first || !last) return [];
  const out: MonthCount[] = [];
  let cursor = DateTime.fromFormat(first, "yyyy-MM", { zone: "UTC" });
  // Capped so a typo'd year cannot produce thousands of rows.
  for (let i = 0; i < 600; i++) {
    const month = cursor.toFormat("yyyy-MM");
    out.push({ month, count: counts.get(month) ?? 0 });
    if (month === last) break;
    cursor = cursor.plus({ months: 1 });
  }
  return out;
}
