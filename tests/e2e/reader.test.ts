/**
 * The site as a reader meets it, in Debian's Chromium: front page → article → country → summit → search, under
 * the production Content-Security-Policy, typing before the search script runs, browsing by filter, switching
 * language. These run last and alone (vitest.config.ts): their timings are a reader's, not a loaded machine's.
 * Skips (saying why) when /usr/bin/chromium is missing; CI installs it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { browseSample, HAVE_CHROMIUM, inChromium } from "./browse.ts";

describe.skipIf(!HAVE_CHROMIUM)(inChromium("reader walk"), () => {
  const b = browseSample();
  const { problems } = b;
  const open = b.open;

  it("walks front page → article → country → summit → search", async () => {
    const page = await open("/");
    const first = page.locator(".top .story-title a").first();
    const headline = (await first.textContent())?.trim() ?? "";
    await first.click();
    await expect.poll(() => page.locator("h1").textContent()).toBe(headline);
    // The article names its authors and date in German, carries JSON-LD and related articles.
    await expect
      .poll(() => page.locator(".article .meta time").first().textContent())
      .toMatch(/^\d{1,2}\. \p{L}+ 2025/u);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
    expect(ld["@type"]).toBe("NewsArticle");
    expect(await page.locator(".related .story").count()).toBeGreaterThan(0);

    await page.locator(".tags a.tag-country").first().click();
    await expect.poll(() => page.url()).toContain("/de/laender/");
    expect(await page.getByRole("img", { name: /Artikel pro (Tag|Monat)/ }).isVisible()).toBe(true);
    expect(await page.getByRole("img", { name: /^Karte: / }).isVisible()).toBe(true);
    expect(await page.getByRole("link", { name: "JSON Feed" }).first().isVisible()).toBe(true);

    await page.locator('section[aria-labelledby="summits-title"] a').first().click();
    await expect.poll(() => page.url()).toContain("/de/gipfel/");
    expect(await page.getByRole("heading", { name: "Berichterstattung Tag für Tag" }).isVisible()).toBe(true);
    expect(await page.locator(".timeline time").first().textContent()).toMatch(/2025/);
    expect(await page.getByRole("heading", { name: "Wer traf wen" }).isVisible()).toBe(true);

    expect(await page.getByRole("img", { name: /^Karte: SOZ-Gipfel/ }).isVisible()).toBe(true);
    await page.getByRole("banner").getByRole("link", { name: "Suche" }).click();
    await page.getByLabel("Suchbegriff").fill("Tokayev");
    await page.getByRole("button", { name: "Suchen" }).click();
    // The German article writes "Tokajew"; the alias makes it findable as "Tokayev". Searches get 30 s: on a
    // loaded machine the first one once took more than 10 s (the browser tests now run alone, vitest.config.ts).
    await expect
      .poll(() => page.locator("#search-results").textContent(), { timeout: 30_000 })
      .toContain("Tokajew trifft Xi in Tianjin");
    expect(page.url()).toContain("q=Tokayev");
    await page.close();
    expect(problems).toEqual([]);
  });

  it("keeps what a reader typed before the search script ran, and searches for it", async () => {
    // A slow connection: the search script and the search bundles arrive 600 ms late, and the reader types
    // as soon as the box is there. The script used to reset the form from the address (no query in it): the
    // typed word was wiped and the search the reader then sent was empty.
    const slow = await b.context.newPage();
    await slow.route(/\/(pagefind\/|assets\/search\.js)/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 600));
      await route.continue();
    });
    slow.on("pageerror", (e) => problems.push(`slow search: ${e.message}`));
    await slow.goto(`${b.server.origin}/de/suche/`, { waitUntil: "commit" });
    await slow.getByLabel("Suchbegriff").fill("Tokayev");
    await expect
      .poll(() => slow.locator("#search-results").textContent(), { timeout: 30_000 })
      .toContain("Tokajew trifft Xi in Tianjin");
    expect(await slow.getByLabel("Suchbegriff").inputValue()).toBe("Tokayev");
    expect(slow.url()).toContain("q=Tokayev");
    await slow.close();
    expect(problems).toEqual([]);
  });

  it("browses by filter without a search term, newest first", async () => {
    const page = await open("/en/search/?person=tokayev&language=en");
    await expect
      .poll(() => page.locator("#search-status").textContent(), { timeout: 30_000 })
      .toMatch(/^\d+ results$/);
    const titles = await page.locator("#search-results h2").allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    expect(await page.locator('input[name="person"][value="tokayev"]').isChecked()).toBe(true);
    expect(titles).toContain("Tokayev meets Xi in Tianjin");
    await page.close();
    expect(problems).toEqual([]);
  });

  it("browses a summit without a query newest first across both languages, English results marked", async () => {
    const page = await open("/de/suche/?summit=sco-2025-tianjin");
    await expect
      .poll(() => page.locator("#search-status").textContent(), { timeout: 30_000 })
      .toMatch(/^\d+ Treffer$/);
    const api = JSON.parse(readFileSync(join(b.site, "api", "articles.json"), "utf8")) as {
      articles: { title: string; date: string; summit?: string; lang: string }[];
    };
    // The API lists articles newest first (ties by slug, then language), as search must.
    const expected = api.articles.filter((a) => a.summit === "sco-2025-tianjin").map((a) => a.title);
    expect(await page.locator("#search-results h2").allTextContents()).toEqual(expected);
    const english = api.articles.filter((a) => a.summit === "sco-2025-tianjin" && a.lang === "en").length;
    expect(await page.locator("#search-results .result-lang").count()).toBe(english);
    expect(await page.locator("#search-results .result-lang").first().textContent()).toBe("Auf Englisch");
    // The byline is not part of what the search indexed: James Whitfield wrote four of these articles.
    await page.getByLabel("Suchbegriff").fill("Whitfield");
    await page.getByRole("button", { name: "Suchen" }).click();
    await expect
      .poll(() => page.locator("#search-status").textContent(), { timeout: 30_000 })
      .toMatch(/Keine Treffer/);
    await page.close();
    expect(problems).toEqual([]);
  });

  it("the language switch of a page without a counterpart says so", async () => {
    // An entity with a German page and no English one, and one with both, from the site's own API.
    const api = JSON.parse(readFileSync(join(b.site, "api", "entities.json"), "utf8")) as {
      entities: { urls: { de?: string; en?: string } }[];
    };
    const only = api.entities.find((e) => e.urls.de && !e.urls.en);
    expect(only).toBeDefined();
    const page = await open(only?.urls.de ?? "/");
    expect(await page.locator(".lang-note").textContent()).toContain("Diese Seite gibt es nur auf Deutsch.");
    expect(await page.getByRole("banner").getByRole("link", { name: "English" }).getAttribute("href")).toBe(
      "/en/",
    );
    const both = api.entities.find((e) => e.urls.de && e.urls.en);
    const other = await open(both?.urls.de ?? "/");
    expect(await other.getByRole("banner").getByRole("link", { name: "English" }).getAttribute("href")).toBe(
      both?.urls.en,
    );
    await page.close();
    await other.close();
    expect(problems).toEqual([]);
  });
});
