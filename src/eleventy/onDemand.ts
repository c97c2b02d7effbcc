/**
 * Dev server pages, rendered when the browser asks for them from the model of the latest rebuild. A save then
 * costs one pipeline run over cached outcomes plus the page on screen, not a re-render of every page of the
 * site (10,000 articles make some 24,000 files). Production builds still render every page with Eleventy.
 */
import { join } from "node:path";
import { renderPage } from "../../layouts/index.ts";
import { readRegularFile } from "../cachefs/index.ts";
import { type LayoutName, layoutOf, type Theme } from "../pagedata/index.ts";
import type { Page } from "../render/index.ts";
import { MAX_SEARCH_FILE } from "../search/index.ts";
import type { SiteModel } from "../site/types.ts";
import { errorPage } from "./errorPage.ts";

/** What the dev server sends back: the shape its `onRequest` handlers may return. */
export interface DevResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string | Uint8Array;
}

/** The latest rebuild: its model and page table, or the report of the content errors it stopped on. */
export interface DevState {
  readonly model?: SiteModel;
  readonly byUrl: ReadonlyMap<string, Page>;
  readonly failure?: string;
  /** The site's stylesheets. */
  readonly theme: Theme;
  /** Kinds of page the site's own layouts lay out: Eleventy renders those on each rebuild, they are served as files. */
  readonly fromFiles: ReadonlySet<LayoutName>;
  /** The built site (absolute) whose search bundles `/pagefind/` serves, read-only; none without a build. */
  readonly search?: string;
}

/** Pages by URL, for lookups per request. */
export function pagesByUrl(pages: readonly Page[]): Map<string, Page> {
  return new Map(pages.map((page) => [page.url, page]));
}

/**
 * Paths the dev server serves from its own folder's files: the static assets and its own scripts. Search bundles
 * come from the built site (searchFile). Everything else is answered from the model, so nothing a previous build
 * left (the page of a deleted article, the feed of an entity that is gone, the API files) is ever served.
 */
const FROM_FILES = /^\/(?:assets|\.11ty)\//;

/**
 * A search bundle's file: /pagefind/<shard>/<name>, Pagefind's names only. Every part starts with a letter or a
 * digit: no "..", nothing hidden.
 */
const SEARCH_FILE = /^\/pagefind\/(?:[a-z0-9][a-z0-9_-]*\/)*[A-Za-z0-9][A-Za-z0-9_.-]*$/;

const SEARCH_TYPES: readonly [RegExp, string][] = [
  [/\.js$/, "text/javascript; charset=utf-8"],
  [/\.json$/, "application/json; charset=utf-8"],
  [/\.css$/, "text/css; charset=utf-8"],
];

/**
 * A file of the built site's search bundles, read-only: the dev server never writes into the built site (it
 * would change the live version in place). 404 without a build, or for anything but a regular file there.
 */
function searchFile(site: string | undefined, pathname: string): DevResponse {
  const bytes =
    site && SEARCH_FILE.test(pathname) ? readRegularFile(join(site, pathname), MAX_SEARCH_FILE) : undefined;
  if (!bytes) return { status: 404, headers: {}, body: "" };
  const type = SEARCH_TYPES.find(([pattern]) => pattern.test(pathname))?.[1] ?? "application/octet-stream";
  return { status: 200, headers: { "content-type": type }, body: bytes };
}

const TYPES: readonly [RegExp, string][] = [
  [/\/feed\.xml$/, "application/atom+xml"],
  [/\/feed\.json$/, "application/feed+json"],
  [/\.xml$/, "application/xml"],
  [/\.json$/, "application/json"],
  [/\.txt$/, "text/plain"],
];

function contentType(url: string): string {
  const type = TYPES.find(([pattern]) => pattern.test(url))?.[1] ?? "text/html";
  return `${type}; charset=utf-8`;
}

/**
 * The response for `pathname`, or undefined to let the dev server serve a file (FROM_FILES only). A page of
 * the latest model is rendered; any other address gets the site's 404 page. While content has errors, every
 * address gets the error report: pages with 200 (so the open page reloads to the fixed one once saved), feeds,
 * API files and sitemaps with 503 (the current content cannot produce them; the old ones are not served).
 */
export function respond(state: DevState, pathname: string): DevResponse | undefined {
  if (FROM_FILES.test(pathname)) return undefined;
  if (pathname.startsWith("/pagefind/")) return searchFile(state.search, pathname);
  const url = pathname.endsWith("/index.html") ? pathname.slice(0, -"index.html".length) : pathname;
  const looksLikePage = url.endsWith("/") || url.endsWith(".html");
  if (state.failure !== undefined) return html(looksLikePage ? 200 : 503, errorPage(state.failure));
  const model = state.model;
  if (!model) return undefined;
  const page = state.byUrl.get(url);
  if (page && fromFile(state, page)) return undefined;
  if (page)
    return {
      status: 200,
      headers: { "content-type": contentType(url) },
      body: renderPage(model, page, state.theme),
    };
  const notFound = state.byUrl.get("/404.html");
  if (notFound && fromFile(state, notFound)) return undefined;
  return notFound
    ? html(404, renderPage(model, notFound, state.theme))
    : { status: 404, headers: {}, body: "" };
}

/** Is the page laid out by one of the site's own layouts (rendered by Eleventy, so served from its file)? */
function fromFile(state: DevState, page: Page): boolean {
  const layout = layoutOf(page);
  return layout !== undefined && state.fromFiles.has(layout);
}

function html(status: number, body: string): DevResponse {
  return { status, headers: { "content-type": "text/html; charset=utf-8" }, body };
}
