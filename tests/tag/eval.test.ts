import { describe, expect, it } from "vitest";
import { contentRegistry } from "../../scripts/lib/content-registry.ts";
import { evaluate, loadGold } from "../../scripts/lib/tagger-eval.ts";
import { compileTagger } from "../../src/tag/index.ts";

/**
 * Pins the gold-corpus figures with the registry the sample site uses (world + content/registry); the targets
 * are the tracker's (issue 11). `npm run eval:tagger` prints them with every error.
 */
describe("gold corpus", () => {
  const root = new URL("../..", import.meta.url).pathname;
  const { registry } = contentRegistry(root);
  const gold = loadGold();
  const report = evaluate(compileTagger(registry), gold, registry);
  const errors = report.errors.join("\n");

  it("has at least 20 passages per language, and 30 of the hard kinds of issue 11", () => {
    expect(gold.filter((p) => p.lang === "de").length).toBeGreaterThanOrEqual(20);
    expect(gold.filter((p) => p.lang === "en").length).toBeGreaterThanOrEqual(20);
    expect(gold.filter((p) => p.set === "issue-11").length).toBeGreaterThanOrEqual(30);
  });
  it("meets the F1 targets per type", () => {
    expect(report.byType.country.f1, errors).toBeGreaterThanOrEqual(0.98);
    expect(report.byType.person.f1, errors).toBeGreaterThanOrEqual(0.95);
    expect(report.byType.organisation.f1, errors).toBeGreaterThanOrEqual(0.95);
    expect(report.byType.summit.f1, errors).toBeGreaterThanOrEqual(0.9);
    expect(report.ownSummit.f1, errors).toBeGreaterThanOrEqual(0.9);
    expect(report.mentions.f1, errors).toBeGreaterThanOrEqual(0.95);
  });
  it("never tags a country, person or organisation that is not there", () => {
    expect(report.byType.country.precision, errors).toBe(1);
    expect(report.byType.person.precision, errors).toBe(1);
    expect(report.byType.organisation.precision, errors).toBe(1);
  });
  it("never assigns a wrong summit, never lists a wrong participant, and offsets always hold", () => {
    expect(report.summits.wrong, errors).toBe(0);
    expect(report.participants.fp, errors).toBe(0);
    expect(report.participants.tp).toBeGreaterThan(20);
    expect(report.badOffsets).toBe(0);
  });
  it("states meetings only where the text does", () => {
    expect(report.meetings.precision, errors).toBe(1);
    expect(report.meetings.recall, errors).toBeGreaterThanOrEqual(0.8);
  });
});
