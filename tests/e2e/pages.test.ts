/**
 * Every page type of the site in Debian's Chromium: axe-core (WCAG 2.2 AA) light and dark; every <img> sized and
 * described, the lead picture not lazy; screenshots of each page type at phone and desktop width, and of the
 * front page, an article with a picture, a summit and a country page in the dark theme too, into
 * artifacts/screenshots/ (CI keeps them as an artefact). Nothing here depends on timing, so these run beside the
 * other files' builds rather than after them (vitest.config.ts).
 * Skips (saying why) when /usr/bin/chromium is missing; CI installs it.
 */
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import { describe, expect, it } from "vitest";
import { ROOT } from "../site/siteFiles.ts";
import { articleWithPicture, browseSample, HAVE_CHROMIUM, inChromium, PAGE_TYPES } from "./browse.ts";

const SHOTS = join(ROOT, "artifacts", "screenshots");
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

describe.skipIf(!HAVE_CHROMIUM)(inChromium("every page type"), () => {
  const b = browseSample();
  const { problems } = b;
  const open = b.open;

  it("every image has a width, a height and a text alternative; the lead picture is not lazy", async () => {
    const found: string[] = [];
    for (const path of [...Object.values(PAGE_TYPES), articleWithPicture(b.site)]) {
      const page = await open(path);
      const images = await page.locator("img").evaluateAll((imgs) =>
        imgs.map((img) => ({
          src: img.getAttribute("src"),
          width: img.getAttribute("width"),
          height: img.getAttribute("height"),
          alt: img.getAttribute("alt"),
          loading: img.getAttribute("loading"),
          lead: Boolean(img.closest(".lead-figure, .story-lead")),
        })),
      );
      for (const img of images) {
        if (!img.width || !img.height || !img.alt?.trim())
          found.push(`${path}: ${img.src} lacks width, height or alt`);
        if (img.lead && img.loading === "lazy") found.push(`${path}: lead picture ${img.src} is lazy`);
      }
      await page.close();
    }
    expect(found).toEqual([]);
  });

  it("has no axe WCAG 2.2 AA violations on any page type, light or dark", async () => {
    // Light and dark side by side, each in a renderer of its own: 66 s against 82 s one after the other.
    const found = await Promise.all(
      (["light", "dark"] as const).map(async (scheme) => {
        const out: string[] = [];
        const ctx = await b.browser.newContext({
          viewport: { width: 1280, height: 900 },
          colorScheme: scheme,
        });
        for (const [type, path] of Object.entries(PAGE_TYPES)) {
          const page = await open(path, ctx);
          if (type.startsWith("search"))
            await page.locator("#search-status").filter({ hasText: /\d/ }).waitFor();
          // Legacy mode runs axe in the page itself; the default also opens a blank page per analysis to merge
          // the results of frames, which the site's pages cannot have (CSP frame-src 'none'): 37 s -> 23 s for
          // the 16 page types, same findings.
          const result = await new AxeBuilder({ page }).withTags(WCAG).setLegacyMode(true).analyze();
          for (const v of result.violations) {
            out.push(
              `${scheme} ${type}: ${v.id} (${v.nodes.length}) ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
            );
          }
          await page.close();
        }
        await ctx.close();
        return out;
      }),
    );
    expect(found.flat()).toEqual([]);
    expect(problems).toEqual([]);
  }, 300_000);

  it("saves screenshots of each page type at 390 px and 1280 px, the main ones light and dark", async () => {
    rmSync(SHOTS, { recursive: true, force: true });
    mkdirSync(SHOTS, { recursive: true });
    const main = new Set(["front", "article-picture", "summit", "country"]);
    const pages: [string, string][] = [
      ...Object.entries(PAGE_TYPES),
      ["article-picture", articleWithPicture(b.site)],
    ];
    for (const [scheme, width] of [
      ["light", 390],
      ["light", 1280],
      ["dark", 390],
      ["dark", 1280],
    ] as const) {
      const ctx = await b.browser.newContext({
        viewport: { width, height: 900 },
        deviceScaleFactor: 1,
        colorScheme: scheme,
      });
      for (const [type, path] of pages) {
        if (scheme === "dark" && !main.has(type)) continue;
        const page = await open(path, ctx);
        if (type.startsWith("search"))
          await page.locator("#search-status").filter({ hasText: /\d/ }).waitFor();
        // Nothing may be wider than the viewport (no horizontal scrolling on phones).
        const overflow = Number(
          await page.evaluate("document.documentElement.scrollWidth - window.innerWidth"),
        );
        expect(overflow, `${type} at ${width}px overflows`).toBeLessThanOrEqual(0);
        await page.screenshot({ path: join(SHOTS, `${type}-${width}-${scheme}.png`), fullPage: true });
        await page.close();
      }
      await ctx.close();
    }
    expect(problems).toEqual([]);
  }, 300_000);
});
