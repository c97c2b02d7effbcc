/**
 * What the browser tests share: the sample site built once per file, served on 127.0.0.1 under the production
 * Content-Security-Policy, Debian's Chromium, and pages that record what goes wrong in them.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { CHROMIUM, launchChromium } from "../../scripts/chromium.ts";
import { buildSample } from "../site/siteFiles.ts";
import { type StaticServer, serve } from "./serve.ts";

export const HAVE_CHROMIUM = existsSync(CHROMIUM);

/** A describe block's title that says why it was skipped, when it is. */
export function inChromium(title: string): string {
  return HAVE_CHROMIUM
    ? `${title} in Chromium`
    : `${title} in Chromium (skipped: ${CHROMIUM} not found; install with apt-get install -y chromium fonts-dejavu-core)`;
}

/** One URL per page type. */
export const PAGE_TYPES: Readonly<Record<string, string>> = {
  front: "/de/",
  article: "/de/2025/tokajew-trifft-xi-in-tianjin/",
  "article-en": "/en/2025/tokayev-meets-xi-in-tianjin/",
  country: "/de/laender/kz/",
  person: "/en/people/tokayev/",
  organisation: "/de/organisationen/sco/",
  summit: "/en/summits/sco-2025-tianjin/",
  list: "/de/laender/",
  search: "/de/suche/?q=Tokayev",
  "search-filter": "/en/search/?summit=sco-2025-tianjin&language=en",
  notFound: "/does-not-exist/",
  summits: "/en/summits/",
  year: "/de/2025/",
  month: "/de/2025/08/",
  author: "/de/autoren/anna-becker/",
  authors: "/en/authors/",
};

/** An article page with a lead picture in the built site, or (when the sample has none yet) the Tokajew article. */
export function articleWithPicture(site: string): string {
  for (const lang of ["de", "en"]) {
    for (const year of readdirSync(join(site, lang)).filter((d) => /^\d{4}$/.test(d))) {
      for (const slug of readdirSync(join(site, lang, year)).filter((d) => /[a-z]/.test(d))) {
        const file = join(site, lang, year, slug, "index.html");
        if (existsSync(file) && readFileSync(file, "utf8").includes('class="lead-figure"')) {
          return `/${lang}/${year}/${slug}/`;
        }
      }
    }
  }
  return PAGE_TYPES.article as string;
}

/** The sample site in a browser, for the tests of one describe block. */
export interface Browsing {
  readonly site: string;
  readonly server: StaticServer;
  readonly browser: Browser;
  /** A desktop-sized context (1280 × 900, light). */
  readonly context: BrowserContext;
  /** CSP violations, script errors and failed requests (the favicon aside) of every page opened so far. */
  readonly problems: string[];
  /** Opens `path` of the site in a new page of `ctx` (the desktop context by default), recording its problems. */
  open(path: string, ctx?: BrowserContext): Promise<Page>;
}

/** Builds the sample and starts a server and Chromium before the block's tests; stops them all after. */
export function browseSample(): Browsing {
  let site: string | undefined;
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  const problems: string[] = [];

  beforeAll(async () => {
    site = await buildSample();
    server = await serve(site);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
    if (site) rmSync(dirname(site), { recursive: true, force: true });
  });

  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the ${what} was not started`);
    return value;
  };
  return {
    get site() {
      return ready(site, "sample site");
    },
    get server() {
      return ready(server, "server");
    },
    get browser() {
      return ready(browser, "browser");
    },
    get context() {
      return ready(context, "browser context");
    },
    problems,
    async open(path, ctx) {
      const page = await (ctx ?? ready(context, "browser context")).newPage();
      page.on("console", (m) => {
        if (m.type() === "error" && !/favicon|404 \(Not Found\)/.test(m.text()))
          problems.push(`${path}: ${m.text()}`);
      });
      page.on("pageerror", (e) => problems.push(`${path}: ${e.message}`));
      await page.goto(ready(server, "server").origin + path);
      return page;
    },
  };
}
