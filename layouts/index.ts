/** Renders any page descriptor to the text of its output file. */
import type { Page } from "../src/render/pages.ts";
import type { SiteModel } from "../src/site/types.ts";
import { articlesJson, entitiesJson } from "./api.ts";
import { articlePage } from "./article.ts";
import { frontPage } from "./front.ts";
import { listPage } from "./list.ts";
import { notFoundPage } from "./notFound.ts";
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
    case "api":
      return p.url === "/api/articles.json" ? articlesJson(model) : entitiesJson(model);
  }
}
