/**
 * Our layouts, one per kind of HTML page, each a function of that page's data (src/pagedata), and the data
 * files (feeds, sitemaps, the API, robots.txt, _redirects), which are no layouts: their format is fixed.
 */
import { authorFeed, editionFeed, entityFeed, renderAtom, renderJsonFeed } from "../src/feeds/index.ts";
import {
  type DataFilePage,
  DEFAULT_THEME,
  isHtmlPage,
  type LayoutName,
  type PageData,
  pageDataOf,
  type Theme,
} from "../src/pagedata/index.ts";
import { type Page, sitePath, withSitePath } from "../src/render/index.ts";
import { renderNewsSitemap, renderRobots, renderSitemap } from "../src/seo/index.ts";
import type { SiteModel } from "../src/site/types.ts";
import { articlesJson, entitiesJson } from "./api.ts";
import { archiveMonthLayout, archiveYearLayout } from "./archive.ts";
import { articleLayout } from "./article.ts";
import { authorLayout, authorsLayout } from "./authors.ts";
import { entityLayout } from "./entity.ts";
import { entityListLayout } from "./entityList.ts";
import { frontLayout } from "./front.ts";
import { notFoundLayout } from "./notFound.ts";
import { redirectLayout, redirectsFile, removedLayout } from "./redirect.ts";
import { searchLayout } from "./search.ts";

/** Our layout of each kind of page: page data in, the page's HTML out. */
export const LAYOUTS: { readonly [K in LayoutName]: (data: Extract<PageData, { kind: K }>) => string } = {
  front: frontLayout,
  article: articleLayout,
  entity: entityLayout,
  "entity-list": entityListLayout,
  "archive-year": archiveYearLayout,
  "archive-month": archiveMonthLayout,
  authors: authorsLayout,
  author: authorLayout,
  search: searchLayout,
  "not-found": notFoundLayout,
  removed: removedLayout,
  redirect: redirectLayout,
};

/** Lays out any page's data with our layout of its kind. */
export function renderLayout(data: PageData): string {
  return (LAYOUTS[data.kind] as (data: PageData) => string)(data);
}

/**
 * The text of a page's output file with our layouts. Pages link root-relative; a site served under a path
 * (`url: https://example.org/news`) gets that path in front of every link, asset and form target. The dev server
 * serves at the root, so it keeps them as they are.
 */
export function renderPage(model: SiteModel, p: Page, theme: Theme = DEFAULT_THEME): string {
  const path = model.dev ? "" : sitePath(model.config.url);
  if (!isHtmlPage(p)) return renderDataFile(model, p, path);
  return withSitePath(renderLayout(pageDataOf({ model, theme }, p)), path);
}

/** A data file: a feed, a sitemap, robots.txt, an API file, _redirects (URLs in it under `path`). */
export function renderDataFile(model: SiteModel, p: DataFilePage, path: string): string {
  switch (p.kind) {
    case "feed": {
      const feed = p.key
        ? entityFeed(model, p.lang, p.key)
        : p.author
          ? authorFeed(model, p.lang, p.author)
          : editionFeed(model, p.lang);
      if (!feed) throw new Error(`summitdesk: no feed for ${p.key ?? p.author}`);
      return p.format === "atom" ? renderAtom(feed) : renderJsonFeed(feed);
    }
    case "sitemap":
      return renderSitemap(model, p);
    case "newsSitemap":
      return renderNewsSitemap(model);
    case "robots":
      return renderRobots(model);
    case "api":
      return p.url === "/api/articles.json" ? articlesJson(model, path) : entitiesJson(model, path);
    case "redirects":
      return redirectsFile(model);
  }
}
