/** sitemap.xml: every HTML page readers should find, with last change and hreflang alternates. */

import type { Article } from "../enrich/index.ts";
import { escapeXml as x } from "../feeds/index.ts";
import type { Page } from "../render/index.ts";
import { isoAttr } from "../render/index.ts";
import type { SiteModel } from "../site/types.ts";
import { alternateUrl } from "./alternates.ts";

type Listed = Extract<
  Page,
  { kind: "front" | "article" | "list" | "term" | "year" | "month" | "authors" | "author" }
>;
const LISTED = new Set<Page["kind"]>([
  "front",
  "article",
  "list",
  "term",
  "year",
  "month",
  "authors",
  "author",
]);

/** Pages that belong in the sitemap (not the 404 page, search, feeds or API files). */
function listed(page: Page): page is Listed {
  return LISTED.has(page.kind);
}

/** newest() of each list already seen (a term's 150 pages share one list; at 10,000 articles this was 0.4 s). */
const newestOf = new WeakMap<readonly Article[], string | undefined>();

/** The newest publication or update among articles, as RFC 3339 in the site zone. */
function newest(articles: readonly Article[], zone: string): string | undefined {
  if (newestOf.has(articles)) return newestOf.get(articles);
  const value = newestUncached(articles, zone);
  newestOf.set(articles, value);
  return value;
}

function newestUncached(articles: readonly Article[], zone: string): string | undefined {
  let best: Article["date"] | undefined;
  for (const a of articles) {
    if (!best || a.date.millis > best.millis) best = a.date;
    if (a.updated && a.updated.millis > best.millis) best = a.updated;
  }
  return best ? isoAttr(best.iso, zone) : undefined;
}

function lastmod(model: SiteModel, page: Listed): string | undefined {
  const zone = model.config.timeZone;
  switch (page.kind) {
    case "article": {
      const a = model.articles.get(page.id);
      return a ? newestUncached([a], zone) : undefined;
    }
    case "term": {
      const term = model.index.editions[page.lang].terms.get(page.key);
      return term ? newest(term.articles, zone) : undefined;
    }
    case "month": {
      const month = model.index.editions[page.lang].months.find((m) => m.month === page.month);
      return month ? newest(month.articles, zone) : undefined;
    }
    case "year": {
      const months = model.index.editions[page.lang].months.filter((m) =>
        m.month.startsWith(`${page.year}-`),
      );
      return newest(
        months.flatMap((m) => m.articles),
        zone,
      );
    }
    case "author": {
      const author = model.index.editions[page.lang].authors.get(page.slug);
      return author ? newest(author.articles, zone) : undefined;
    }
    default:
      return newest(model.index.editions[page.lang].articles, zone);
  }
}

/** The sitemap document. */
export function renderSitemap(model: SiteModel): string {
  const base = model.config.url;
  const urls = model.pages.filter(listed).map((page) => {
    const mod = lastmod(model, page);
    const other = alternateUrl(model, page);
    const otherLang = page.lang === "de" ? "en" : "de";
    const links = other
      ? [
          `<xhtml:link rel="alternate" hreflang="${page.lang}" href="${x(base + page.url)}"/>`,
          `<xhtml:link rel="alternate" hreflang="${otherLang}" href="${x(base + other)}"/>`,
        ]
      : [];
    return [
      `<url><loc>${x(base + page.url)}</loc>`,
      ...(mod ? [`<lastmod>${mod}</lastmod>`] : []),
      ...links,
      "</url>",
    ].join("");
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    "</urlset>",
    "",
  ].join("\n");
}
