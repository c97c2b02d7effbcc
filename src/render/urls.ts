/** Every URL of the site, built only from validated slugs and ids (never from raw front matter). */
import type { Article } from "../enrich/index.ts";
import type { Entity, EntityType, Lang } from "../registry/index.ts";
import { escapeHtml } from "./html.ts";
import { SECTION } from "./i18n.ts";

/** A root-relative URL path is safe when it is made of [a-z0-9-] segments (and an optional file name). */
const SAFE_URL =
  /^\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)*(?:[a-z0-9]+(?:-[a-z0-9]+)*\.(?:json|xml|txt|html|css))?$/;

/** Files for the host rather than readers, named by convention (Netlify, Cloudflare Pages). */
const HOST_FILES = new Set(["/_redirects"]);

/** Refuses any URL that could escape the output folder; a bug upstream must not become a path traversal. */
export function assertSafeUrl(url: string): string {
  if (!SAFE_URL.test(url) && !HOST_FILES.has(url)) {
    throw new Error(`summitdesk: refusing unsafe output URL ${JSON.stringify(url)}`);
  }
  return url;
}

export function frontUrl(lang: Lang): string {
  return `/${lang}/`;
}

export function articleUrl(article: Pick<Article, "lang" | "slug" | "date">): string {
  return assertSafeUrl(`/${article.lang}/${article.date.iso.slice(0, 4)}/${article.slug}/`);
}

export function listUrl(lang: Lang, type: EntityType): string {
  return `/${lang}/${SECTION[lang][type]}/`;
}

/** Entity page, page `n` (1-based) of its article list. */
export function entityUrl(lang: Lang, entity: Pick<Entity, "type" | "id">, n = 1): string {
  const base = `/${lang}/${SECTION[lang][entity.type]}/${entity.id.toLowerCase()}/`;
  return assertSafeUrl(n <= 1 ? base : `${base}${n}/`);
}

/** The two feed formats. */
export type FeedFormat = "atom" | "json";

const FEED_FILE: Readonly<Record<FeedFormat, string>> = { atom: "feed.xml", json: "feed.json" };

/** The feed of a whole edition, next to its front page: /de/feed.xml, /en/feed.json. */
export function editionFeedUrl(lang: Lang, format: FeedFormat): string {
  return assertSafeUrl(frontUrl(lang) + FEED_FILE[format]);
}

/** The feed of one entity in one edition, next to its page: /de/laender/kz/feed.xml. */
export function entityFeedUrl(lang: Lang, entity: Pick<Entity, "type" | "id">, format: FeedFormat): string {
  return assertSafeUrl(entityUrl(lang, entity) + FEED_FILE[format]);
}

/** URL segment of the search page per language. */
const SEARCH: Readonly<Record<Lang, string>> = { de: "suche", en: "search" };

/** The search page of an edition: /de/suche/, /en/search/. */
export function searchUrl(lang: Lang): string {
  return `/${lang}/${SEARCH[lang]}/`;
}

/** The search page with one filter preselected and no search term: browsing an entity's articles in search. */
export function searchFilterUrl(lang: Lang, entity: Pick<Entity, "type" | "id">): string {
  return `${searchUrl(lang)}?${entity.type}=${encodeURIComponent(entity.id)}`;
}

/** The year archive of an edition: /de/2025/. */
export function yearUrl(lang: Lang, year: string): string {
  return assertSafeUrl(`/${lang}/${year}/`);
}

/** A month's archive ("2025-09"), page `n` (1-based): /de/2025/09/, /de/2025/09/2/. */
export function monthUrl(lang: Lang, month: string, n = 1): string {
  const base = `/${lang}/${month.slice(0, 4)}/${month.slice(5, 7)}/`;
  return assertSafeUrl(n <= 1 ? base : `${base}${n}/`);
}

/** URL segment of the authors' pages per language. */
const AUTHORS: Readonly<Record<Lang, string>> = { de: "autoren", en: "authors" };

/** All authors of an edition: /de/autoren/. */
export function authorsUrl(lang: Lang): string {
  return `/${lang}/${AUTHORS[lang]}/`;
}

/** An author's page `n`: /de/autoren/anna-becker/, /de/autoren/anna-becker/2/. */
export function authorUrl(lang: Lang, slug: string, n = 1): string {
  const base = `${authorsUrl(lang)}${slug}/`;
  return assertSafeUrl(n <= 1 ? base : `${base}${n}/`);
}

/** The feed of one author in one edition, next to the page: /de/autoren/anna-becker/feed.xml. */
export function authorFeedUrl(lang: Lang, slug: string, format: FeedFormat): string {
  return assertSafeUrl(authorUrl(lang, slug) + FEED_FILE[format]);
}

/**
 * The path a site is served under, from its `url`: "/news" for https://example.org/news, "" at the root.
 * Page URLs are built root-relative (they are output paths too); pages prefix them with this when written.
 */
export function sitePath(siteUrl: string): string {
  let path: string;
  try {
    path = new URL(siteUrl).pathname;
  } catch {
    return "";
  }
  let end = path.length;
  while (end > 0 && path[end - 1] === "/") end--;
  return path.slice(0, end);
}

/** Root-relative href, src and action attributes in our own HTML (always double-quoted). */
const ROOT_RELATIVE = /\b(href|src|action)="\/(?!\/)/g;
/** srcset attributes: a comma-separated list of "URL width" candidates. */
const SRCSET = /\bsrcset="([^"]*)"/g;

/** A srcset list with `prefix` before each root-relative URL ("/img/a.jpg 480w, /img/b.jpg 800w"). */
export function prefixSrcset(list: string, prefix: string): string {
  return list
    .split(",")
    .map((candidate) => {
      const start = candidate.length - candidate.trimStart().length;
      const url = candidate.slice(start);
      return url.startsWith("/") && !url.startsWith("//")
        ? `${candidate.slice(0, start)}${prefix}${url}`
        : candidate;
    })
    .join(",");
}

/** Prefixes every root-relative URL attribute of `html` with the site's path, so the site works under it. */
export function withSitePath(html: string, path: string): string {
  if (path === "") return html;
  // Function replacers: a path such as "/$'" must be inserted as written, never read as a pattern.
  const prefix = escapeHtml(path);
  return html
    .replace(ROOT_RELATIVE, (_, attr: string) => `${attr}="${prefix}/`)
    .replace(SRCSET, (_, list: string) => `srcset="${prefixSrcset(list, prefix)}"`);
}
