import { describe, expect, it } from "vitest";
import { frontPlan } from "../../src/front/index.ts";
import { ARTICLES, article, buildModel } from "../site/fixture.ts";

function plan(now: string, articles = ARTICLES) {
  const model = buildModel(articles, { now: Date.parse(now) });
  return frontPlan(model.index.editions.de, { now: model.referenceTime, justEndedDays: 7 });
}

describe("the front page's plan", () => {
  it("during the summit (in Tianjin's calendar) the package is on; before it begins there is none", () => {
    // 2025-09-01 02:00 UTC is already 10:00 on the summit's last day in Tianjin.
    expect(plan("2025-09-01T02:00:00Z").package?.status).toBe("on");
    expect(plan("2025-08-30T12:00:00Z", ARTICLES.slice(3)).summits).toEqual([]);
  });

  it("counts from the build's time: just ended for a week, then the summit is only in the rail", () => {
    expect(plan("2025-09-05T12:00:00Z").package?.status).toBe("ended");
    const later = plan("2025-10-01T12:00:00Z");
    expect(later.package).toBeUndefined();
    expect(later.summits.map((s) => [s.summit.id, s.status])).toEqual([["sco-2025-tianjin", "past"]]);
  });

  it("the lead is the newest article with a picture among the newest few; no article appears twice", () => {
    const withPicture = article("bild.md", {
      title: '"Mit Bild"',
      date: "2025-08-31 08:00",
      lang: "de",
      image: '{ src: "https://example.org/x.jpg", alt: "Ein Bild" }',
    });
    const p = plan("2025-09-02T12:00:00Z", [...ARTICLES, withPicture]);
    expect(p.lead?.slug).toBe("bild");
    expect(p.secondary.map((a) => a.slug)).toEqual(["putin-und-xi", "tokajew-trifft-xi", "kasachstan-wahl"]);
    const shown = [p.lead, ...p.secondary, ...(p.package?.shown ?? []), ...p.latest].map((a) => a?.slug);
    expect(new Set(shown).size).toBe(shown.length);
  });
});
