/** The flat list of output files Eleventy paginates over (size 1): one light descriptor per file. */
import type { Article } from "../enrich/index.ts";
import type { SiteIndex, Term } from "../index/index.ts";
import { ENTITY_TYPES, type EntityKey, type EntityType, LANGS, type Lang } from "../registry/index.ts";
import {
  articleUrl,
  assertSafeUrl,
  authorFeedUrl,
  authorsUrl,
  authorUrl,
  editionFeedUrl,
  entityFeedUrl,
  entityUrl,
  type FeedFormat,
  frontUrl,
  listUrl,
  monthUrl,
  searchUrl,
  yearUrl,
} from "./urls.ts";

/** One output file. `url` ends in "/" for pages (written as index.html) or names a file. */
export type Page =
  | { readonly kind: "root"; readonly url: "/" }
  | { readonly kind: "notFound"; readonly url: "/404.html" }
  | { readonly kind: "front"; readonly url: string; readonly lang: Lang }
  | { readonly kind: "article"; readonly url: string; readonly lang: Lang; readonly id: string }
  | { readonly kind: "list"; readonly url: string; readonly lang: Lang; readonly type: EntityType }
  | {
      readonly kind: "term";
      readonly url: string;
      readonly lang: Lang;
      readonly key: EntityKey;
      /** 1-based page of the term's article list, and how many there are. */
      readonly pageNumber: number;
      readonly pageCount: number;
    }
  | { readonly kind: "search"; readonly url: string; readonly lang: Lang }
  /** A year of the archive: its months. */
  | { readonly kind: "year"; readonly url: string; readonly lang: Lang; readonly year: string }
  /** A month of the archive ("2025-09"), paginated. */
  | {
      readonly kind: "month";
      readonly url: string;
      readonly lang: Lang;
      readonly month: string;
      readonly pageNumber: number;
      readonly pageCount: number;
    }
  | { readonly kind: "authors"; readonly url: string; readonly lang: Lang }
  /** One author's articles, paginated. */
  | {
      readonly kind: "author";
      readonly url: string;
      readonly lang: Lang;
      readonly slug: string;
      readonly pageNumber: number;
      readonly pageCount: number;
    }
  /** A feed of an edition (no key, no author), of one entity or of one author. */
  | {
      readonly kind: "feed";
      readonly url: string;
      readonly lang: Lang;
      readonly format: FeedFormat;
      readonly key?: EntityKey;
      readonly author?: string;
    }
  /**
   * The sitemap of every page readers should find: /sitemap.xml alone, or, when the site has more URLs than one
   * sitemap may hold (src/seo), /sitemap.xml as an index of numbered parts (/sitemap-1.xml …).
   */
  | {
      readonly kind: "sitemap";
      readonly url: string;
      /** A numbered part: the listed pages it holds, [from, to) in page-list order. */
      readonly range?: readonly [number, number];
      /** The index: its parts (their lastmod is worked out when the index is written). */
      readonly parts?: readonly { readonly url: string; readonly range: readonly [number, number] }[];
    }
  | { readonly kind: "newsSitemap"; readonly url: "/news-sitemap.xml" }
  | { readonly kind: "robots"; readonly url: "/robots.txt" }
  | { readonly kind: "api"; readonly url: "/api/articles.json" | "/api/entities.json" }
  /** An article's old URL (from the URL ledger), redirecting to its current one. */
  | {
      readonly kind: "redirect";
      readonly url: string;
      readonly lang: Lang;
      readonly to: string;
      /** The target article's id (lang/slug). */
      readonly article: string;
    }
  /** A URL of an article that is gone (from the URL ledger): a "removed" page instead of a 404. */
  | { readonly kind: "removed"; readonly url: string; readonly lang: Lang }
  /** The redirects for hosts that read a _redirects file (Netlify, Cloudflare Pages). */
  | { readonly kind: "redirects"; readonly url: "/_redirects" };

const FORMATS: readonly FeedFormat[] = ["atom", "json"];

/** A stable id for an article: language and slug. */
export function articleId(article: Pick<Article, "lang" | "slug">): string {
  return `${article.lang}/${article.slug}`;
}

/** Pages of a term's (or any list's) articles. */
export function termPageCount(term: Pick<Term, "articles">, pageSize: number): number {
  return Math.max(1, Math.ceil(term.articles.length / pageSize));
}

/** Lists every output file of the editions in `languages`, in a fixed order. */
export function listPages(index: SiteIndex, pageSize: number, languages: readonly Lang[] = LANGS): Page[] {
  const pages: Page[] = [
    { kind: "root", url: "/" },
    { kind: "notFound", url: "/404.html" },
  ];
  for (const lang of LANGS.filter((l) => languages.includes(l))) {
    const edition = index.editions[lang];
    pages.push({ kind: "front", url: frontUrl(lang), lang }, { kind: "search", url: searchUrl(lang), lang });
    for (const format of FORMATS)
      pages.push({ kind: "feed", url: editionFeedUrl(lang, format), lang, format });
    for (const article of edition.articles) {
      pages.push({ kind: "article", url: articleUrl(article), lang, id: articleId(article) });
    }
    for (const type of ENTITY_TYPES) pages.push({ kind: "list", url: listUrl(lang, type), lang, type });
    const years = [...new Set(edition.months.map((m) => m.month.slice(0, 4)))];
    for (const year of years) pages.push({ kind: "year", url: yearUrl(lang, year), lang, year });
    for (const { month, articles } of edition.months) {
      const pageCount = termPageCount({ articles }, pageSize);
      for (let n = 1; n <= pageCount; n++) {
        pages.push({ kind: "month", url: monthUrl(lang, month, n), lang, month, pageNumber: n, pageCount });
      }
    }
    pages.push({ kind: "authors", url: authorsUrl(lang), lang });
    for (const author of edition.authors.values()) {
      const pageCount = termPageCount(author, pageSize);
      for (let n = 1; n <= pageCount; n++) {
        pages.push({
          kind: "author",
          url: authorUrl(lang, author.slug, n),
          lang,
          slug: author.slug,
          pageNumber: n,
          pageCount,
        });
      }
      for (const format of FORMATS) {
        pages.push({
          kind: "feed",
          url: authorFeedUrl(lang, author.slug, format),
          lang,
          format,
          author: author.slug,
        });
      }
    }
    for (const term of edition.terms.values()) {
      const pageCount = termPageCount(term, pageSize);
      for (let n = 1; n <= pageCount; n++) {
        pages.push({
          kind: "term",
          url: entityUrl(lang, term.entity, n),
          lang,
          key: term.key,
          pageNumber: n,
          pageCount,
        });
      }
      for (const format of FORMATS) {
        pages.push({
          kind: "feed",
          url: entityFeedUrl(lang, term.entity, format),
          lang,
          format,
          key: term.key,
        });
      }
    }
  }
  pages.push(
    { kind: "api", url: "/api/articles.json" },
    { kind: "api", url: "/api/entities.json" },
    { kind: "sitemap", url: "/sitemap.xml" },
    { kind: "newsSitemap", url: "/news-sitemap.xml" },
    { kind: "robots", url: "/robots.txt" },
  );
  for (const page of pages) assertSafeUrl(page.url);
  return pages;
}
