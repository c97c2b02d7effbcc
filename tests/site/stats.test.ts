import { describe, expect, it } from "vitest";
import { coMentioned, coverageByMonth, summitHub, summitsOf } from "../../src/stats/index.ts";
import { ARTICLES, article, buildModel } from "./fixture.ts";

describe("summit hub", () => {
  const model = buildModel();
  const term = model.index.editions.de.terms.get("summit:sco-2025-tianjin");
  if (!term) throw new Error("fixture");
  const hub = summitHub(term, model.registry, "de");

  it("participants are the people tagged in its coverage, most covered first, then by name", () => {
    expect(hub.participants.map((p) => [p.entity.id, p.count])).toEqual([
      ["xi-jinping", 2],
      ["tokayev", 1],
      ["putin", 1],
    ]);
  });

  it("the timeline groups by the host's calendar day (Tianjin, UTC+8), oldest first", () => {
    expect(hub.days.map((d) => [d.day, d.articles.map((a) => a.slug)])).toEqual([
      ["2025-08-31", ["tokajew-trifft-xi"]],
      ["2025-09-01", ["putin-und-xi"]],
    ]);
  });

  it("countries covered with counts; who met whom as pairs", () => {
    expect(hub.countries.map((c) => [c.entity.id, c.count])).toEqual([
      ["CN", 2],
      ["KZ", 1],
      ["RU", 1],
    ]);
    // Equal counts: by the first person's German name ("Kassym-Schomart Tokajew" before "Wladimir Putin").
    expect(hub.meetings.map((m) => [m.a.id, m.b.id, m.count])).toEqual([
      ["tokayev", "xi-jinping", 1],
      ["putin", "xi-jinping", 1],
    ]);
  });

  it("a late-evening article in Berlin falls on the next day in Tianjin", () => {
    const late = buildModel([
      article("spaet.md", {
        title: "Spät",
        date: "2025-08-31 20:00",
        lang: "de",
        summit: "sco-2025-tianjin",
      }),
    ]);
    const t = late.index.editions.de.terms.get("summit:sco-2025-tianjin");
    if (!t) throw new Error("fixture");
    expect(summitHub(t, late.registry, "de").days.map((d) => d.day)).toEqual(["2025-09-01"]);
  });
});

describe("entity statistics", () => {
  const model = buildModel([
    ...ARTICLES,
    article("august.md", { title: "A", date: "2025-08-01", lang: "de", countries: "[KZ]" }),
  ]);
  const kz = model.index.editions.de.terms.get("country:KZ");
  if (!kz) throw new Error("fixture");

  it("coverage by month in the site zone, empty months included", () => {
    expect(coverageByMonth(kz.articles, "Europe/Berlin")).toEqual([
      { month: "2025-06", count: 1 },
      { month: "2025-07", count: 0 },
      { month: "2025-08", count: 2 },
    ]);
  });

  it("summits it appears in, and the entities most often tagged with it", () => {
    expect(summitsOf(kz.key, kz.articles, model.registry, "de").map((c) => [c.entity.id, c.count])).toEqual([
      ["sco-2025-tianjin", 1],
    ]);
    expect(coMentioned(kz.key, kz.articles, model.registry, "de").map((c) => c.entity.id)).toEqual([
      "CN",
      "tokayev",
      "sco",
      "sco-2025-tianjin",
      "xi-jinping",
    ]);
  });
});
