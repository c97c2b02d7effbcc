/** Renders any page descriptor to the text of its output file. */

import { authorFeed, editionFeed, entityFeed, renderAtom, renderJsonFeed } from "../src/feeds/index.ts";
import type { Page } from "../src/render/pages.ts";
import { sitePath, withSitePath } from "../src/render/urls.ts";
import { renderNewsSitemap, renderRobots, renderSitemap } from "../src/seo/index.ts";
import type { SiteModel } from "../src/site/types.ts";
import { articlesJson, entitiesJson } from "./api.ts";
import { monthPage, yearPage } from "./archive.ts";
import { articlePage } from "./article.ts";
import { authorPage, authorsPage } from "./author.ts";
import { frontPage } from "./front.ts";
import { listPage } from "./list.ts";
import { notFoundPage } from "./notFound.ts";
import { redirectPage, redirectsFile, removedPage } from "./redirect.ts";
import { searchPage } from "./search.ts";
import { termPage } from "./term.ts";

/**
 * The text of a page's output file. Pages link root-relative; a site served under a path (`url:
 * https://example.org/news`) gets that path in front of every link, asset and form target. The dev server
 * serves at the root, so it keeps them as they are.
 */
export function renderPage(model: SiteModel, p: Page): string {
  const path = model.dev ? "" : sitePath(model.config.url);
  const text = renderFile(model, p, path);
  return isHtml(p) ? withSitePath(text, path) : text;
}

function isHtml(p: Page): boolean {
  return !["feed", "sitemap", "newsSitemap", "robots", "api"].includes(p.kind);
}

function renderFile(model: SiteModel, p: Page, path: string): string {
  switch (p.kind) {
    case "root":
      return frontPage(model, model.config.defaultLang, "/");
    case "notFound":
      return notFoundPage(model);
    case "front":
      return frontPage(model, p.lang);
    case "article": {
      const article = model.articles.get(p.id);
      if (!article) throw new Error(`summitdesk: no article ${p.id}`);
      return articlePage(model, article, p.id);
    }
    case "list":
      return listPage(model, p.lang, p.type);
    case "term": {
      const term = model.index.editions[p.lang].terms.get(p.key);
      if (!term) throw new Error(`summitdesk: no term ${p.key}`);
      return termPage(model, p.lang, term, p.pageNumber, p.pageCount);
    }
    case "search":
      return searchPage(model, p.lang);
    case "year":
      return yearPage(model, p.lang, p.year);
    case "month":
      return monthPage(model, p.lang, p.month, p.pageNumber, p.pageCount);
    case "authors":
      return authorsPage(model, p.lang);
    case "author":
      return authorPage(model, p.lang, p.slug, p.pageNumber, p.pageCount);
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
      return renderSitemap(model);
    case "newsSitemap":
      return renderNewsSitemap(model);
    case "robots":
      return renderRobots(model);
    case "api":
      return p.url === "/api/articles.json" ? articlesJson(model, path) : entitiesJson(model, path);
    case "redirect":
      return redirectPage(model, p);
    case "removed":
      return removedPage(model, p);
    case "redirects":
      return redirectsFile(model);
  }
}
