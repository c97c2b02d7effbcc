import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileTagger } from "../../src/tag/index.ts";
import type { TagInput } from "../../src/tag/types.ts";
import { article, syntheticPeople, testRegistry } from "./helpers.ts";

const tagger = compileTagger(testRegistry());

function offsetsHold(input: TagInput): void {
  const texts = { title: input.title, summary: input.summary, body: input.body };
  for (const e of tagger.tag(input).entities) {
    for (const m of e.mentions) expect(texts[m.field].slice(m.start, m.end)).toBe(m.surface);
  }
}

const words = fc.constantFrom(
  "Kasachstan",
  "Kasachstans",
  "kasachische",
  "US",
  "us",
  "U.S.",
  "EU",
  "EU-Kommission",
  "SOZ-Gipfel",
  "Tokajew",
  "Aliyev",
  "Ilham Aliyev",
  "in Russian",
  "auf Russisch",
  "`code`",
  "[x](http://y)",
  "<!--",
  "-->",
  "```",
  "\n\n",
  "’s",
  "'",
  "-",
  ".",
  " ",
  "Côte d'Ivoire",
  "\u0000",
  "\ud800",
  "\udc00",
  "😀",
  "ШОС",
);
const textish = fc.oneof(
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.array(words, { maxLength: 40 }).map((w) => w.join(" ")),
);

describe("robustness", () => {
  it("never throws, and every mention's offsets point at its surface (property)", () => {
    fc.assert(
      fc.property(
        textish,
        textish,
        textish,
        fc.constantFrom("de", "en") as fc.Arbitrary<"de" | "en">,
        (t, s, b, lang) => {
          offsetsHold(article(lang, { title: t, summary: s, body: b }));
          for (const m of tagger.matchText(b, lang)) expect(m.end).toBeGreaterThan(m.start);
        },
      ),
      { numRuns: 300 },
    );
  });
  it("survives malformed input objects", () => {
    const junk = {
      lang: "xx",
      date: 5,
      title: null,
      summary: undefined,
      body: 42,
      frontMatter: "x",
      exclude: null,
    };
    expect(() => tagger.tag(junk as unknown as TagInput)).not.toThrow();
    expect(() => tagger.matchText(undefined as unknown as string, "de")).not.toThrow();
  });
  it("tags a 5 MB article in linear time (generous bound)", () => {
    const paragraph = "Kasachstans Präsident Tokajew sprach beim SOZ-Gipfel über die Europäische Union. ";
    const body = paragraph.repeat(Math.ceil((5 * 1024 * 1024) / paragraph.length));
    const t0 = performance.now();
    const r = tagger.tag(article("de", { body }));
    expect(performance.now() - t0).toBeLessThan(15_000);
    expect(r.entities.find((e) => e.key === "country:KZ")?.salience.mentions).toBeGreaterThan(50_000);
  });
  it("compiles 10k aliases and still tags quickly", () => {
    const t0 = performance.now();
    const big = compileTagger(testRegistry({ people: syntheticPeople(10_000) }));
    const text = "Vorn1a Zuname1aov traf Zuname2bova und Tokajew. ".repeat(20_000);
    const r = big.tag(article("de", { body: text }));
    expect(performance.now() - t0).toBeLessThan(20_000);
    expect(r.entities.map((e) => e.key)).toEqual(
      expect.arrayContaining(["person:synthetic-46", "person:tokayev"]),
    );
  });
  it("handles pathological Markdown without blowing up", () => {
    const body = `${"`".repeat(1) + "x ``".repeat(50_000)}${"<a ".repeat(50_000)}${"](".repeat(50_000)}<!--${"-".repeat(100_000)}`;
    const t0 = performance.now();
    tagger.tag(article("en", { body }));
    expect(performance.now() - t0).toBeLessThan(10_000);
  });
});
