/** Every URL of the site, built only from validated slugs and ids (never from raw front matter). */
import type { Article } from "../enrich/index.ts";
import type { Entity, EntityType, Lang } from "../registry/index.ts";
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
