/**
 * Wall-clock fields of an instant in a time zone, from one cached `Intl.DateTimeFormat` per zone. Luxon gives
 * the same answers (tests/render/zoned.test.ts compares them over many instants and zones) but builds a
 * DateTime, a zone and a locale for every call: 4–5× slower, and every list item on every page formats a date.
 */

/** The calendar and clock of an instant in a zone, and the zone's offset from UTC then (minutes). */
export interface ZonedParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
  readonly offset: number;
}

const fieldFormats = new Map<string, Intl.DateTimeFormat>();

function fieldFormat(zone: string): Intl.DateTimeFormat {
  let format = fieldFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      era: "short",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    fieldFormats.set(zone, format);
  }
  return format;
}

/** The zone's offset (minutes) through each day, by zone and UTC day since 1970; NaN where it changes within. */
const dayOffsets = new Map<string, Map<number, number>>();
const DAY = 86_400_000;

/**
 * The fields of `millis` in `zone` (an IANA name or "UTC"). Asking Intl costs microseconds, and every list on
 * every page formats dates: the offset is asked once per zone and day (at both ends of the day; where they
 * differ, a change falls inside it and that instant is asked itself; zones change twice a year at most), and
 * the fields then come from UTC arithmetic.
 */
export function zonedParts(millis: number, zone: string): ZonedParts {
  const offset = dayOffset(millis, zone);
  if (offset === undefined) return computeParts(millis, zone);
  const wall = new Date(millis + offset * 60_000);
  const year = wall.getUTCFullYear();
  return {
    year,
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
    millisecond: wall.getUTCMilliseconds(),
    offset,
  };
}

/** The zone's offset through the UTC day of `millis`, when it is the same whole minutes all day. */
function dayOffset(millis: number, zone: string): number | undefined {
  let days = dayOffsets.get(zone);
  if (!days) {
    days = new Map();
    dayOffsets.set(zone, days);
  }
  const day = Math.floor(millis / DAY);
  let offset = days.get(day);
  if (offset === undefined) {
    if (days.size >= 100_000) days.clear();
    const start = computeParts(day * DAY, zone).offset;
    const end = computeParts((day + 1) * DAY - 1, zone).offset;
    offset = start === end && Number.isInteger(start) ? start : Number.NaN;
    days.set(day, offset);
  }
  return Number.isNaN(offset) ? undefined : offset;
}

/** The fields of one instant, asked of Intl. */
function computeParts(millis: number, zone: string): ZonedParts {
  const fields = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  let bc = false;
  for (const part of fieldFormat(zone).formatToParts(millis)) {
    if (part.type === "era") bc = part.value === "BC" || part.value === "B";
    else if (part.type in fields) fields[part.type as keyof typeof fields] = Number(part.value);
  }
  const year = bc ? 1 - fields.year : fields.year;
  const millisecond = ((millis % 1000) + 1000) % 1000;
  const wall = Date.UTC(year, fields.month - 1, fields.day, fields.hour, fields.minute, fields.second);
  // Date.UTC maps years 0–99 to 1900–1999; set the year itself for those.
  const asUtc = year >= 0 && year < 100 ? new Date(wall).setUTCFullYear(year) : wall;
  // Whole minutes except for local mean time before time zones (Kolkata 1919: +5:41:20); see instantOf.
  const offset = (asUtc - (millis - millisecond)) / 60_000;
  return { ...fields, year, millisecond, offset };
}

const nameFormats = new Map<string, Intl.DateTimeFormat>();

/** Short names by zone, locale and UTC day, for days with one offset all day (see zonedParts). */
const dayNames = new Map<string, string>();

/** The zone's short name at `millis` as `locale` writes it ("MESZ", "CEST", "GMT+8"), as Luxon's offsetNameShort. */
export function shortZoneName(millis: number, zone: string, locale: string): string {
  const steady = dayOffset(millis, zone) !== undefined;
  const dayKey = `${zone}\u0000${locale}\u0000${Math.floor(millis / DAY)}`;
  const known = steady ? dayNames.get(dayKey) : undefined;
  if (known !== undefined) return known;
  const name = askName(millis, zone, locale);
  if (steady) {
    if (dayNames.size >= 100_000) dayNames.clear();
    dayNames.set(dayKey, name);
  }
  return name;
}

function askName(millis: number, zone: string, locale: string): string {
  const key = `${zone}\u0000${locale}`;
  let format = nameFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: "short" });
    nameFormats.set(key, format);
  }
  return format.formatToParts(millis).find((p) => p.type === "timeZoneName")?.value ?? "";
}

const monthNames = new Map<string, readonly string[]>();

/** The twelve month names of `locale` as standalone words ("September", "März"), as Luxon's "LLLL". */
export function monthNamesOf(locale: string): readonly string[] {
  let names = monthNames.get(locale);
  if (!names) {
    const format = new Intl.DateTimeFormat(locale, { month: "long", timeZone: "UTC" });
    names = Array.from({ length: 12 }, (_, m) => format.format(Date.UTC(2021, m, 15)));
    monthNames.set(locale, names);
  }
  return names;
}

/** An ISO 8601 instant with its offset or "Z" ("2025-08-31T09:30:00.000+02:00"), which Date.parse reads exactly. */
const FULL_ISO = /^[+-]?\d{4,6}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d{1,3})?)?(?:Z|[+-]\d\d:\d\d)$/;

/**
 * The instant of an ISO text that names its offset, when `zone` is at a whole-minute offset then; undefined
 * otherwise (the caller falls back to Luxon, whose output for local mean time the fast path does not imitate).
 */
export function instantOf(iso: string, zone: string): number | undefined {
  if (!FULL_ISO.test(iso)) return undefined;
  const millis = Date.parse(iso);
  if (Number.isNaN(millis) || !Number.isInteger(zonedParts(millis, zone).offset)) return undefined;
  return millis;
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, "0");

/** The ISO 8601 text of an instant in a zone, as Luxon's toISO({ suppressMilliseconds: true }) writes it. */
export function isoInZone(millis: number, zone: string): string {
  const p = zonedParts(millis, zone);
  const year = p.year >= 0 && p.year <= 9999 ? pad(p.year, 4) : `${p.year < 0 ? "-" : "+"}${pad(p.year, 6)}`;
  const seconds = p.millisecond === 0 ? pad(p.second) : `${pad(p.second)}.${pad(p.millisecond, 3)}`;
  // Luxon writes "Z" for its UTC zone only; an IANA zone at offset 0 ("Europe/London" in winter) gets "+00:00".
  const offset =
    zone === "UTC" || zone === "utc"
      ? "Z"
      : `${p.offset < 0 ? "-" : "+"}${pad(Math.trunc(Math.abs(p.offset) / 60))}:${pad(Math.abs(p.offset) % 60)}`;
  return `${year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${seconds}${offset}`;
}

/** "2025-08-31": the calendar day of `millis` in `zone`, as Luxon's toISODate writes it for years 0–9999. */
export function dayOf(millis: number, zone: string): string | undefined {
  const p = zonedParts(millis, zone);
  if (p.year < 0 || p.year > 9999) return undefined;
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}
