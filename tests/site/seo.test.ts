import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { editionFeed, renderJsonFeed } from "../../src/feeds/index.ts";
import {
  entityLd,
  newsArticleLd,
  newsArticles,
  renderNewsSitemap,
  renderRobots,
  renderSitemap,
} from "../../src/seo/index.ts";
import { buildModel, article as fixtureArticle } from "./fixture.ts";

describe("structured data", () => {
  const model = buildModel();
  const article = (id: string) => {
    const a = model.articles.get(id);
    if (!a) throw new Error(id);
    return a;
  };

  it("NewsArticle: headline, dates with offsets, every author, language, about with pages and Wikidata", () => {
    const ld = newsArticleLd(model, article("de/tokajew-trifft-xi"), "/en/2025/tokayev-meets-xi/");
    expect(ld).toMatchObject({
      "@type": "NewsArticle",
      headline: "Tokajew trifft Xi",
      inLanguage: "de",
      datePublished: "2025-08-31T09:30:00+02:00",
      dateModified: "2025-08-31T09:30:00+02:00",
      author: [
        { "@type": "Person", name: "Anna Becker" },
        { "@type": "Person", name: "Timur Sadykov" },
      ],
      workTranslation: { url: "https://news.example.org/en/2025/tokayev-meets-xi/" },
    });
    const about = ld.about as Record<string, unknown>[];
    expect(about).toContainEqual({
      "@type": "Person",
      "@id": "https://news.example.org/de/personen/tokayev/#entity",
      url: "https://news.example.org/de/personen/tokayev/",
      name: "Kassym-Schomart Tokajew",
      sameAs: "https://www.wikidata.org/wiki/Q1361950",
    });
    expect(about.map((a) => a["@type"])).toContain("Event");
  });

  it("an article without authors names the publisher; dateModified follows `updated`", () => {
    const ld = newsArticleLd(model, article("de/kasachstan-wahl"));
    expect(ld.author).toEqual([
      { "@type": "Organization", name: "Gipfeldienst", url: "https://news.example.org/" },
    ]);
    expect(ld.dateModified).toBe("2025-06-02T08:00:00+02:00");
  });

  it("a correction is listed as CorrectionComment and moves dateModified", () => {
    const corrected = buildModel([
      fixtureArticle("korrigiert.md", {
        title: "Korrigiert",
        date: "2025-09-01 10:00",
        lang: "de",
        corrections: '[{ date: "2025-09-02 09:15", text: "Der Gipfel endete am 1. September." }]',
      }),
    ]);
    const a = corrected.articles.get("de/korrigiert");
    if (!a) throw new Error("missing article");
    const ld = newsArticleLd(corrected, a);
    expect(ld.dateModified).toBe("2025-09-02T09:15:00+02:00");
    expect(ld.correction).toEqual([
      {
        "@type": "CorrectionComment",
        text: "Der Gipfel endete am 1. September.",
        datePublished: "2025-09-02T09:15:00+02:00",
      },
    ]);
    const feed = renderJsonFeed(editionFeed(corrected, "de"));
    expect(feed).toContain("Korrekturen");
    expect(feed).toContain("Der Gipfel endete am 1. September.");
    expect(feed).toContain('"date_modified": "2025-09-02T09:15:00+02:00"');
  });

  it("Event for a summit, Person with nationality, Country with its code", () => {
    const summit = model.registry.summits.get("sco-2025-tianjin");
    const person = model.registry.people.get("tokayev");
    const kz = model.registry.countries.get("KZ");
    if (!summit || !person || !kz) throw new Error("fixture");
    expect(entityLd(model, "en", summit)).toMatchObject({
      "@type": "Event",
      name: "SCO Summit 2025 in Tianjin",
      startDate: "2025-08-31",
      endDate: "2025-09-01",
      location: { "@type": "Place", address: { addressCountry: "CN", addressLocality: "Tianjin" } },
      organizer: { "@type": "Organization", name: "Shanghai Cooperation Organisation" },
    });
    expect(entityLd(model, "de", person)).toMatchObject({
      "@type": "Person",
      "@id": "https://news.example.org/de/personen/tokayev/#entity",
      nationality: { "@type": "Country", url: "https://news.example.org/de/laender/kz/" },
    });
    expect(entityLd(model, "de", kz)).toMatchObject({ "@type": "Country", identifier: "KZ" });
  });
});

describe("sitemaps and robots.txt", () => {
  const model = buildModel();

  it("sitemap.xml is well-formed, lists pages with lastmod and hreflang alternates, no feeds or 404", () => {
    const xml = renderSitemap(model);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain(
      '<url><loc>https://news.example.org/de/2025/tokajew-trifft-xi/</loc><lastmod>2025-08-31T09:30:00+02:00</lastmod><xhtml:link rel="alternate" hreflang="de" href="https://news.example.org/de/2025/tokajew-trifft-xi/"/><xhtml:link rel="alternate" hreflang="en" href="https://news.example.org/en/2025/tokayev-meets-xi/"/></url>',
    );
    expect(xml).toContain("<loc>https://news.example.org/de/laender/kz/2/</loc>");
    expect(xml).not.toMatch(/feed\.xml|404|suche/);
  });

  it("the news sitemap holds the two days before the build's time", () => {
    const recent = buildModel(undefined, { now: Date.parse("2025-09-01T10:00:00Z") });
    expect(recent.referenceTime).toBe(Date.parse("2025-09-01T10:00:00Z"));
    expect(newsArticles(recent.index.articles, recent.referenceTime).map((a) => a.slug)).toEqual([
      "putin-und-xi",
      "tokayev-meets-xi",
      "tokajew-trifft-xi",
    ]);
    const xml = renderNewsSitemap(recent);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain(
      "<news:publication><news:name>Gipfeldienst</news:name><news:language>de</news:language></news:publication><news:publication_date>2025-09-01T12:00:00+02:00</news:publication_date><news:title>Putin und Xi</news:title>",
    );
  });

  it("a later build time moves the window; articles older than two days drop out, and a year later none is left", () => {
    const pinned = buildModel(undefined, { now: Date.parse("2025-09-02T11:00:00Z") });
    expect(pinned.referenceTime).toBe(Date.parse("2025-09-02T11:00:00Z"));
    expect(newsArticles(pinned.index.articles, pinned.referenceTime).map((a) => a.slug)).toEqual([
      "putin-und-xi",
    ]);
    expect(newsArticles(model.index.articles, model.referenceTime)).toEqual([]);
    expect(renderNewsSitemap(model)).not.toContain("<url>");
  });

  it("robots.txt announces both sitemaps", () => {
    expect(renderRobots(model)).toBe(
      "User-agent: *\nAllow: /\n\nSitemap: https://news.example.org/sitemap.xml\nSitemap: https://news.example.org/news-sitemap.xml\n",
    );
  });
});
