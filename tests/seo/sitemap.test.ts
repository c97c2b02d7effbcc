/**
 * Sitemaps above the protocol's limits: split into numbered parts under a sitemap index, every URL exactly once.
 * The split is tested at a small limit (a build with one: sitemap-build.test.ts).
 */
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import {
  newestLastmod,
  renderSitemap,
  renderSitemapIndex,
  renderUrlset,
  SITEMAP_LIMITS,
  type SitemapEntry,
  sitemapEntries,
  sitemapPages,
  sitemapPartUrl,
  splitSitemap,
  withSitemaps,
} from "../../src/seo/index.ts";
import { buildModel } from "../site/fixture.ts";

const BASE = "https://example.org/news";

/** n entries for /a/1/ … /a/n/, the k-th changed on day k of 2025. */
function entries(n: number): SitemapEntry[] {
  return Array.from({ length: n }, (_, i) => {
    const iso = new Date(Date.UTC(2025, 0, i + 1)).toISOString().replace(".000Z", "+00:00");
    return {
      xml: `<url><loc>${BASE}/a/${i + 1}/</loc><lastmod>${iso}</lastmod></url>`,
      modified: { millis: Date.UTC(2025, 0, i + 1), iso },
    };
  });
}

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);

/** The files a split gives: the index (or the one sitemap) first, then each part. */
function files(all: readonly SitemapEntry[], limit: number): { url: string; xml: string }[] {
  const parts = splitSitemap(all, { ...SITEMAP_LIMITS, urls: limit });
  if (parts.length === 1) return [{ url: "/sitemap.xml", xml: renderUrlset(all) }];
  const urls = parts.map((_, i) => sitemapPartUrl(i + 1));
  return [
    {
      url: "/sitemap.xml",
      xml: renderSitemapIndex(
        BASE,
        parts.map((p, i) => {
          const lastmod = newestLastmod(all.slice(p.from, p.to));
          return { url: urls[i] ?? "", ...(lastmod ? { lastmod } : {}) };
        }),
      ),
    },
    ...parts.map((p, i) => ({ url: urls[i] ?? "", xml: renderUrlset(all.slice(p.from, p.to)) })),
  ];
}

describe("splitting a sitemap", () => {
  it("keeps one file at exactly the limit", () => {
    expect(splitSitemap(entries(3), { ...SITEMAP_LIMITS, urls: 3 })).toEqual([{ from: 0, to: 3 }]);
    expect(newestLastmod(entries(3))).toBe("2025-01-03T00:00:00+00:00");
    expect(files(entries(3), 3).map((f) => f.url)).toEqual(["/sitemap.xml"]);
  });

  it("one URL over the limit makes an index of two parts listing every URL exactly once", () => {
    const all = entries(4);
    const out = files(all, 3);
    expect(out.map((f) => f.url)).toEqual(["/sitemap.xml", "/sitemap-1.xml", "/sitemap-2.xml"]);
    const [index, ...parts] = out;
    expect(index?.xml).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    // Absolute part URLs under the site's path, each with the newest change among its URLs.
    expect(locs(index?.xml ?? "")).toEqual([
      "https://example.org/news/sitemap-1.xml",
      "https://example.org/news/sitemap-2.xml",
    ]);
    expect(index?.xml).toContain(
      "<sitemap><loc>https://example.org/news/sitemap-1.xml</loc><lastmod>2025-01-03T00:00:00+00:00</lastmod></sitemap>",
    );
    expect(parts.map((p) => locs(p.xml).length)).toEqual([3, 1]);
    expect(parts.flatMap((p) => locs(p.xml))).toEqual(all.map((e) => locs(e.xml)[0]));
    for (const f of out) expect(XMLValidator.validate(f.xml), f.url).toBe(true);
  });

  it("never puts more than the limit in a part, and the same entries always split the same way", () => {
    const all = entries(23);
    const parts = splitSitemap(all, { ...SITEMAP_LIMITS, urls: 5 });
    expect(parts.map((p) => p.to - p.from)).toEqual([5, 5, 5, 5, 3]);
    expect(splitSitemap(entries(23), { ...SITEMAP_LIMITS, urls: 5 })).toEqual(parts);
  });

  it("splits by bytes too: no file over the byte limit", () => {
    const all = entries(10);
    const oneFile = Buffer.byteLength(renderUrlset(all));
    const limit = Math.floor(oneFile / 3);
    const parts = splitSitemap(all, { urls: 50_000, bytes: limit });
    expect(parts.length).toBeGreaterThan(2);
    for (const p of parts)
      expect(Buffer.byteLength(renderUrlset(all.slice(p.from, p.to)))).toBeLessThanOrEqual(limit);
    expect(parts.map((p) => p.to - p.from).reduce((a, b) => a + b)).toBe(10);
  });

  it("an empty site still has one valid sitemap", () => {
    expect(splitSitemap([])).toEqual([{ from: 0, to: 0 }]);
    expect(XMLValidator.validate(renderUrlset([]))).toBe(true);
  });
});

describe("the sitemap pages of a site", () => {
  const model = buildModel();
  const whole = renderSitemap(model);
  const count = locs(whole).length;

  it("a site within the limits keeps one /sitemap.xml, as before", () => {
    expect(sitemapPages(model)).toEqual([{ kind: "sitemap", url: "/sitemap.xml" }]);
    expect(model.pages.filter((p) => p.kind === "sitemap")).toEqual([
      { kind: "sitemap", url: "/sitemap.xml" },
    ]);
    expect(sitemapEntries(model)).toHaveLength(count);
  });
  it("when the bytes decide, the entries are measured: no part over the byte limit, every URL once", () => {
    const bytes = Math.floor(Buffer.byteLength(whole) / 3);
    const split = withSitemaps(model, { urls: SITEMAP_LIMITS.urls, bytes });
    const sitemaps = split.pages.filter((p) => p.kind === "sitemap");
    expect(sitemaps.length).toBeGreaterThan(3);
    const [index, ...parts] = sitemaps;
    expect(index?.url).toBe("/sitemap.xml");
    const xmls = parts.map((p) => renderSitemap(split, p));
    for (const xml of xmls) expect(Buffer.byteLength(xml)).toBeLessThanOrEqual(bytes);
    expect(xmls.flatMap(locs)).toEqual(locs(whole));
    expect(locs(renderSitemap(split, index))).toEqual(parts.map((p) => `https://news.example.org${p.url}`));
  });
});
