/**
 * `front`: an edition's front page, like a newspaper's: the lead story with its picture, the secondary stories, a
 * package for the summit on now or just ended, the latest articles, and the current and recent summits and the
 * archive. What goes where is decided by frontPlan (src/front).
 */
import { type FrontSummit, frontPlan } from "../front/index.ts";
import { mapGeometry, mapSvg, summitMap } from "../maps/index.ts";
import type { Lang } from "../registry/index.ts";
import {
  articleUrl,
  countArticles,
  formatDayRange,
  formatMonth,
  frontUrl,
  monthUrl,
  PHRASES,
  yearUrl,
} from "../render/index.ts";
import { summitKicker } from "../topics/index.ts";
import { otherEdition, type PageContext, refOf } from "./context.ts";
import { shell } from "./shell.ts";
import { LEAD_SIZES, storyOf } from "./story.ts";
import type { FrontPageData } from "./types.ts";

/** Headlines of the summit's other articles listed in its package. */
const PACKAGE_HEADLINES = 6;

/** Months of the archive linked from the front page's rail. */
const ARCHIVE_MONTHS = 6;

/** The front page of `lang`'s edition, at `url` (its own, or "/" for the site's root in the default language). */
export function frontPageData(ctx: PageContext, lang: Lang, url = frontUrl(lang)): FrontPageData {
  const { model } = ctx;
  const edition = model.index.editions[lang];
  const plan = frontPlan(edition, {
    now: model.referenceTime,
    justEndedDays: model.config.summitWindow.after,
  });
  const years = [...new Set(edition.months.map((m) => m.month.slice(0, 4)))];
  const other = otherEdition(ctx, lang);
  return {
    ...shell(ctx, "front", {
      lang,
      title: model.config.title[lang],
      description: model.config.description[lang],
      url,
      ...(other ? { alternate: frontUrl(other) } : {}),
    }),
    ...(plan.lead ? { lead: storyOf(ctx, plan.lead, { picture: LEAD_SIZES }) } : {}),
    secondary: plan.secondary.map((a) => storyOf(ctx, a)),
    ...(plan.package ? { package: summitPackage(ctx, lang, plan.package) } : {}),
    latest: plan.latest.map((a) => storyOf(ctx, a)),
    summits: plan.summits.map(({ summit, status, articles }) => ({
      summit: refOf(ctx, lang, summit),
      status,
      dates: formatDayRange(summit.start, summit.end, lang),
      city: summit.city[lang],
      count: articles.length,
      countText: countArticles(articles.length, lang),
    })),
    archive: {
      months: edition.months.slice(0, ARCHIVE_MONTHS).map((m) => ({
        text: formatMonth(m.month, lang),
        url: monthUrl(lang, m.month),
        count: m.articles.length,
      })),
      years: years.map((year) => ({ text: year, url: yearUrl(lang, year) })),
    },
  };
}

/** The summit on now or just ended: its name and dates, a small map of its members, its newest articles. */
function summitPackage(
  ctx: PageContext,
  lang: Lang,
  pack: FrontSummit & { readonly shown: FrontSummit["articles"] },
): NonNullable<FrontPageData["package"]> {
  const { model } = ctx;
  const { summit } = pack;
  const facts = summitMap(summit, model.registry, model.places, lang);
  const host = facts.host?.name[lang] ?? summit.country;
  const map = mapSvg(
    mapGeometry(facts.request),
    "package-map",
    summit.name[lang],
    PHRASES[lang].summitMapDesc(facts.members.length, host, facts.city ? summit.city[lang] : undefined),
  );
  return {
    status: pack.status === "on" ? "on" : "ended",
    summit: refOf(ctx, lang, summit),
    headline: summitKicker(summit, model.registry, lang),
    dates: formatDayRange(summit.start, summit.end, lang),
    city: summit.city[lang],
    host,
    count: pack.articles.length,
    countText: countArticles(pack.articles.length, lang),
    map,
    stories: pack.shown.map((a) => storyOf(ctx, a)),
    // The summit's other articles (shown above on this page) as a list of headlines, so the package is complete.
    more: pack.articles
      .filter((a) => !pack.shown.includes(a))
      .slice(0, PACKAGE_HEADLINES)
      .map((a) => ({ text: a.title, url: articleUrl(a) })),
  };
}
