/** Dates and numbers as readers of each language expect them, in the site's (or a host's) time zone. */
import { DateTime } from "luxon";
import type { Lang } from "../registry/index.ts";
import { instantOf, isoInZone, monthNamesOf, shortZoneName, zonedParts } from "../text/index.ts";

/**
 * Memoises a pure formatter. Every list item on every page formats its article's date, and Luxon is slow at
 * it (a CPU profile at 10k articles put it at 5%); the cache is cleared when it grows past `limit` entries.
 */
function memo<A extends unknown[]>(fn: (...args: A) => string, limit = 100_000): (...args: A) => string {
  const cache = new Map<string, string>();
  return (...args: A) => {
    const key = args.join("\u0000");
    let value = cache.get(key);
    if (value === undefined) {
      if (cache.size >= limit) cache.clear();
      value = fn(...args);
      cache.set(key, value);
    }
    return value;
  };
}

/**
 * "1. September 2025" / "1 September 2025"; with a time, the day and clock in `zone` with the zone named:
 * "1. September 2025, 14:30 Uhr MESZ" / "1 September 2025, 14:30 CEST". The day is always the day in `zone`, so a
 * time after midnight there is never shown under the day before.
 */
export const formatDate = memo(formatDateUncached);

function formatDateUncached(iso: string, lang: Lang, zone: string, withTime: boolean): string {
  const millis = instantOf(iso, zone);
  if (millis !== undefined) {
    // The fast path (src/render/zoned.ts): the same text as Luxon's, from cached Intl formatters.
    const p = zonedParts(millis, zone);
    const month = monthNamesOf(localeOf(lang))[p.month - 1];
    const day = lang === "de" ? `${p.day}. ${month} ${p.year}` : `${p.day} ${month} ${p.year}`;
    if (!withTime) return day;
    return `${day}, ${clockOf(millis, p, zone, lang)}`;
  }
  const dt = inZone(iso, zone, lang);
  const day = dt.toFormat(lang === "de" ? "d. LLLL yyyy" : "d LLLL yyyy");
  if (!withTime) return day;
  return `${day}, ${clockText(dt, lang)}`;
}

/** The clock time in `zone` with the zone named: "03:00 Uhr MESZ" / "03:00 CEST" / "19:00 UTC−6". */
export const formatClock = memo((iso: string, lang: Lang, zone: string) => {
  const millis = instantOf(iso, zone);
  if (millis !== undefined) return clockOf(millis, zonedParts(millis, zone), zone, lang);
  return clockText(inZone(iso, zone, lang), lang);
});

/** "2025-06-18": the calendar day of an instant in `zone`. */
export const dayInZone = memo((iso: string, zone: string) => {
  const millis = instantOf(iso, zone);
  if (millis !== undefined) {
    const text = isoInZone(millis, zone);
    return text.slice(0, text.indexOf("T"));
  }
  return DateTime.fromISO(iso, { setZone: true }).setZone(zone).toISODate() ?? "";
});

const localeOf = (lang: Lang) => (lang === "de" ? "de-DE" : "en-GB");

/** The clock with the zone named, from fields already computed: as clockText, without a DateTime. */
function clockOf(millis: number, p: ReturnType<typeof zonedParts>, zone: string, lang: Lang): string {
  const clock = `${String(p.hour).padStart(2, "0")}:${String(p.minute).padStart(2, "0")}`;
  const name = nameOfZone(shortZoneName(millis, zone, localeOf(lang)), p.offset);
  return lang === "de" ? `${clock} Uhr ${name}` : `${clock} ${name}`;
}

function inZone(iso: string, zone: string, lang: Lang): DateTime {
  return DateTime.fromISO(iso, { setZone: true })
    .setZone(zone)
    .setLocale(lang === "de" ? "de-DE" : "en-GB");
}

function clockText(dt: DateTime, lang: Lang): string {
  const clock = dt.toFormat("HH:mm");
  return lang === "de" ? `${clock} Uhr ${zoneName(dt)}` : `${clock} ${zoneName(dt)}`;
}

/**
 * The zone's short name as readers of the language know it (MESZ, CEST, BST, UTC) or, where the language has none,
 * the offset ("UTC+8", "UTC−6"): ICU's "GMT-6" reads as Greenwich time to most readers.
 */
export function zoneName(dt: DateTime): string {
  return nameOfZone(dt.offsetNameShort ?? "", dt.offset);
}

function nameOfZone(short: string, offset: number): string {
  if (/^[A-Z]{2,5}$/.test(short)) return short;
  if (offset === 0) return "UTC";
  const hours = Math.trunc(Math.abs(offset) / 60);
  const minutes = Math.abs(offset) % 60;
  return `UTC${offset < 0 ? "\u2212" : "+"}${hours}${minutes ? `:${String(minutes).padStart(2, "0")}` : ""}`;
}

/** A calendar day "2025-08-31" formatted as a date, without any zone arithmetic. */
export function formatDay(day: string, lang: Lang): string {
  return formatDate(`${day}T12:00:00Z`, lang, "UTC", false);
}

/** "31. August – 1. September 2025" style ranges of calendar days. */
export function formatDayRange(start: string, end: string, lang: Lang): string {
  if (start === end) return formatDay(start, lang);
  const full = formatDay(end, lang);
  const first = DateTime.fromISO(start, { zone: "UTC" }).setLocale(lang === "de" ? "de-DE" : "en-GB");
  // "6.–7. Juli 2025", "31. August – 1. September 2025"; the year is repeated only when it changes.
  if (start.slice(0, 7) === end.slice(0, 7)) return `${first.toFormat(lang === "de" ? "d." : "d")}–${full}`;
  if (start.slice(0, 4) === end.slice(0, 4)) {
    return `${first.toFormat(lang === "de" ? "d. LLLL" : "d LLLL")} – ${full}`;
  }
  return `${formatDay(start, lang)} – ${full}`;
}

/** "August 2025" / "August 2025" of a calendar month "2025-08"; every entity page lists dozens of them. */
export const formatMonth = memo((month: string, lang: Lang) =>
  DateTime.fromFormat(month, "yyyy-MM", { zone: "UTC" })
    .setLocale(lang === "de" ? "de-DE" : "en-GB")
    .toFormat("LLLL yyyy"),
);

/** An instant as UTC ISO 8601 without milliseconds when they are zero: "2025-08-31T07:30:00Z". */
export function utcIso(millis: number): string {
  const iso = new Date(millis).toISOString();
  return iso.endsWith(".000Z") ? `${iso.slice(0, -5)}Z` : iso;
}

/** Machine-readable datetime attribute value. */
export const isoAttr = memo(isoAttrUncached);

function isoAttrUncached(iso: string, zone: string): string {
  const millis = instantOf(iso, zone);
  if (millis !== undefined) return isoInZone(millis, zone);
  return DateTime.fromISO(iso, { setZone: true }).setZone(zone).toISO({ suppressMilliseconds: true }) ?? iso;
}
