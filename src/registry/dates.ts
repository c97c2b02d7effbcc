/**
 * Registry dates: a day ("2025-08-31"), a month ("2025-08") or a year ("2025"), as certain as the source.
 * A date is kept with the first and last calendar day it can mean, so "in office in March 2011" can be asked
 * both ways: could the term have begun by then (lo), and had it certainly begun (hi)?
 */

const DAY_MS = 86_400_000;

/** A registry date and the range of days (since 1970-01-01) it can mean. */
export interface RegistryDate {
  /** As written: "2025-08-31", "2025-08" or "2025". */
  readonly text: string;
  /** First day it can mean. */
  readonly lo: number;
  /** Last day it can mean. */
  readonly hi: number;
}

/** Days since 1970 of a calendar day; undefined when the day does not exist ("2025-02-30"). */
export function dayNumberOf(year: number, month: number, day: number): number | undefined {
  const t = Date.UTC(year, month - 1, day);
  const d = new Date(t);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day)
    return undefined;
  return Math.round(t / DAY_MS);
}

/** Days since 1970 of the calendar day an ISO string starts with ("2025-08-31T10:00+02:00" → that day). */
export function dayOf(iso: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/u.exec(iso);
  if (m === null) return undefined;
  return dayNumberOf(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** The ISO day ("2025-08-31") of a day number. */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Parses "2025-08-31", "2025-08" or "2025"; undefined when malformed or the day/month does not exist. */
export function parseRegistryDate(text: string): RegistryDate | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u.exec(text);
  if (m === null) return undefined;
  const year = Number(m[1]);
  if (m[2] === undefined) {
    const lo = dayNumberOf(year, 1, 1);
    const hi = dayNumberOf(year, 12, 31);
    return lo === undefined || hi === undefined ? undefined : { text, lo, hi };
  }
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  if (m[3] === undefined) {
    const lo = dayNumberOf(year, month, 1);
    const next = month === 12 ? dayNumberOf(year + 1, 1, 1) : dayNumberOf(year, month + 1, 1);
    return lo === undefined || next === undefined ? undefined : { text, lo, hi: next - 1 };
  }
  const day = dayNumberOf(year, month, Number(m[3]));
  return day === undefined ? undefined : { text, lo: day, hi: day };
}

/**
 * A span between two optional registry dates (open ends are unbounded): a term in office, a membership.
 * `surely` asks whether `day` certainly lies inside; `maybe` whether it could.
 */
export interface Span {
  readonly from?: RegistryDate;
  readonly to?: RegistryDate;
}

/**
 * The day certainly lies within the span: after the latest day `from` can mean, before the earliest of `to`.
 * A span without `from` is certain from the beginning when `openStart` is "always" (a member since the
 * registry's records begin), and never certain when it is "unknown" (a term whose start nobody wrote down).
 */
export function surelyWithin(span: Span, day: number, openStart: "always" | "unknown" = "unknown"): boolean {
  if (span.from === undefined ? openStart === "unknown" : span.from.hi > day) return false;
  return span.to === undefined || day <= span.to.lo;
}

/** The day could lie within the span. */
export function maybeWithin(span: Span, day: number): boolean {
  return (span.from === undefined || span.from.lo <= day) && (span.to === undefined || day <= span.to.hi);
}
