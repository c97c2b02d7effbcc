/**
 * Front-matter dates, read with Luxon in the site's time zone. Never through JS Date or YAML timestamps,
 * which read "2025-08-31" as UTC midnight and roll "2026-02-30" over into March.
 */
import { DateTime } from "luxon";

/** A validated instant with the wall-clock form it will be shown in. */
export interface ContentDate {
  /** ISO 8601 with offset in the site zone, e.g. "2025-08-31T09:30:00.000+02:00". */
  readonly iso: string;
  /** Milliseconds since the epoch, for sorting. */
  readonly millis: number;
  /** True when only a day was given (no time): pages then show no time. */
  readonly dateOnly: boolean;
}

/** Why a date was refused, in words an editor understands. */
export interface DateProblem {
  readonly message: string;
  readonly hint: string;
}

const FORMAT =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Oldest and newest years accepted: anything else is a typo (e.g. 20025) or a placeholder. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;

const EXAMPLES = "Write it as 2025-08-31, 2025-08-31 14:30 or 2025-08-31T14:30:00+08:00.";

/** Parses a front-matter date in `zone`. Wall-clock times that do not exist there (DST gaps) are refused, not shifted. */
export function parseContentDate(input: string, zone: string): ContentDate | DateProblem {
  const text = input.trim();
  const m = FORMAT.exec(text);
  if (!m) return { message: `"${clip(text)}" is not a date.`, hint: EXAMPLES };
  const [, y, mo, d, h, mi, s, ms, offset] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return {
      message: `The year ${year} is outside ${MIN_YEAR}–${MAX_YEAR}.`,
      hint: `Check the year for a typo. ${EXAMPLES}`,
    };
  }
  if (month < 1 || month > 12) return { message: `Month ${month} does not exist.`, hint: EXAMPLES };
  const daysInMonth = DateTime.utc(year, month, 1).daysInMonth ?? 31;
  if (day < 1 || day > daysInMonth) {
    return {
      message: `${text.slice(0, 10)} does not exist: ${monthName(month)} ${year} has ${daysInMonth} days.`,
      hint: `Correct the day. ${EXAMPLES}`,
    };
  }
  const parts = {
    year,
    month,
    day,
    hour: h === undefined ? 0 : Number(h),
    minute: mi === undefined ? 0 : Number(mi),
    second: s === undefined ? 0 : Number(s),
    millisecond: ms === undefined ? 0 : Number(ms.padEnd(3, "0")),
  };
  if (parts.hour > 23 || parts.minute > 59 || parts.second > 59) {
    return { message: `${text} has an impossible time of day.`, hint: EXAMPLES };
  }
  let dt: DateTime;
  if (offset !== undefined) {
    // Real offsets lie between -12:00 and +14:00; Luxon would accept "+25:00" and shift the time by a day.
    const [oh, om] = offset === "Z" ? [0, 0] : [Number(offset.slice(1, 3)), Number(offset.slice(-2))];
    if (oh * 60 + om > 14 * 60 || om > 59) {
      return { message: `"${clip(text)}" has an invalid offset.`, hint: EXAMPLES };
    }
    const zoneName =
      offset === "Z"
        ? "UTC"
        : `UTC${offset.length === 5 ? `${offset.slice(0, 3)}:${offset.slice(3)}` : offset}`;
    dt = DateTime.fromObject(parts, { zone: zoneName });
    if (!dt.isValid) return { message: `"${clip(text)}" has an invalid offset.`, hint: EXAMPLES };
    dt = dt.setZone(zone);
  } else {
    dt = DateTime.fromObject(parts, { zone });
    if (!dt.isValid) return { message: `"${clip(text)}" is not a valid date in ${zone}.`, hint: EXAMPLES };
    // A bare day means that calendar day: in zones whose clocks change at midnight its first minute may be
    // missing or repeated, so neither check applies (Luxon moves a missing midnight forward, within the day).
    // Luxon moves a time inside a daylight-saving gap forward; we refuse rather than shift silently.
    if (h !== undefined && (dt.hour !== parts.hour || dt.minute !== parts.minute)) {
      return {
        message: `${text} does not exist in ${zone}: the clocks skip that hour.`,
        hint: "Use a time outside the daylight-saving change, or give an explicit offset (+01:00 or +02:00).",
      };
    }
    // When clocks fall back, a wall-clock time happens twice; Luxon would pick one silently.
    if (h !== undefined && happensTwice(dt, zone)) {
      return {
        message: `${text} happens twice in ${zone}: the clocks go back an hour that night.`,
        hint: "Give an explicit offset to say which one you mean, e.g. 2025-10-26T02:30:00+02:00 (summer time) or +01:00.",
      };
    }
  }
  return { iso: dt.toISO({ includeOffset: true }) ?? "", millis: dt.toMillis(), dateOnly: h === undefined };
}

/** True when the same wall-clock minute also exists at another offset (a daylight-saving fold) in `zone`. */
function happensTwice(dt: DateTime, zone: string): boolean {
  for (const minutes of [-60, -30, 30, 60]) {
    const other = DateTime.fromMillis(dt.toMillis() + minutes * 60_000, { zone });
    if (other.offset !== dt.offset && other.toFormat("yyyy-MM-dd HH:mm") === dt.toFormat("yyyy-MM-dd HH:mm"))
      return true;
  }
  return false;
}

/** True when the parse succeeded. */
export function isContentDate(value: ContentDate | DateProblem): value is ContentDate {
  return "iso" in value;
}

function monthName(month: number): string {
  return DateTime.utc(2000, month, 1).setLocale("en").toFormat("LLLL");
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 37)}...` : s;
}
