/**
 * The Google News sitemap: articles published in the two days before the build's reference time
 * (model.referenceTime, never the wall clock, so two builds of the same content are identical).
 */
import type { Article } from "../enrich/index.ts";
import { escapeXml as x } from "../feeds/index.ts";
import { articleUrl, isoAttr } from "../render/index.ts";
import type { SiteModel } from "../site/types.ts";

/** Google News only wants articles of the last two days. */
export const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;

/** Articles in the window (reference − 2 days, reference], newest first. */
export function newsArticles(articles: readonly Article[], referenceTime: number): Article[] {
  return articles.filter(
    (a) => a.date.millis <= referenceTime && a.date.millis > referenceTime - NEWS_WINDOW_MS,
  );
}

/** The news sitemap document (valid and empty when nothing is recent). */
export function renderNewsSitemap(model: SiteModel): string {
  const base = model.config.url;
  const urls = newsArticles(model.index.articles, model.referenceTime).map((a) =>
    [
      `<url><loc>${x(base + articleUrl(a))}</loc><news:news>`,
      `<news:publication><news:name>${x(model.config.title[a.lang])}</news:name><news:language>${a.lang}</news:language></news:publication>`,
      `<news:publication_date>${isoAttr(a.date.iso, model.config.timeZone)}</news:publication_date>`,
      `<news:title>${x(a.title)}</news:title>`,
      "</news:news></url>",
    ].join(""),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">',
    ...urls,
    "</urlset>",
    "",
  ].join("\n");
}
