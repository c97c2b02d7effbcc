/** The page data of any HTML page of the page list, and which layout lays it out. */
import type { Page } from "../render/index.ts";
import { archiveMonthPageData, archiveYearPageData } from "./archive.ts";
import { articlePageData } from "./article.ts";
import { authorPageData, authorsPageData } from "./authors.ts";
import type { PageContext } from "./context.ts";
import { entityPageData } from "./entity.ts";
import { frontPageData } from "./front.ts";
import { entityListPageData } from "./list.ts";
import { notFoundPageData, redirectPageData, removedPageData } from "./notFound.ts";
import { searchPageData } from "./search.ts";
import type { LayoutName, PageData } from "./types.ts";

/** Pages that are data files rather than HTML (feeds, sitemaps, the API, robots.txt, _redirects): no layout. */
export type DataFilePage = Extract<
  Page,
  { kind: "feed" | "sitemap" | "newsSitemap" | "robots" | "api" | "redirects" }
>;

/** An HTML page of the page list. */
export type HtmlPage = Exclude<Page, DataFilePage>;

const LAYOUT: Readonly<Record<HtmlPage["kind"], LayoutName>> = {
  root: "front",
  front: "front",
  article: "article",
  term: "entity",
  list: "entity-list",
  search: "search",
  year: "archive-year",
  month: "archive-month",
  authors: "authors",
  author: "author",
  notFound: "not-found",
  redirect: "redirect",
  removed: "removed",
};

/** The layout of an HTML page; undefined for a data file. */
export function layoutOf(page: Page): LayoutName | undefined {
  return (LAYOUT as Partial<Record<Page["kind"], LayoutName>>)[page.kind];
}

/** Is the page an HTML page (with a layout), not a data file? */
export function isHtmlPage(page: Page): page is HtmlPage {
  return layoutOf(page) !== undefined;
}

/** The data the page's layout gets. */
export function pageDataOf(ctx: PageContext, page: HtmlPage): PageData {
  const { model } = ctx;
  switch (page.kind) {
    case "root":
      return frontPageData(ctx, model.config.defaultLang, "/");
    case "front":
      return frontPageData(ctx, page.lang);
    case "article": {
      const article = model.articles.get(page.id);
      if (!article) throw new Error(`summitdesk: no article ${page.id}`);
      return articlePageData(ctx, article, page.id);
    }
    case "term": {
      const term = model.index.editions[page.lang].terms.get(page.key);
      if (!term) throw new Error(`summitdesk: no term ${page.key}`);
      return entityPageData(ctx, page.lang, term, page.pageNumber, page.pageCount);
    }
    case "list":
      return entityListPageData(ctx, page.lang, page.type);
    case "search":
      return searchPageData(ctx, page.lang);
    case "year":
      return archiveYearPageData(ctx, page.lang, page.year);
    case "month":
      return archiveMonthPageData(ctx, page.lang, page.month, page.pageNumber, page.pageCount);
    case "authors":
      return authorsPageData(ctx, page.lang);
    case "author":
      return authorPageData(ctx, page.lang, page.slug, page.pageNumber, page.pageCount);
    case "notFound":
      return notFoundPageData(ctx);
    case "redirect":
      return redirectPageData(ctx, page);
    case "removed":
      return removedPageData(ctx, page);
  }
}
