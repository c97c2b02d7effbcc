/**
 * Coverage over time as a bar chart: articles per day when the coverage spans up to two months (one summit, one
 * month of news), per month beyond that (years of news), per year beyond twenty years. Pure: articles and a
 * time zone in, bars and axis labels in viewBox units out.
 */
import { DateTime } from "luxon";
import type { Lang } from "../registry/index.ts";
import { dayOf } from "../text/index.ts";

/** Bars per day up to this many days from first to last article, else per month. */
const MAX_DAYS = 62;
/** Bars per month up to this many months, else per year. */
const MAX_MONTHS = 240;
/** At least this many bars, so that one day of coverage is not one bar filling the chart. */
const MIN_BARS = 7;

export const CHART_WIDTH = 640;
export const CHART_HEIGHT = 180;
const LEFT = 28;
const RIGHT = 8;
const TOP = 10;
const BOTTOM = 26;

export type CoverageUnit = "day" | "month" | "year";

/** One bar: a period ("2025-08-31", "2025-08", "2025") and its article count. */
export interface CoverageBin {
  readonly period: string;
  readonly count: number;
}

export interface CoverageSeries {
  readonly unit: CoverageUnit;
  readonly bins: readonly CoverageBin[];
  readonly total: number;
}

/** Counts articles per day, month or year in `zone`, empty periods included, oldest first. */
export function coverageSeries(dates: readonly { readonly millis: number }[], zone: string): CoverageSeries {
  if (dates.length === 0) return { unit: "day", bins: [], total: 0 };
  // Calendar days as text from a cached Intl formatter; Luxon only for the first and last day and the bins.
  const texts = dates.map((d) => dayOf(d.millis, zone));
  const fast = texts.every((t) => t !== undefined);
  const days = fast ? [] : dates.map((d) => DateTime.fromMillis(d.millis, { zone }).startOf("day"));
  let first = fast ? dayStart(texts, zone, -1) : (days[0] as DateTime);
  let last = fast ? dayStart(texts, zone, 1) : first;
  for (const day of days) {
    if (day < first) first = day;
    if (day > last) last = day;
  }
  const spanDays = Math.round(last.diff(first, "days").days);
  const spanMonths = (last.year - first.year) * 12 + last.month - first.month;
  const unit: CoverageUnit = spanDays < MAX_DAYS ? "day" : spanMonths < MAX_MONTHS ? "month" : "year";
  const format = unit === "day" ? "yyyy-MM-dd" : unit === "month" ? "yyyy-MM" : "yyyy";
  const counts = new Map<string, number>();
  const length = unit === "day" ? 10 : unit === "month" ? 7 : 4;
  for (const key of fast
    ? (texts as string[]).map((t) => t.slice(0, length))
    : days.map((d) => d.toFormat(format))) {
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const bins: CoverageBin[] = [];
  let cursor = first.startOf(unit);
  const end = last.startOf(unit);
  while (cursor <= end) {
    const period = cursor.toFormat(format);
    bins.push({ period, count: counts.get(period) ?? 0 });
    cursor = cursor.plus({ [`${unit}s`]: 1 });
  }
  // Pad short series on both sides evenly, so a summit's three days sit in the middle of a readable week.
  let before = first.startOf(unit);
  let after = end;
  while (bins.length < MIN_BARS) {
    if ((MIN_BARS - bins.length) % 2 === 0) {
      before = before.minus({ [`${unit}s`]: 1 });
      bins.unshift({ period: before.toFormat(format), count: 0 });
    } else {
      after = after.plus({ [`${unit}s`]: 1 });
      bins.push({ period: after.toFormat(format), count: 0 });
    }
  }
  return { unit, bins, total: dates.length };
}

/** The start of the earliest (`direction` -1) or latest (1) of some "yyyy-MM-dd" days in `zone`. */
function dayStart(texts: readonly (string | undefined)[], zone: string, direction: -1 | 1): DateTime {
  let pick = texts[0] as string;
  for (const t of texts as string[]) if ((t < pick ? -1 : t > pick ? 1 : 0) === direction) pick = t;
  return DateTime.fromISO(pick, { zone }).startOf("day");
}

/** A bar and the axis labels, in viewBox units. */
export interface ChartBar {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly bin: CoverageBin;
}

export interface CoverageChart {
  readonly width: number;
  readonly height: number;
  readonly bars: readonly ChartBar[];
  /** Labels under the x axis. */
  readonly ticks: readonly { readonly x: number; readonly label: string }[];
  /** The y axis: its top value and where the baseline and top lie. */
  readonly max: number;
  readonly baseline: number;
  readonly top: number;
  readonly left: number;
}

/** Lays the series out as bars, with a handful of readable labels under them. */
export function coverageChart(series: CoverageSeries, lang: Lang): CoverageChart {
  const n = series.bins.length;
  let max = 1;
  for (const bin of series.bins) max = Math.max(max, bin.count);
  const plotWidth = CHART_WIDTH - LEFT - RIGHT;
  const plotHeight = CHART_HEIGHT - TOP - BOTTOM;
  const step = n > 0 ? plotWidth / n : plotWidth;
  const gap = step > 6 ? Math.min(step * 0.2, 6) : 0.5;
  const bars = series.bins.map((bin, i) => {
    const height = round((bin.count / max) * plotHeight);
    return {
      x: round(LEFT + i * step + gap / 2),
      y: round(TOP + plotHeight - height),
      width: round(Math.max(0.5, step - gap)),
      height,
      bin,
    };
  });
  const locale = lang === "de" ? "de-DE" : "en-GB";
  const every = Math.max(1, Math.ceil(n / 8));
  const ticks = series.bins.flatMap((bin, i) => {
    const label = tickLabel(series.unit, bin.period, i, every, n, locale, lang);
    return label ? [{ x: round(LEFT + i * step + step / 2), label }] : [];
  });
  return {
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
    bars,
    ticks,
    max,
    baseline: TOP + plotHeight,
    top: TOP,
    left: LEFT,
  };
}

function tickLabel(
  unit: CoverageUnit,
  period: string,
  i: number,
  every: number,
  n: number,
  locale: string,
  lang: Lang,
): string | undefined {
  if (unit === "year") return i % every === 0 ? period : undefined;
  if (unit === "month") {
    const dt = DateTime.fromFormat(period, "yyyy-MM", { zone: "UTC" }).setLocale(locale);
    // Long series: each January names its year; short ones: every few months by name.
    if (n > 24)
      return dt.month === 1 && (dt.year % Math.max(1, Math.ceil(n / 12 / 8)) === 0 || i === 0)
        ? String(dt.year)
        : undefined;
    if (i % every !== 0) return undefined;
    return dt.month === 1 || i === 0 ? dt.toFormat("LLL yyyy") : dt.toFormat("LLL");
  }
  if (i % every !== 0) return undefined;
  const dt = DateTime.fromISO(period, { zone: "UTC" }).setLocale(locale);
  return dt.toFormat(lang === "de" ? "d. LLL" : "d LLL");
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
