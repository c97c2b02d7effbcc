/**
 * sitemap.xml: every HTML page readers should find, with last change and hreflang alternates. A sitemap may hold
 * at most 50,000 URLs and 50 MB (sitemaps.org); a larger site gets /sitemap.xml as a sitemap index of numbered
 * parts (/sitemap-1.xml …), split in page-list order, so the same content always gives the same files.
 */

import type { Article } from "../enrich/index.ts";
import { escapeXml as x } from "../feeds/index.ts";
import type { Page } from "../render/index.ts";
import { isoAttr } from "../render/index.ts";
import type { SiteModel } from "../site/types.ts";
import { alternateUrl } from "./alternates.ts";

/** The most URLs one sitemap file may list (sitemaps.org). */
export const SITEMAP_MAX_URLS = 50_000;

/** The most bytes one sitemap file may have, uncompressed: 50 MB (sitemaps.org). */
export const SITEMAP_MAX_BYTES = 52_428_800;

/** How much one sitemap file may hold; tests pass smaller limits. */
export interface SitemapLimits {
  /** URLs per file. */
  readonly urls: number;
  /** Bytes per file (UTF-8, uncompressed). */
  readonly bytes: number;
}

export const SITEMAP_LIMITS = { urls: SITEMAP_MAX_URLS, bytes: SITEMAP_MAX_BYTES } satisfies SitemapLimits;

/** One `<url>` of a sitemap, and when its page last changed (for the index's lastmod). */
export interface SitemapEntry {
  readonly xml: string;
  readonly modified?: Modified;
}

interface Modified {
  readonly millis: number;
  /** RFC 3339 in the site zone. */
  readonly iso: string;
}

/** One file of a split sitemap: entries [from, to). */
export interface SitemapPart {
  readonly from: number;
  readonly to: number;
}

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
const newestOf = new WeakMap<readonly Article[], Modified | undefined>();

/** The newest publication or update among articles (RFC 3339 in the site zone). */
function newest(articles: readonly Article[], zone: string): Modified | undefined {
  if (newestOf.has(articles)) return newestOf.get(articles);
  const value = newestUncached(articles, zone);
  newestOf.set(articles, value);
  return value;
}

function newestUncached(articles: readonly Article[], zone: string): Modified | undefined {
  let best: Article["date"] | undefined;
  for (const a of articles) {
    if (!best || a.date.millis > best.millis) best = a.date;
    if (a.updated && a.updated.millis > best.millis) best = a.updated;
  }
  return best ? { millis: best.millis, iso: isoAttr(best.iso, zone) } : undefined;
}

function lastmod(model: SiteModel, page: Listed): Modified | undefined {
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

/** The `<url>` of one page: its absolute URL (under the site's path), last change and hreflang alternates. */
function entry(model: SiteModel, page: Listed): SitemapEntry {
  const base = model.config.url;
  const mod = lastmod(model, page);
  const other = alternateUrl(model, page);
  const otherLang = page.lang === "de" ? "en" : "de";
  const links = other
    ? [
        `<xhtml:link rel="alternate" hreflang="${page.lang}" href="${x(base + page.url)}"/>`,
        `<xhtml:link rel="alternate" hreflang="${otherLang}" href="${x(base + other)}"/>`,
      ]
    : [];
  const xml = [
    `<url><loc>${x(base + page.url)}</loc>`,
    ...(mod ? [`<lastmod>${mod.iso}</lastmod>`] : []),
    ...links,
    "</url>",
  ].join("");
  return mod ? { xml, modified: mod } : { xml };
}

/** The sitemap entries of the model's listed pages [from, to), in page-list order. */
export function sitemapEntries(model: SiteModel, from = 0, to = Number.POSITIVE_INFINITY): SitemapEntry[] {
  return model.pages
    .filter(listed)
    .slice(from, to)
    .map((page) => entry(model, page));
}

const URLSET_OPEN = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
];
const URLSET_CLOSE = "</urlset>";
/** Bytes of a urlset file besides its entries: the lines above and below them, each with its newline. */
const URLSET_BYTES = [...URLSET_OPEN, URLSET_CLOSE].reduce((n, line) => n + Buffer.byteLength(line) + 1, 0);

/** A sitemap file listing `entries` (one per line). */
export function renderUrlset(entries: readonly SitemapEntry[]): string {
  return [...URLSET_OPEN, ...entries.map((e) => e.xml), URLSET_CLOSE, ""].join("\n");
}

/**
 * Splits entries into consecutive files of at most `limits.urls` entries and `limits.bytes` bytes each (an entry
 * larger than a whole file on its own gets a file of its own). One part means one plain sitemap.
 */
export function splitSitemap(
  entries: readonly SitemapEntry[],
  limits: SitemapLimits = SITEMAP_LIMITS,
): SitemapPart[] {
  const parts: SitemapPart[] = [];
  let from = 0;
  let bytes = URLSET_BYTES;
  entries.forEach((e, i) => {
    const size = Buffer.byteLength(e.xml) + 1;
    if (i > from && (i - from >= limits.urls || bytes + size > limits.bytes)) {
      parts.push({ from, to: i });
      from = i;
      bytes = URLSET_BYTES;
    }
    bytes += size;
  });
  if (entries.length > from || parts.length === 0) parts.push({ from, to: entries.length });
  return parts;
}

/** The newest change among entries, for the index's lastmod of their file. */
export function newestLastmod(entries: readonly SitemapEntry[]): string | undefined {
  let best: Modified | undefined;
  for (const e of entries) if (e.modified && (!best || e.modified.millis > best.millis)) best = e.modified;
  return best?.iso;
}

/** The URL of the n-th part (1-based) of a split sitemap. */
export function sitemapPartUrl(n: number): string {
  return `/sitemap-${n}.xml`;
}

/** A sitemap index: absolute URLs of its parts (under the site's path), each with its newest change. */
export function renderSitemapIndex(
  base: string,
  parts: readonly { readonly url: string; readonly lastmod?: string }[],
): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...parts.map(
      (p) =>
        `<sitemap><loc>${x(base + p.url)}</loc>${p.lastmod ? `<lastmod>${p.lastmod}</lastmod>` : ""}</sitemap>`,
    ),
    "</sitemapindex>",
    "",
  ].join("\n");
}

/**
 * Bytes one entry can take besides its three URLs: the tags, a lastmod (25 characters in RFC 3339 with an offset)
 * and two hreflang codes, with room to spare.
 */
const ENTRY_OVERHEAD = 256;

/**
 * How many entries of these pages surely fit in one file, from their URLs alone (building entries costs the
 * lastmod of every page): an entry holds at most three URLs, none longer than the longest page URL.
 */
function surelyFit(model: SiteModel, pages: readonly Listed[], limits: SitemapLimits): number {
  let longest = 0;
  for (const page of pages) longest = Math.max(longest, Buffer.byteLength(x(model.config.url + page.url)));
  const byBytes = Math.floor((limits.bytes - URLSET_BYTES) / (3 * longest + ENTRY_OVERHEAD));
  return Math.max(1, Math.min(limits.urls, byBytes));
}

/**
 * The sitemap pages of the model: /sitemap.xml alone when one file holds every listed page, else /sitemap.xml as
 * an index and its numbered parts. Planned from the URLs alone (cheap, on every dev server rebuild too) unless
 * URLs are so long that the bytes, not the count, decide: then the entries are built and measured.
 */
export function sitemapPages(model: SiteModel, limits: SitemapLimits = SITEMAP_LIMITS): Page[] {
  const pages = model.pages.filter(listed);
  const fit = surelyFit(model, pages, limits);
  const parts: SitemapPart[] = [];
  if (fit === limits.urls || pages.length <= fit) {
    for (let from = 0; from < pages.length || from === 0; from += fit) {
      parts.push({ from, to: Math.min(pages.length, from + fit) });
    }
  } else {
    for (const part of splitSitemap(sitemapEntries(model), limits)) parts.push(part);
  }
  if (parts.length === 1) return [{ kind: "sitemap", url: "/sitemap.xml" }];
  const files = parts.map((p, i) => ({
    kind: "sitemap" as const,
    url: sitemapPartUrl(i + 1),
    range: [p.from, p.to] as const,
  }));
  return [
    { kind: "sitemap", url: "/sitemap.xml", parts: files.map(({ url, range }) => ({ url, range })) },
    ...files,
  ];
}

/** The model with its sitemap pages planned for its listed pages (replacing any it had), where /sitemap.xml was. */
export function withSitemaps(model: SiteModel, limits: SitemapLimits = SITEMAP_LIMITS): SiteModel {
  const at = model.pages.findIndex((p) => p.kind === "sitemap");
  const rest = model.pages.filter((p) => p.kind !== "sitemap");
  const sitemaps = sitemapPages(model, limits);
  const pages = at < 0 ? [...rest, ...sitemaps] : [...rest.slice(0, at), ...sitemaps, ...rest.slice(at)];
  return { ...model, pages };
}

/**
 * A sitemap file: without `page` (or for a plain /sitemap.xml) every listed page; for a part its range; for the
 * index, its parts.
 */
export function renderSitemap(model: SiteModel, page?: Page & { kind: "sitemap" }): string {
  if (page?.parts) {
    const parts = page.parts.map(({ url, range: [from, to] }) => {
      const lastmod = newestLastmod(sitemapEntries(model, from, to));
      return lastmod ? { url, lastmod } : { url };
    });
    return renderSitemapIndex(model.config.url, parts);
  }
  const [from, to] = page?.range ?? [0, Number.POSITIVE_INFINITY];
  return renderUrlset(sitemapEntries(model, from, to));
}
