/** A build above the sitemap limit (a small one, injected): /sitemap.xml is an index, the parts hold every URL once. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XMLValidator } from "fast-xml-parser";
import { afterAll, describe, expect, it } from "vitest";
import { writeSite } from "../../src/eleventy/index.ts";
import { renderSitemap, SITEMAP_LIMITS, withSitemaps } from "../../src/seo/index.ts";
import { buildModel } from "../site/fixture.ts";

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);

describe("the sitemaps of a built site", () => {
  const model = buildModel();
  const whole = renderSitemap(model);
  const count = locs(whole).length;
  const dir = mkdtempSync(join(tmpdir(), "summitdesk-sitemaps-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("a build above the limit writes an index at /sitemap.xml and parts holding every URL once", async () => {
    const limit = 7;
    const split = withSitemaps(model, { ...SITEMAP_LIMITS, urls: limit });
    const expected = Math.ceil(count / limit);
    expect(split.pages.filter((p) => p.kind === "sitemap").map((p) => p.url)).toEqual([
      "/sitemap.xml",
      ...Array.from({ length: expected }, (_, i) => `/sitemap-${i + 1}.xml`),
    ]);
    // Planning again changes nothing: the sitemap pages are replaced, not added to.
    expect(withSitemaps(split, { ...SITEMAP_LIMITS, urls: limit }).pages).toEqual(split.pages);

    const out = join(dir, "site");
    await writeSite(dir, out, split);
    const read = (name: string) => readFileSync(join(out, name), "utf8");
    const index = read("sitemap.xml");
    expect(index).toContain("<sitemapindex");
    const partFiles = readdirSync(out).filter((f) => /^sitemap-\d+\.xml$/.test(f));
    expect(partFiles).toHaveLength(expected);
    expect(locs(index)).toEqual(
      Array.from({ length: expected }, (_, i) => `https://news.example.org/sitemap-${i + 1}.xml`),
    );
    const listed = Array.from({ length: expected }, (_, i) => read(`sitemap-${i + 1}.xml`));
    // Each part's lastmod in the index is the newest among its URLs (RFC 3339 in the site zone, as the URLs have).
    const newest = (xml: string) =>
      [...xml.matchAll(/<lastmod>([^<]+)<\/lastmod>/g)]
        .map((m) => m[1] ?? "")
        .sort((a, b) => Date.parse(b) - Date.parse(a))[0];
    const indexed = [
      ...index.matchAll(/<sitemap><loc>[^<]+<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?<\/sitemap>/g),
    ];
    expect(indexed.map((m) => m[1])).toEqual(listed.map(newest));
    expect(indexed.every((m) => m[1] !== undefined)).toBe(true);
    for (const part of listed) {
      expect(XMLValidator.validate(part)).toBe(true);
      expect(locs(part).length).toBeLessThanOrEqual(limit);
    }
    // Every URL of the whole sitemap exactly once, in the same order, with the same lastmod and alternates.
    expect(listed.flatMap(locs)).toEqual(locs(whole));
    const urlLines = (xml: string) => xml.split("\n").filter((l) => l.startsWith("<url>"));
    expect(listed.flatMap(urlLines)).toEqual(urlLines(whole));
    // robots.txt keeps pointing at /sitemap.xml, now the index.
    expect(read("robots.txt")).toContain("Sitemap: https://news.example.org/sitemap.xml\n");
  });
});
