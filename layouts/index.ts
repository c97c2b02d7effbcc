/** Renders any page descriptor to the text of its output file. */

import { editionFeed, entityFeed, renderAtom, renderJsonFeed } from "../src/feeds/index.ts";
import type { Page } from "../src/render/pages.ts";
import { renderNewsSitemap, renderRobots, renderSitemap } from "../src/seo/index.ts";
import type { SiteModel } from "../src/site/types.ts";
import { articlesJson, entitiesJson } from "./api.ts";
import { articlePage } from "./article.ts";
import { frontPage } from "./front.ts";
import { listPage } from "./list.ts";
import { notFoundPage } from "./notFound.ts";
import { redirectPage, redirectsFile, removedPage } from "./redirect.ts";
import { searchPage } from "./search.ts";
import { termPage } from "./term.ts";

export function renderPage(model: SiteModel, p: Page): string {
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
    case "feed": {
      const feed = p.key ? entityFeed(model, p.lang, p.key) : editionFeed(model, p.lang);
      if (!feed) throw new Error(`summitdesk: no feed for ${p.key}`);
      return p.format === "atom" ? renderAtom(feed) : renderJsonFeed(feed);
    }
    case "sitemap":
      return renderSitemap(model);
    case "newsSitemap":
      return renderNewsSitemap(model);
    case "robots":
      return renderRobots(model);
    case "api":
      return p.url === "/api/articles.json" ? articlesJson(model) : entitiesJson(model);
    case "redirect":
      return redirectPage(model, p);
    case "removed":
      return removedPage(model, p);
    case "redirects":
      return redirectsFile(model);
  }
}
