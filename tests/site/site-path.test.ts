/**
 * A site served under a path (`url: https://example.org/news/`): every link, asset, script, form target, feed,
 * sitemap and API URL carries the path, and search finds its Pagefind bundle and links results under it.
 */
import { existsSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM, launchChromium } from "../../scripts/chromium.ts";
import { serve } from "../e2e/serve.ts";
import { article, REGISTRY } from "../helpers/project.ts";
import { build, hashTree, project, removeSharedProjects } from "../hostile/helpers.ts";

const BODY_DE = `Kasachstans Präsident Tokajew traf Xi Jinping in Tianjin.

![Delegationen](/images/tianjin.jpg "Delegationen in Tianjin | Foto: Redaktion")

Mehr dazu [im englischen Bericht](/en/2025/tokayev-in-tianjin/) und auf [der Website](https://example.com/).`;

let out: string;
let files: string[];

beforeAll(async () => {
  const { default: sharp } = await import("sharp");
  const jpeg = await sharp({ create: { width: 1600, height: 900, channels: 3, background: "#336699" } })
    .jpeg()
    .toBuffer();
  const root = project({
    "content/images/tianjin.jpg": jpeg,
    ...REGISTRY,
    "content/site.yaml": "url: https://example.org/news/\ndefaultLang: de\n",
    "content/articles/2025/tokajew-in-tianjin.md": article(
      "title: Tokajew in Tianjin\ndate: 2025-08-31 10:00\nlang: de\ntranslation: tianjin\nsummit: sco-2025-tianjin\nimage: { src: /images/tianjin.jpg, alt: Delegationen, credit: 'Foto: Redaktion' }",
      BODY_DE,
    ),
    "content/articles/2025/tokayev-in-tianjin.md": article(
      "title: Tokayev in Tianjin\ndate: 2025-08-31 11:00\nlang: en\ntranslation: tianjin",
      "Kazakhstan's President Tokayev met Xi Jinping in Tianjin. [German](/de/2025/tokajew-in-tianjin/)",
    ),
  });
  out = (await build(root)).out;
  files = [...hashTree(out).keys()];
}, 180_000);

afterAll(() => removeSharedProjects());

/** Where a URL points, if it points into this site: the path below /news/, else undefined (external). */
function insideSite(url: string): string | undefined {
  if (url.startsWith("https://example.org/news/")) return url.slice("https://example.org/news".length);
  if (url.startsWith("/") && !url.startsWith("//")) return url;
  return undefined;
}

/** The output file a path below /news/ is served from. */
function served(path: string): boolean {
  const abs = join(out, decodeURIComponent(path.split(/[?#]/)[0] ?? ""));
  return (existsSync(abs) && statSync(abs).isFile()) || existsSync(join(abs, "index.html"));
}

const decode = (v: string) =>
  v
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

describe("a site under https://example.org/news/", () => {
  it("prefixes every link, asset, script and form target of every page with /news/, and each one resolves", () => {
    const bad: string[] = [];
    const html = files.filter((f) => f.endsWith(".html"));
    expect(html.length).toBeGreaterThan(10);
    for (const page of html) {
      const text = readFileSync(join(out, page), "utf8");
      const attributes: [string, string][] = [...text.matchAll(/\s(href|src|action)="([^"]*)"/g)].map((m) => [
        m[1] ?? "",
        m[2] ?? "",
      ]);
      // Every candidate of a srcset counts too: processed pictures are listed there.
      for (const m of text.matchAll(/\ssrcset="([^"]*)"/g))
        for (const candidate of (m[1] ?? "").split(","))
          attributes.push(["srcset", candidate.trim().split(" ")[0] ?? ""]);
      for (const [attr, value] of attributes) {
        const url = decode(value);
        if (url.startsWith("#") || (/^(https?:|mailto:)/.test(url) && !url.startsWith("https://example.org")))
          continue;
        const path = url.startsWith("/news/") ? url.slice("/news".length) : insideSite(url);
        if (!url.startsWith("/news/") && !url.startsWith("https://example.org/news/"))
          bad.push(`${page}: ${attr}="${url}" is outside /news/`);
        else if (path && !served(path)) bad.push(`${page}: ${url} is not in the output`);
      }
    }
    expect(bad).toEqual([]);
  });

  it("writes absolute URLs under /news/ in feeds, sitemaps, robots.txt and JSON-LD, and /news/ paths in the API", () => {
    const bad: string[] = [];
    const urlsIn = (text: string) => [
      ...[...text.matchAll(/https?:\/\/example\.org[^\s"<>)]*/g)].map((m) => m[0]),
      ...[...text.matchAll(/(?:href|src)=\\?"(\/[^"\\]*)/g)].map((m) => m[1] ?? ""),
    ];
    for (const file of files.filter((f) => /\.(xml|json|txt|html)$/.test(f) && !f.startsWith("pagefind/"))) {
      const text = readFileSync(join(out, file), "utf8");
      for (const url of urlsIn(text)) {
        if (!url.startsWith("https://example.org/news/") && !url.startsWith("/news/"))
          bad.push(`${file}: ${url}`);
      }
    }
    expect(bad).toEqual([]);
    const api = JSON.parse(readFileSync(join(out, "api/articles.json"), "utf8")) as {
      articles: { url: string }[];
    };
    expect(api.articles.map((a) => a.url).sort()).toEqual([
      "/news/de/2025/tokajew-in-tianjin/",
      "/news/en/2025/tokayev-in-tianjin/",
    ]);
    const feed = readFileSync(join(out, "de/feed.xml"), "utf8");
    // The feed's picture is the processed one, under the path, and it exists.
    const picture = /src=&quot;https:\/\/example\.org\/news(\/img\/[^&]*)&quot;/.exec(feed)?.[1];
    expect(picture).toBeDefined();
    expect(served(picture ?? "")).toBe(true);
  });

  it("finds the Pagefind bundle from the search script's own address", () => {
    const script = readFileSync(join(out, "assets/search.js"), "utf8");
    expect(script).not.toMatch(/["`]\/pagefind\//);
    expect(files).toContain("pagefind/de-00/pagefind.js");
  });

  it.skipIf(!existsSync(CHROMIUM))(
    "searches in Chromium under /news/ and links the results there",
    async () => {
      const server = await serve(out, undefined, "/news");
      const browser = await launchChromium();
      try {
        const page = await browser.newPage();
        const failed: string[] = [];
        page.on("requestfailed", (r) => failed.push(r.url()));
        page.on("response", (r) => {
          if (r.status() >= 400 && !r.url().endsWith("favicon.ico")) failed.push(`${r.status()} ${r.url()}`);
        });
        await page.goto(`${server.origin}/news/de/suche/?q=Tokajew`);
        await expect
          .poll(() => page.locator("#search-results a").first().getAttribute("href"), { timeout: 15_000 })
          .toBe("/news/de/2025/tokajew-in-tianjin/");
        expect(failed).toEqual([]);
      } finally {
        await browser.close();
        await server.close();
      }
    },
    60_000,
  );
});

// A stray output folder from a failed run must not survive the test process.
afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});
