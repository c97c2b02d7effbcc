/**
 * The whole sample site as readers and machines get it: two builds are byte-identical, every HTML file passes
 * html-validate (.htmlvalidate.json), every internal link and fragment resolves, every feed is valid.
 */
import { rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { atomProblems, jsonFeedProblems } from "./feedCheck.ts";
import { brokenLinks } from "./links.ts";
import { buildSample, listFiles, read as READ, ROOT } from "./siteFiles.ts";

describe("the built sample site", () => {
  let a: string;
  let b: string;
  let files: string[];
  const read = (rel: string) => READ(a, rel);

  beforeAll(async () => {
    a = await buildSample();
    b = await buildSample();
    files = listFiles(a);
  });
  afterAll(() => {
    for (const dir of [a, b]) if (dir) rmSync(dirname(dir), { recursive: true, force: true });
  });

  it("is byte-identical across two builds", () => {
    expect(listFiles(b)).toEqual(files);
    const differing = files.filter((f) => READ(a, f) !== READ(b, f));
    expect(differing).toEqual([]);
  });

  it("has feeds, sitemaps, robots.txt, search pages and the Pagefind bundle", () => {
    for (const f of [
      "de/feed.xml",
      "en/feed.json",
      "de/laender/kz/feed.xml",
      "en/countries/kz/feed.json",
      "en/summits/sco-2025-tianjin/feed.xml",
      "de/personen/tokayev/feed.json",
      "de/organisationen/sco/feed.xml",
      "sitemap.xml",
      "news-sitemap.xml",
      "robots.txt",
      "de/suche/index.html",
      "en/search/index.html",
      "assets/search.js",
      "pagefind/de-00/pagefind.js",
      "pagefind/en-00/pagefind-entry.json",
    ]) {
      expect(files, f).toContain(f);
    }
  });

  it("passes html-validate on every HTML file", async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const f of files.filter((x) => x.endsWith(".html"))) {
      const report = await validator.validateString(read(f), join(ROOT, f));
      for (const r of report.results)
        for (const m of r.messages) problems.push(`${f}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
    expect(problems).toEqual([]);
  });

  it("resolves every internal link and fragment", () => {
    const pages = files.filter((f) => f.endsWith(".html"));
    expect(brokenLinks(a, pages, read)).toEqual([]);
  });

  it("writes valid feeds for every edition and entity page", () => {
    const feeds = files.filter((f) => /(^|\/)feed\.(xml|json)$/.test(f) && !f.startsWith("pagefind/"));
    expect(feeds.length).toBeGreaterThan(20);
    const problems = feeds.flatMap((f) =>
      (f.endsWith(".xml") ? atomProblems(read(f)) : jsonFeedProblems(read(f))).map((p) => `${f}: ${p}`),
    );
    expect(problems).toEqual([]);
  });

  it("indexes articles only, in shard bundles per language that the search page lists", () => {
    const articles = (lang: string) =>
      files.filter((f) => new RegExp(`^${lang}/\\d{4}/[^/]*[a-z][^/]*/index\\.html$`).test(f)).length;
    for (const lang of ["de", "en"]) {
      const shards = files
        .filter((f) => new RegExp(`^pagefind/${lang}-\\d{2}/pagefind-entry\\.json$`).test(f))
        .map((f) => f.split("/")[1] as string);
      expect(shards.length).toBeGreaterThan(0);
      let pages = 0;
      for (const shard of shards) {
        const entry = JSON.parse(read(`pagefind/${shard}/pagefind-entry.json`)) as {
          languages: Record<string, { page_count: number }>;
        };
        expect(Object.keys(entry.languages)).toEqual([lang]);
        pages += entry.languages[lang]?.page_count ?? 0;
      }
      expect(pages).toBe(articles(lang));
      // The search form names exactly these bundles (/assets/search.js loads them from there).
      const form = read(lang === "de" ? "de/suche/index.html" : "en/search/index.html");
      expect(form).toContain(`data-shards-${lang}="${shards.sort().join(" ")}"`);
    }
  });

  it("links every page's feeds in <head> and visibly, and search from the navigation", () => {
    const kz = read("de/laender/kz/index.html");
    expect(kz).toContain(
      '<link rel="alternate" type="application/atom+xml" title="Kasachstan – Gipfeldienst (Atom)" href="/de/laender/kz/feed.xml">',
    );
    expect(kz).toContain('<a href="/de/laender/kz/feed.json" type="application/feed+json">JSON Feed</a>');
    for (const f of files.filter((x) => x.endsWith(".html") && x !== "404.html")) {
      expect(read(f), f).toMatch(
        /<li><a class="tool-search" href="\/(de\/suche|en\/search)\/">(Suche|Search)<\/a><\/li>/,
      );
      expect(read(f), f).toContain('type="application/atom+xml"');
    }
  });
});
