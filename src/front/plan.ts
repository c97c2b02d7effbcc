/**
 * What the front page of an edition shows, decided from the articles and the build's time: a lead story (the
 * newest with a picture among the newest few, else the newest), secondary stories, a package for the summit that
 * is on now or just ended (in its host's calendar), the latest of the rest, and the summits of the rail.
 */
import { DateTime } from "luxon";
import type { Article } from "../enrich/index.ts";
import type { Edition } from "../index/index.ts";
import type { Summit } from "../registry/index.ts";

/** Where a summit stands on the day of the build, in its host's calendar. */
export type SummitStatus = "on" | "ended" | "past";

export interface FrontSummit {
  readonly summit: Summit;
  readonly status: SummitStatus;
  /** Its articles in this edition, newest first. */
  readonly articles: readonly Article[];
}

export interface FrontPlan {
  readonly lead?: Article;
  readonly secondary: readonly Article[];
  /** The summit on now, or the one that ended most recently within `justEndedDays`; with articles not shown above. */
  readonly package?: FrontSummit & { readonly shown: readonly Article[] };
  readonly latest: readonly Article[];
  /** Summits that have begun, newest first (the rail "current and recent summits"). */
  readonly summits: readonly FrontSummit[];
}

export interface FrontOptions {
  /** The build's time (ms). */
  readonly now: number;
  /** A summit counts as just ended for this many days after its last day. */
  readonly justEndedDays: number;
  /** The lead is the newest article with a picture among this many newest. */
  readonly leadWindow?: number;
  readonly secondary?: number;
  readonly packageSize?: number;
  readonly latest?: number;
  readonly summits?: number;
}

/** The front page's plan for an edition. */
export function frontPlan(edition: Edition, options: FrontOptions): FrontPlan {
  const {
    leadWindow = 4,
    secondary: secondaryCount = 3,
    packageSize = 4,
    latest: latestCount = 20,
  } = options;
  const articles = edition.articles;
  const lead = articles.slice(0, leadWindow).find((a) => a.image) ?? articles[0];
  const secondary = articles.filter((a) => a !== lead).slice(0, secondaryCount);
  const used = new Set<Article>([...(lead ? [lead] : []), ...secondary]);
  const summits = frontSummits(edition, options.now, options.justEndedDays);
  const current = summits.find((s) => s.status === "on") ?? summits.find((s) => s.status === "ended");
  let pack: FrontPlan["package"];
  if (current) {
    const shown = current.articles.filter((a) => !used.has(a)).slice(0, packageSize);
    for (const a of shown) used.add(a);
    pack = { ...current, shown };
  }
  const latest = articles.filter((a) => !used.has(a)).slice(0, latestCount);
  return {
    ...(lead ? { lead } : {}),
    secondary,
    ...(pack ? { package: pack } : {}),
    latest,
    summits: summits.slice(0, options.summits ?? 6),
  };
}

/** Summits with articles in the edition that have begun by `now`, newest first, with their status. */
export function frontSummits(edition: Edition, now: number, justEndedDays: number): FrontSummit[] {
  const out: FrontSummit[] = [];
  for (const term of edition.terms.values()) {
    if (term.entity.type !== "summit") continue;
    const summit = term.entity;
    const status = summitStatus(summit, now, justEndedDays);
    if (status === undefined) continue;
    out.push({ summit, status, articles: term.articles });
  }
  return out.sort(
    (a, b) =>
      (a.summit.start < b.summit.start ? 1 : a.summit.start > b.summit.start ? -1 : 0) ||
      (a.summit.id < b.summit.id ? -1 : 1),
  );
}

/** "on" from its first to its last day in the host's zone, "ended" for `justEndedDays` after, then "past"; undefined before it begins. */
export function summitStatus(summit: Summit, now: number, justEndedDays: number): SummitStatus | undefined {
  const today = DateTime.fromMillis(now, { zone: summit.timeZone }).toISODate() ?? "";
  if (today < summit.start) return undefined;
  if (today <= summit.end) return "on";
  const daysSince = DateTime.fromISO(today, { zone: "UTC" }).diff(
    DateTime.fromISO(summit.end, { zone: "UTC" }),
    "days",
  ).days;
  return daysSince <= justEndedDays ? "ended" : "past";
}
