/**
 * A tagger compiles each language's trie when a text in it is first tagged (src/tag/compile.ts), so what it
 * finds must not depend on which languages were compiled, or in which order: a language's trie built alone is
 * the trie built with the other, key ids and all, and the office index covers both languages either way.
 */
import { serialize } from "node:v8";
import { describe, expect, it } from "vitest";
import { LANGS } from "../../../src/registry/types.ts";
import { buildLexicons } from "../../../src/tag/build/index.ts";
import { compileTagger } from "../../../src/tag/index.ts";
import { article, testRegistry } from "../helpers.ts";
import { timeRegistry } from "../world.ts";

describe("lexicons by language", () => {
  for (const [name, registry] of [
    ["ISO countries, people, organisations, summits", testRegistry()],
    ["offices and terms", timeRegistry()],
  ] as const) {
    it(`builds each language alone as it builds both (${name})`, () => {
      const both = buildLexicons(registry);
      for (const lang of LANGS) {
        const alone = buildLexicons(registry, [lang]);
        expect(Object.keys(alone.lexicons)).toEqual([lang]);
        expect(serialize(alone.lexicons[lang]).equals(serialize(both.lexicons[lang]))).toBe(true);
        expect(alone.offices).toEqual(both.offices);
      }
    });
  }

  it("tags the same whichever language a tagger meets first", () => {
    const registry = timeRegistry();
    const de = article("de", {
      title: "Präsident Tokajew empfängt den Bundeskanzler",
      body: "Kasachstans Präsident sprach mit dem britischen Premierminister.",
      date: "2024-05-02",
    });
    const en = article("en", {
      title: "President Tokayev meets the Chancellor",
      body: "Kazakhstan's president spoke with the Foreign Secretary.",
      date: "2024-05-02",
    });
    const germanFirst = compileTagger(registry);
    const englishFirst = compileTagger(registry);
    const a = [germanFirst.tag(de), germanFirst.tag(en)];
    const b = [englishFirst.tag(en), englishFirst.tag(de)].reverse();
    expect(a).toEqual(b);
    expect(a[0]?.entities.map((e) => e.key)).toContain("person:tokayev");
    expect(a[1]?.entities.map((e) => e.key)).toContain("person:tokayev");
  });
});
