import { describe, expect, it } from "vitest";
import { kickerOf, rankTopics, splitChips } from "../../src/topics/index.ts";
import { ARTICLES, article, buildModel } from "../site/fixture.ts";

describe("topics of an article", () => {
  const model = buildModel();
  const all = () => true;

  it("ranks front-matter entities first, then by title, summary and mentions; passing mentions last", () => {
    const a = model.articles.get("de/tokajew-trifft-xi");
    if (!a) throw new Error("fixture");
    const ranked = rankTopics(a, all);
    const levels = ranked.map((e) => e.salience.level);
    expect(levels.indexOf("passing") === -1 || levels.lastIndexOf("main") < levels.indexOf("passing")).toBe(
      true,
    );
    // Both people are in the title ("Tokajew trifft Xi"); the countries only in the summary; the summit in neither.
    expect(ranked.slice(0, 2).map((e) => e.key)).toEqual(["person:tokayev", "person:xi-jinping"]);
    expect(ranked.findIndex((e) => e.key === "country:KZ")).toBeLessThan(
      ranked.findIndex((e) => e.key === "summit:sco-2025-tianjin"),
    );
  });

  it("shows at most five main topics; the rest go behind 'more'", () => {
    const many = article(
      "viele.md",
      {
        title: '"Viele Länder"',
        date: "2025-06-01",
        lang: "de",
        countries: "[KZ, CN, RU, DE, FR, IT, ES]",
      },
      "Text.",
    );
    const m = buildModel([...ARTICLES, many]);
    const a = m.articles.get("de/viele");
    if (!a) throw new Error("fixture");
    const { shown, more } = splitChips(rankTopics(a, all));
    expect(shown).toHaveLength(5);
    expect(more.length).toBeGreaterThanOrEqual(2);
    expect(new Set([...shown, ...more].map((e) => e.key)).size).toBe(shown.length + more.length);
  });

  it("the kicker is the summit ('SOZ-Gipfel Tianjin', 'SCO summit Tianjin'), else the main topic", () => {
    const de = model.articles.get("de/tokajew-trifft-xi");
    const en = model.articles.get("en/tokayev-meets-xi");
    const plain = model.articles.get("de/kasachstan-wahl");
    if (!de || !en || !plain) throw new Error("fixture");
    expect(kickerOf(de, model.registry, all)).toBe("SOZ-Gipfel Tianjin");
    expect(kickerOf(en, model.registry, all)).toBe("SCO summit Tianjin");
    expect(kickerOf(plain, model.registry, all)).toBe("Kasachstan");
  });
});
