import { describe, expect, it } from "vitest";
import { evaluate, loadGold } from "../../scripts/lib/tagger-eval.ts";
import { compileTagger } from "../../src/tag/index.ts";
import { testRegistry } from "./helpers.ts";

/** Pins the gold-corpus figures (tracker targets); `npm run eval:tagger` prints them with the errors. */
describe("gold corpus", () => {
  const gold = loadGold();
  const report = evaluate(compileTagger(testRegistry()), gold);

  it("has at least 20 passages per language", () => {
    expect(gold.filter((p) => p.lang === "de").length).toBeGreaterThanOrEqual(20);
    expect(gold.filter((p) => p.lang === "en").length).toBeGreaterThanOrEqual(20);
  });
  it("meets the F1 targets per type", () => {
    expect(report.byType.country.f1, report.errors.join("\n")).toBeGreaterThanOrEqual(0.97);
    expect(report.byType.person.f1, report.errors.join("\n")).toBeGreaterThanOrEqual(0.95);
    expect(report.byType.organisation.f1, report.errors.join("\n")).toBeGreaterThanOrEqual(0.95);
    expect(report.mentions.f1, report.errors.join("\n")).toBeGreaterThanOrEqual(0.95);
  });
  it("never assigns a wrong summit, and offsets always hold", () => {
    expect(report.summits.wrong).toBe(0);
    expect(report.badOffsets).toBe(0);
  });
});
