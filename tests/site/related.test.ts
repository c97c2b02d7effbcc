import { describe, expect, it } from "vitest";
import { nearestWindow, recencyBonus, relatedArticles, scoreRelated } from "../../src/related/index.ts";
import { ARTICLES, article, buildModel } from "./fixture.ts";

describe("related articles", () => {
  const model = buildModel([
    ...ARTICLES,
    article("xi-allein.md", {
      title: "Xi allein",
      date: "2025-08-31 11:00",
      lang: "de",
      people: "[xi-jinping]",
    }),
    article("b-gleich.md", { title: "B", date: "2025-05-01", lang: "de", countries: "[KZ]" }),
    article("a-gleich.md", { title: "A", date: "2025-05-01", lang: "de", countries: "[KZ]" }),
  ]);
  const de = model.index.editions.de;
  const get = (slug: string) => {
    const a = model.articles.get(`de/${slug}`);
    if (!a) throw new Error(slug);
    return a;
  };

  it("same summit and shared people rank first; a shared country alone ranks last", () => {
    expect(relatedArticles(get("tokajew-trifft-xi"), de).map((a) => a.slug)).toEqual([
      "putin-und-xi",
      "xi-allein",
      "kasachstan-wahl",
      "a-gleich",
      "b-gleich",
    ]);
  });

  it("scores are explainable: summit 8, person 4, organisation 2, country 1, doubled when both are about it, plus recency", () => {
    const scores = Object.fromEntries(
      scoreRelated(get("tokajew-trifft-xi"), de).map((s) => [s.article.slug, s.score]),
    );
    // summit 16 + xi 8 + SCO 4 + CN 2 + within two days 2
    expect(scores["putin-und-xi"]).toBe(32);
    // xi 8 + CN (derived from Xi) 2 + within two days 2
    expect(scores["xi-allein"]).toBe(12);
    expect(scores["kasachstan-wahl"]).toBe(2);
  });

  it("ties break by closeness in time, then newer, then slug, so the order never depends on input order", () => {
    expect(relatedArticles(get("kasachstan-wahl"), de).map((a) => a.slug)).toEqual([
      "a-gleich",
      "b-gleich",
      "tokajew-trifft-xi",
    ]);
  });

  it("never lists the article itself, nor articles of the other edition", () => {
    const related = relatedArticles(get("tokajew-trifft-xi"), de, 50);
    expect(related.every((a) => a.lang === "de" && a.slug !== "tokajew-trifft-xi")).toBe(true);
  });

  it("recency bonus", () => {
    expect([0, 2, 3, 14, 15].map((d) => recencyBonus(d * 86_400_000))).toEqual([2, 2, 1, 1, 0]);
  });
});

describe("nearestWindow", () => {
  const days = [10, 9, 8, 5, 4, 1].map((d) => d * 86_400_000); // newest first, as term lists are
  const slugs = (range: [number, number]) => days.slice(...range).map((t) => `d${t / 86_400_000}`);

  it("returns the whole list when it is short", () => {
    expect(nearestWindow(days, 0, 10)).toEqual([0, 6]);
  });

  it("picks the k closest to a moment, preferring the newer on a tie", () => {
    expect(slugs(nearestWindow(days, 6 * 86_400_000, 3))).toEqual(["d8", "d5", "d4"]);
    // 6.5 is as far from 8 as from 5: d8 wins only by being newer.
    expect(slugs(nearestWindow(days, 6.5 * 86_400_000, 1))).toEqual(["d8"]);
    expect(slugs(nearestWindow(days, 20 * 86_400_000, 2))).toEqual(["d10", "d9"]);
    expect(slugs(nearestWindow(days, 0, 2))).toEqual(["d4", "d1"]);
  });
});
