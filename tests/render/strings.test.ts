/** A site's own wording of UI strings (content/strings.yaml): applied per language, checked at its lines. */
import { describe, expect, it } from "vitest";
import { parseYaml } from "../../src/load/index.ts";
import { DEFAULT_STRINGS, STRING_KEYS, siteStrings } from "../../src/render/index.ts";

const PATH = "content/strings.yaml";

function read(text: string) {
  const parsed = parseYaml(text, PATH, 1);
  if (parsed.data === undefined) throw new Error("fixture is not YAML");
  return siteStrings({ file: { path: PATH, text }, data: parsed.data, locate: parsed.locate });
}

const located = (r: ReturnType<typeof read>) =>
  r.diagnostics.map((d) => [`${d.file}:${d.line}:${d.column}`, d.ruleId, d.message, d.hint]);

describe("content/strings.yaml", () => {
  it("replaces the strings it names, in its language only", () => {
    const r = read('en:\n  latest: "Fresh from the summits"\n  countries: Nations\nde:\n  search: Finden\n');
    expect(r.diagnostics).toEqual([]);
    expect(r.value.en.latest).toBe("Fresh from the summits");
    expect(r.value.en.countries).toBe("Nations");
    expect(r.value.de.latest).toBe(DEFAULT_STRINGS.de.latest);
    expect(r.value.de.search).toBe("Finden");
    expect(r.value.en.search).toBe("Search");
  });

  it("reports an unknown language and an unknown key at their lines, with the name meant", () => {
    const r = read("en:\n  latst: Latest\n  frobnicate: x\neng:\n  search: Find\n");
    expect(located(r)).toEqual([
      [
        `${PATH}:2:10`,
        "strings/unknown-key",
        'Unknown UI string "latst".',
        expect.stringMatching(/^Did you mean "latest"\?/),
      ],
      [
        `${PATH}:3:15`,
        "strings/unknown-key",
        'Unknown UI string "frobnicate".',
        expect.stringContaining("docs/theming.md"),
      ],
      [
        `${PATH}:4:1`,
        "strings/unknown-language",
        'Unknown language "eng".',
        'Did you mean "en"? The languages are de and en.',
      ],
    ]);
    // A file with mistakes changes nothing it got wrong, and everything it got right.
    expect(r.value.en.latest).toBe("Latest articles");
  });

  it("takes text only: a list, a number or an empty string is an error with the default as an example", () => {
    const r = read('de:\n  search: [a, b]\n  latest: 3\n  archive: ""\n');
    expect(r.diagnostics.map((d) => [d.line, d.ruleId])).toEqual([
      [2, "strings/invalid-value"],
      [3, "strings/invalid-value"],
      [4, "strings/invalid-value"],
    ]);
    expect(r.diagnostics[0]?.hint).toBe('Write the text in quotes: search: "Suche"');
  });

  it("is a map of languages to maps", () => {
    expect(read("- en\n").diagnostics.map((d) => d.ruleId)).toEqual(["strings/not-a-map"]);
    expect(read("en: Latest\n").diagnostics.map((d) => d.ruleId)).toEqual(["strings/not-a-map"]);
  });

  it("offers every string of both languages, the plural names of the entity kinds included", () => {
    expect(STRING_KEYS).toContain("summits");
    expect(Object.keys(DEFAULT_STRINGS.de).sort()).toEqual([...STRING_KEYS]);
    expect(Object.keys(DEFAULT_STRINGS.en).sort()).toEqual([...STRING_KEYS]);
  });
});
