/** `archive-year` and `archive-month`: a year's months with their first headlines; a month's articles, paginated. */
import type { Lang } from "../registry/index.ts";
import { articleUrl, countArticles, formatMonth, monthUrl, yearUrl } from "../render/index.ts";
import { alternateUrl } from "../seo/index.ts";
import { type PageContext, stringsOf } from "./context.ts";
import { paginationOf } from "./pagination.ts";
import { shell } from "./shell.ts";
import { storyOf } from "./story.ts";
import type { ArchiveMonthPageData, ArchiveYearPageData } from "./types.ts";

/** Headlines shown per month on a year's page. */
const HEADLINES = 3;

export function archiveYearPageData(ctx: PageContext, lang: Lang, year: string): ArchiveYearPageData {
  const { model } = ctx;
  const t = stringsOf(ctx, lang);
  const edition = model.index.editions[lang];
  const months = edition.months.filter((m) => m.month.startsWith(`${year}-`));
  const years = [...new Set(edition.months.map((m) => m.month.slice(0, 4)))];
  const alternate = alternateUrl(model, { kind: "year", url: yearUrl(lang, year), lang, year });
  return {
    ...shell(ctx, "archive-year", {
      lang,
      title: `${t.archive} ${year}`,
      description: `${t.archive} ${year}: ${model.config.title[lang]}`,
      url: yearUrl(lang, year),
      ...(alternate ? { alternate } : {}),
    }),
    year,
    years:
      years.length < 2 ? [] : years.map((y) => ({ text: y, url: yearUrl(lang, y), current: y === year })),
    months: months.map((m) => ({
      month: m.month,
      text: formatMonth(m.month, lang),
      url: monthUrl(lang, m.month),
      count: m.articles.length,
      countText: countArticles(m.articles.length, lang),
      headlines: m.articles.slice(0, HEADLINES).map((a) => ({ text: a.title, url: articleUrl(a) })),
    })),
  };
}

export function archiveMonthPageData(
  ctx: PageContext,
  lang: Lang,
  month: string,
  n: number,
  count: number,
): ArchiveMonthPageData {
  const { model } = ctx;
  const t = stringsOf(ctx, lang);
  const months = model.index.editions[lang].months;
  const index = months.findIndex((m) => m.month === month);
  const entry = months[index];
  if (!entry) throw new Error(`summitdesk: no archive month ${month}`);
  const size = model.config.pageSize;
  const newer = months[index - 1];
  const older = months[index + 1];
  const name = formatMonth(month, lang);
  const year = month.slice(0, 4);
  const alternate = alternateUrl(model, {
    kind: "month",
    url: monthUrl(lang, month, n),
    lang,
    month,
    pageNumber: n,
    pageCount: count,
  });
  return {
    ...shell(ctx, "archive-month", {
      lang,
      title: n > 1 ? `${name} (${t.page} ${n})` : name,
      description: `${t.archive}: ${name} – ${model.config.title[lang]}`,
      url: monthUrl(lang, month, n),
      ...(alternate ? { alternate } : {}),
    }),
    month,
    name,
    year: { text: `${t.archive} ${year}`, url: yearUrl(lang, year) },
    count: entry.articles.length,
    countText: countArticles(entry.articles.length, lang),
    stories: entry.articles.slice((n - 1) * size, n * size).map((a) => storyOf(ctx, a)),
    pagination: paginationOf(n, count, (k) => monthUrl(lang, month, k)),
    ...(older ? { older: { text: formatMonth(older.month, lang), url: monthUrl(lang, older.month) } } : {}),
    ...(newer ? { newer: { text: formatMonth(newer.month, lang), url: monthUrl(lang, newer.month) } } : {}),
  };
}
