/** Which page is the same page in the other language (for hreflang links in <head> and in the sitemap). */
import type { Article } from "../enrich/index.ts";
import type { Page } from "../render/index.ts";
import {
  articleUrl,
  authorsUrl,
  authorUrl,
  entityUrl,
  frontUrl,
  listUrl,
  monthUrl,
  otherLang,
  searchUrl,
  yearUrl,
} from "../render/index.ts";
import type { SiteModel } from "../site/types.ts";

/** The translation of an article, when its `translation` group holds one in the other language. */
export function translationOf(model: SiteModel, article: Article): Article | undefined {
  if (!article.translation) return undefined;
  return model.index.translations.get(article.translation)?.find((a) => a.lang !== article.lang);
}

/** The URL of the page's counterpart in the other edition, or undefined when there is none. */
export function alternateUrl(model: SiteModel, page: Page): string | undefined {
  // A site that publishes one language has no counterparts.
  if ("lang" in page && !model.config.languages.includes(otherLang(page.lang))) return undefined;
  switch (page.kind) {
    case "front":
      return frontUrl(otherLang(page.lang));
    case "list":
      return listUrl(otherLang(page.lang), page.type);
    case "search":
      return searchUrl(otherLang(page.lang));
    case "article": {
      const article = model.articles.get(page.id);
      const translation = article ? translationOf(model, article) : undefined;
      return translation ? articleUrl(translation) : undefined;
    }
    case "term": {
      const other = otherLang(page.lang);
      const term = model.index.editions[other].terms.get(page.key);
      return term && page.pageNumber === 1 ? entityUrl(other, term.entity) : undefined;
    }
    case "year": {
      const other = otherLang(page.lang);
      const has = model.index.editions[other].months.some((m) => m.month.startsWith(`${page.year}-`));
      return has ? yearUrl(other, page.year) : undefined;
    }
    case "month": {
      const other = otherLang(page.lang);
      const has = model.index.editions[other].months.some((m) => m.month === page.month);
      return has && page.pageNumber === 1 ? monthUrl(other, page.month) : undefined;
    }
    case "authors":
      return authorsUrl(otherLang(page.lang));
    case "author": {
      const other = otherLang(page.lang);
      const has = model.index.editions[other].authors.has(page.slug);
      return has && page.pageNumber === 1 ? authorUrl(other, page.slug) : undefined;
    }
    default:
      return undefined;
  }
}
