/**
 * The site as a reader meets it, in Debian's Chromium: front page → article → country → summit → search,
 * under the production Content-Security-Policy; axe-core (WCAG 2.2 AA) on every page type, light and dark;
 * screenshots of each page type at phone and desktop width into artifacts/screenshots/.
 * Skips (saying why) when /usr/bin/chromium is missing; CI installs it.
 */
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSample, ROOT } from "../site/siteFiles.ts";
import { type StaticServer, serve } from "./serve.ts";

const CHROMIUM = "/usr/bin/chromium";
const HAVE_CHROMIUM = existsSync(CHROMIUM);
const SHOTS = join(ROOT, "artifacts", "screenshots");
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** One URL per page type. */
const PAGE_TYPES: Readonly<Record<string, string>> = {
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
};

const title = HAVE_CHROMIUM
  ? "reader walk in Chromium"
  : `reader walk in Chromium (skipped: ${CHROMIUM} not found; install with apt-get install -y chromium fonts-dejavu-core)`;

describe.skipIf(!HAVE_CHROMIUM)(title, () => {
  let site: string;
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  const problems: string[] = [];

  beforeAll(async () => {
    site = await buildSample();
    server = await serve(site);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    });
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
    if (site) rmSync(dirname(site), { recursive: true, force: true });
  });

  /** A page that records CSP violations, script errors and failed requests (the favicon aside). */
  async function open(path: string, ctx: BrowserContext = context): Promise<Page> {
    const page = await ctx.newPage();
    page.on("console", (m) => {
      if (m.type() === "error" && !/favicon|404 \(Not Found\)/.test(m.text()))
        problems.push(`${path}: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`${path}: ${e.message}`));
    await page.goto(server.origin + path);
    return page;
  }

  it("walks front page → article → country → summit → search", async () => {
    const page = await open("/");
    const first = page.locator(".teasers .teaser h3 a").first();
    const headline = (await first.textContent())?.trim() ?? "";
    await first.click();
    await expect.poll(() => page.locator("h1").textContent()).toBe(headline);
    // The article names its authors and date in German, carries JSON-LD and related articles.
    await expect
      .poll(() => page.locator(".article .meta time").first().textContent())
      .toMatch(/^\d{1,2}\. \p{L}+ 2025/u);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
    expect(ld["@type"]).toBe("NewsArticle");
    expect(await page.locator(".related .teaser").count()).toBeGreaterThan(0);

    await page.locator(".tags a.tag-country").first().click();
    await expect.poll(() => page.url()).toContain("/de/laender/");
    expect(await page.locator("table.coverage").isVisible()).toBe(true);
    expect(await page.getByRole("link", { name: "JSON Feed" }).first().isVisible()).toBe(true);

    await page.locator('section[aria-labelledby="summits-title"] a').first().click();
    await expect.poll(() => page.url()).toContain("/de/gipfel/");
    expect(await page.getByRole("heading", { name: "Berichterstattung Tag für Tag" }).isVisible()).toBe(true);
    expect(await page.locator(".timeline time").first().textContent()).toMatch(/2025/);
    expect(await page.getByRole("heading", { name: "Wer traf wen" }).isVisible()).toBe(true);

    await page
      .getByRole("navigation", { name: "Hauptnavigation" })
      .getByRole("link", { name: "Suche" })
      .click();
    await page.getByLabel("Suchbegriff").fill("Tokayev");
    await page.getByRole("button", { name: "Suchen" }).click();
    // The German article writes "Tokajew"; the alias makes it findable as "Tokayev".
    await expect
      .poll(() => page.locator("#search-results").textContent(), { timeout: 10_000 })
      .toContain("Tokajew trifft Xi in Tianjin");
    expect(page.url()).toContain("q=Tokayev");
    await page.close();
    expect(problems).toEqual([]);
  });

  it("browses by filter without a search term, newest first", async () => {
    const page = await open("/en/search/?person=tokayev&language=en");
    await expect
      .poll(() => page.locator("#search-status").textContent(), { timeout: 10_000 })
      .toMatch(/^\d+ results$/);
    const titles = await page.locator("#search-results h2").allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    expect(await page.locator('input[name="person"][value="tokayev"]').isChecked()).toBe(true);
    expect(titles).toContain("Tokayev meets Xi in Tianjin");
    await page.close();
    expect(problems).toEqual([]);
  });

  it("has no axe WCAG 2.2 AA violations on any page type, light or dark", async () => {
    const found: string[] = [];
    for (const scheme of ["light", "dark"] as const) {
      const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: scheme });
      for (const [type, path] of Object.entries(PAGE_TYPES)) {
        const page = await open(path, ctx);
        if (type.startsWith("search"))
          await page.locator("#search-status").filter({ hasText: /\d/ }).waitFor();
        const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        for (const v of result.violations) {
          found.push(
            `${scheme} ${type}: ${v.id} (${v.nodes.length}) ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
          );
        }
        await page.close();
      }
      await ctx.close();
    }
    expect(found).toEqual([]);
    expect(problems).toEqual([]);
  }, 120_000);

  it("saves screenshots of each page type at 390 px and 1280 px", async () => {
    rmSync(SHOTS, { recursive: true, force: true });
    mkdirSync(SHOTS, { recursive: true });
    for (const width of [390, 1280]) {
      const ctx = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
      for (const [type, path] of Object.entries(PAGE_TYPES)) {
        const page = await open(path, ctx);
        if (type.startsWith("search"))
          await page.locator("#search-status").filter({ hasText: /\d/ }).waitFor();
        // Nothing may be wider than the viewport (no horizontal scrolling on phones).
        const overflow = Number(
          await page.evaluate("document.documentElement.scrollWidth - window.innerWidth"),
        );
        expect(overflow, `${type} at ${width}px overflows`).toBeLessThanOrEqual(0);
        await page.screenshot({ path: join(SHOTS, `${type}-${width}.png`), fullPage: true });
        await page.close();
      }
      await ctx.close();
    }
    expect(problems).toEqual([]);
  }, 120_000);
});
