/**
 * Pictures in the built sample site as a browser and a link preview see them: every <img> has width, height
 * and alt; the lead image loads first and the others lazily; every picture URL of pages, previews, structured
 * data and feeds is a file of the site; nothing points at the unprocessed originals.
 */
import { existsSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { imageSize } from "image-size";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSample, listFiles, read } from "./siteFiles.ts";

const BASE = "https://summitdesk.example.org";

let site: string;
let files: string[];
let pages: [string, string][];

beforeAll(async () => {
  site = await buildSample();
  files = listFiles(site);
  pages = files.filter((f) => f.endsWith(".html")).map((f) => [f, read(site, f)]);
}, 180_000);
afterAll(() => {
  if (site) rmSync(dirname(site), { recursive: true, force: true });
});

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const exists = (url: string) => {
  const path = url.startsWith(BASE) ? url.slice(BASE.length) : url;
  return path.startsWith("/") && existsSync(join(site, decodeURIComponent(path)));
};

describe("pictures in the built sample site", () => {
  it("gives every <img> a width, a height and a text alternative", () => {
    const problems: string[] = [];
    let count = 0;
    for (const [file, html] of pages) {
      for (const [tag] of html.matchAll(/<img\b[^>]*>/g)) {
        count++;
        if (!attr(tag, "width") || !attr(tag, "height") || !attr(tag, "alt")?.trim())
          problems.push(`${file}: ${tag}`);
      }
    }
    expect(problems).toEqual([]);
    expect(count).toBeGreaterThanOrEqual(7);
  });

  it("loads the lead image first (eager, fetchpriority=high) and every other picture lazily", () => {
    const articles = pages.filter(([, html]) => html.includes('class="picture lead-image"'));
    expect(articles.length).toBeGreaterThanOrEqual(6);
    for (const [file, html] of articles) {
      const imgs = [...html.matchAll(/<img\b[^>]*>/g)].map((m) => m[0]);
      const [leadImg, ...rest] = imgs;
      expect(attr(leadImg ?? "", "fetchpriority"), file).toBe("high");
      expect(attr(leadImg ?? "", "loading"), file).toBeUndefined();
      for (const img of rest) expect(attr(img, "loading"), file).toBe("lazy");
    }
    const explainer = read(site, "en/2025/sco-explained-from-shanghai-five-to-ten-members/index.html");
    expect(explainer).toMatch(
      /<figure class="picture"><picture><source type="image\/avif"[^>]*>.*loading="lazy"/,
    );
    expect(explainer).toContain(
      '<figcaption>Member states by year of accession; 1996 shows the Shanghai Five. <span class="credit">Illustration: summitdesk</span></figcaption>',
    );
  });

  it("serves every src and srcset entry as a file of the site, in AVIF, WebP and a fallback", () => {
    const missing: string[] = [];
    const formats = new Set<string>();
    for (const [file, html] of pages) {
      for (const [, list] of html.matchAll(/\ssrcset="([^"]*)"/g)) {
        for (const entry of (list ?? "").split(",")) {
          const url = entry.trim().split(/\s+/)[0] ?? "";
          formats.add(url.slice(url.lastIndexOf(".") + 1));
          if (!exists(url)) missing.push(`${file}: ${url}`);
        }
      }
      for (const [, src] of html.matchAll(/<img\b[^>]*\ssrc="([^"]*)"/g))
        if (!exists(src ?? "")) missing.push(`${file}: ${src}`);
    }
    expect(missing).toEqual([]);
    expect([...formats].sort()).toEqual(["avif", "jpg", "png", "webp"]);
  });

  it("points Open Graph, Twitter, JSON-LD and feeds at pictures and cards that exist", () => {
    const urls = new Map<string, string>();
    for (const [file, html] of pages) {
      for (const [, name, url] of html.matchAll(
        /<meta (?:property|name)="((?:og|twitter):image)" content="([^"]*)"/g,
      )) {
        urls.set(`${file} ${name}`, url ?? "");
      }
      for (const [, json] of html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)) {
        const node = JSON.parse(json ?? "{}") as { image?: string[] };
        for (const [i, url] of (node.image ?? []).entries()) urls.set(`${file} ld ${i}`, url);
      }
    }
    for (const feed of files.filter((f) => /feed\.(xml|json)$/.test(f))) {
      const text = read(site, feed);
      for (const [, url] of text.matchAll(/(?:url|href)="([^"]*\/img\/[^"]*)"/g))
        urls.set(`${feed} ${url}`, url ?? "");
      for (const [, url] of text.matchAll(/"image": "([^"]*)"/g)) urls.set(`${feed} ${url}`, url ?? "");
    }
    const broken = [...urls].filter(([, url]) => !url.startsWith(`${BASE}/img/`) || !exists(url));
    expect(broken).toEqual([]);
    // Every HTML page has a preview picture: its own, its card or its edition's card.
    const withImage = new Set(
      [...urls.keys()].filter((k) => k.includes("og:image")).map((k) => k.split(" ")[0]),
    );
    expect(pages.map(([f]) => f).filter((f) => !withImage.has(f))).toEqual([]);
  });

  it("gives the articles with a lead image three crops in JSON-LD, 16:9, 4:3 and 1:1", () => {
    const html = read(site, "de/2025/nato-gipfel-einigt-sich-auf-fuenf-prozent/index.html");
    const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)?.[1] ?? "{}") as {
      image: string[];
    };
    const sizes = ld.image.map((url) => {
      const size = imageSize(readFileSync(join(site, url.slice(BASE.length))));
      return `${size.width}x${size.height} ${size.type}`;
    });
    expect(sizes).toEqual(["1200x675 png", "1200x900 png", "900x900 png"]);
    expect(html).toContain('<meta property="og:image:width" content="1200">');
  });

  it("never links the unprocessed originals, and ships the icons", () => {
    const text = files.filter((f) => /\.(html|xml|json)$/.test(f) && !f.startsWith("pagefind/"));
    expect(text.filter((f) => read(site, f).includes("/images/"))).toEqual([]);
    for (const icon of ["favicon.svg", "favicon.ico", "apple-touch-icon.png"]) expect(files).toContain(icon);
    expect(read(site, "index.html")).toContain('<link rel="apple-touch-icon" href="/apple-touch-icon.png">');
  });
});
