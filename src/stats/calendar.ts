/** Calendar days of instants in a time zone, memoised: entity pages group thousands of articles by month. */
import { DateTime } from "luxon";
import { dayOf } from "../text/index.ts";

const byZone = new Map<string, Map<number, string>>();

/** "2025-08-31": the calendar day of `millis` in `zone`. From a cached Intl formatter (src/render/zoned.ts), once per article. */
export function localDay(millis: number, zone: string): string {
  let days = byZone.get(zone);
  if (!days) {
    days = new Map();
    byZone.set(zone, days);
  }
  let day = days.get(millis);
  if (day === undefined) {
    // Bounded: a long dev-server session sees every edit's new time.
    if (days.size >= 500_000) days.clear();
    day = dayOf(millis, zone) ?? DateTime.fromMillis(millis, { zone }).toISODate() ?? "";
    days.set(millis, day);
  }
  return day;
}
