import { describe, expect, it } from "vitest";
import type { EntityKey } from "../../src/registry/types.ts";
import { compileTagger } from "../../src/tag/index.ts";
import { article, testRegistry } from "./helpers.ts";

const tagger = compileTagger(testRegistry());
const keys = (...k: string[]) => k as EntityKey[];

describe("result: salience, front matter, exclusion, order", () => {
  it("records mentions with field, surface and offsets", () => {
    const r = tagger.tag(
      article("de", { title: "Tokajew in China", summary: "Kasachstans Plan", body: "China, China." }),
    );
    const cn = r.entities.find((e) => e.key === "country:CN");
    expect(cn?.mentions).toEqual([
      { field: "title", surface: "China", start: 11, end: 16 },
      { field: "body", surface: "China", start: 0, end: 5 },
      { field: "body", surface: "China", start: 7, end: 12 },
    ]);
  });
  it("rates main: title, summary, front matter or >= 3 mentions; else passing", () => {
    const r = tagger.tag(
      article("de", {
        title: "Tokajew reist",
        summary: "Kasachstans Plan",
        body: "Iran, Iran, Iran. Oman einmal. Indien.",
        frontMatter: keys("country:IN"),
      }),
    );
    const level = (k: string) => r.entities.find((e) => e.key === k)?.salience.level;
    expect(level("person:tokayev")).toBe("main");
    expect(level("country:KZ")).toBe("main");
    expect(level("country:IR")).toBe("main");
    expect(level("country:IN")).toBe("main");
    expect(level("country:OM")).toBe("passing");
  });
  it("always keeps front-matter keys, even without mentions and even if excluded", () => {
    const r = tagger.tag(
      article("en", {
        body: "Nothing here.",
        frontMatter: keys("person:modi"),
        exclude: keys("person:modi"),
      }),
    );
    expect(r.entities.map((e) => e.key)).toEqual(["person:modi"]);
    expect(r.entities[0]?.salience).toMatchObject({ frontMatter: true, mentions: 0, level: "main" });
  });
  it("removes excluded entities", () => {
    const r = tagger.tag(article("en", { body: "Iran and Oman.", exclude: keys("country:IR") }));
    expect(r.entities.map((e) => e.key)).toEqual(["country:OM"]);
  });
  it("sorts by type, front matter, level, mentions, then id", () => {
    const r = tagger.tag(
      article("en", { body: "The SCO. Oman, Iran, Iran, Iran. Modi.", frontMatter: keys("country:ZW") }),
    );
    expect(r.entities.map((e) => e.key)).toEqual([
      "country:ZW",
      "country:IR",
      "country:OM",
      "person:modi",
      "organisation:sco",
    ]);
  });
  it("matchText returns non-overlapping matches in order", () => {
    const text = "Die Vereinigten Staaten, die EU-Kommission und Tokajew.";
    const matches = tagger.matchText(text, "de");
    expect(matches.map((m) => [m.key, text.slice(m.start, m.end)])).toEqual([
      ["country:US", "Vereinigten Staaten"],
      ["organisation:european-commission", "EU-Kommission"],
      ["person:tokayev", "Tokajew"],
    ]);
  });
});
