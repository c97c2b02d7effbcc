import { describe, expect, it } from "vitest";
import type { EntityKey } from "../../src/registry/types.ts";
import { compileTagger } from "../../src/tag/index.ts";
import { dayNumber } from "../../src/tag/summit.ts";
import { article, testRegistry } from "./helpers.ts";

const tagger = compileTagger(testRegistry());
const summitOf = (lang: "de" | "en", date: string, body: string) =>
  tagger.tag(article(lang, { date, body })).summit;

describe("summit assignment", () => {
  it("takes the summit from front matter", () => {
    const r = tagger.tag(
      article("de", { body: "Nichts.", frontMatter: ["summit:brics-2025-rio" as EntityKey] }),
    );
    expect(r.summit).toBe("brics-2025-rio");
  });
  it("infers it from organisation + summit word (compound) + date window", () => {
    expect(summitOf("de", "2025-08-30T10:00:00+02:00", "Vor dem SOZ-Gipfel beraten die Minister.")).toBe(
      "sco-2025-tianjin",
    );
    expect(summitOf("en", "2025-09-05T10:00:00+00:00", "The SCO summit ended with a declaration.")).toBe(
      "sco-2025-tianjin",
    );
  });
  it("reads a German 'Treffen' of the organisation inside the window as the summit", () => {
    expect(summitOf("de", "2025-09-01T10:00:00+02:00", "Am Rande des SOZ-Treffens sprachen beide.")).toBe(
      "sco-2025-tianjin",
    );
    expect(
      summitOf("de", "2025-10-20T10:00:00+02:00", "Am Rande des SOZ-Treffens sprachen beide."),
    ).toBeUndefined();
  });
  it("infers it from organisation + host city", () => {
    expect(summitOf("en", "2025-08-31T10:00:00+08:00", "SCO leaders arrived in Tianjin.")).toBe(
      "sco-2025-tianjin",
    );
  });
  it("tags the inferred summit as a main entity", () => {
    const r = tagger.tag(
      article("en", { date: "2025-08-31T10:00:00+08:00", body: "SCO leaders arrived in Tianjin." }),
    );
    expect(r.entities.find((e) => e.key === "summit:sco-2025-tianjin")?.salience.level).toBe("main");
  });
  it("assigns nothing outside the window, or with only the organisation, or only the city", () => {
    expect(summitOf("en", "2025-09-09T10:00:00+00:00", "The SCO summit ended.")).toBeUndefined();
    expect(summitOf("en", "2025-08-23T10:00:00+00:00", "The SCO summit begins soon.")).toBeUndefined();
    expect(summitOf("en", "2025-08-31T10:00:00+00:00", "The SCO said something.")).toBeUndefined();
    expect(
      summitOf("en", "2025-08-31T10:00:00+00:00", "It rained in Tianjin, a summit of clouds."),
    ).toBeUndefined();
  });
  it("honours the window options", () => {
    const strict = compileTagger(testRegistry(), { summitDaysBefore: 0, summitDaysAfter: 0 });
    expect(
      strict.tag(article("en", { date: "2025-08-30T10:00:00+00:00", body: "SCO summit soon." })).summit,
    ).toBeUndefined();
  });
  it("prefers the summit whose dates lie closest; a tie assigns none", () => {
    const both = "After the NATO summit in The Hague, the Eurasian Economic Union summit opened in Minsk.";
    expect(summitOf("en", "2025-06-26T10:00:00+03:00", both)).toBe("eaeu-2025-minsk");
    expect(summitOf("en", "2025-06-25T23:00:00+03:00", both)).toBe("nato-2025-hague");
    // A second summit on the same days in the same city: equally close, so none.
    const registry = testRegistry();
    const nato = registry.summits.get("nato-2025-hague");
    if (nato === undefined) throw new Error("test registry lacks nato-2025-hague");
    const twin = { ...nato, id: "twin", organisation: "eaeu" };
    const tied = compileTagger({ ...registry, summits: new Map([...registry.summits, ["twin", twin]]) });
    expect(tied.tag(article("en", { date: "2025-06-24T10:00:00+02:00", body: both })).summit).toBeUndefined();
  });
  it("never assigns an excluded summit", () => {
    const r = tagger.tag(
      article("en", {
        date: "2025-08-31",
        body: "SCO summit in Tianjin.",
        exclude: ["summit:sco-2025-tianjin" as EntityKey],
      }),
    );
    expect(r.summit).toBeUndefined();
  });
  it("parses calendar days strictly", () => {
    expect(dayNumber("2025-02-30")).toBeUndefined();
    expect(dayNumber("garbage")).toBeUndefined();
    expect(dayNumber("1970-01-02T00:00:00Z")).toBe(1);
  });
});
