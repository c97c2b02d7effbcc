/**
 * Front matter in a code-executing format is refused at line 1, in every spelling, and never runs.
 * Each payload would set a global or exit the process if it were evaluated.
 */
import { describe, expect, it } from "vitest";
import { parse } from "./helpers.ts";

const PAYLOAD = "globalThis.__summitdeskPwned = true; process.exit(42)";

const SPELLINGS: [opener: string, lang: string][] = [
  ["---js", "js"],
  ["---javascript", "javascript"],
  ["---JS", "JS"],
  ["---Javascript", "Javascript"],
  ["---jsLegacy", "jsLegacy"],
  ["---coffee", "coffee"],
  ["---coffeescript", "coffeescript"],
  ["---cson", "cson"],
  ["---json", "json"],
  ["---toml", "toml"],
  ["--- js", "js"],
  ["---  javascript  ", "javascript"],
  ["---\tjs", "js"],
  ["---\u00a0js", "js"],
  ["---yaml", "yaml"],
];

describe("front matter in a code-executing format", () => {
  for (const [opener, lang] of SPELLINGS) {
    it(`refuses ${JSON.stringify(opener)} at line 1 without evaluating it`, () => {
      const r = parse(`${opener}\n${PAYLOAD}\n---\nBody.\n`);
      expect(r.value).toBeUndefined();
      expect(r.diagnostics).toEqual([
        expect.objectContaining({
          file: "content/articles/a.md",
          line: 1,
          column: 4,
          severity: "error",
          ruleId: "frontmatter/not-yaml",
          message: `Front matter in "${lang}" is not allowed; only YAML is read.`,
        }),
      ]);
      expect((globalThis as { __summitdeskPwned?: boolean }).__summitdeskPwned).toBeUndefined();
    });
  }

  it("refuses a JavaScript object literal after a plain --- as YAML, without evaluating it", () => {
    const r = parse(`---\n{ title: (() => { ${PAYLOAD} })() }\n---\n`);
    expect(r.value).toBeUndefined();
    expect(r.diagnostics.length).toBeGreaterThan(0);
    expect(new Set(r.diagnostics.map((d) => `${d.line} ${d.ruleId}`))).toEqual(new Set(["2 yaml/syntax"]));
    expect((globalThis as { __summitdeskPwned?: boolean }).__summitdeskPwned).toBeUndefined();
  });

  it("refuses a file whose first line is not a delimiter (indented ---js, BOM-less text first)", () => {
    for (const text of [` ---js\n${PAYLOAD}\n---\n`, `title: x\n---js\n${PAYLOAD}\n---\n`]) {
      const r = parse(text);
      expect(r.value).toBeUndefined();
      expect(r.diagnostics.map((d) => [d.line, d.column, d.ruleId])).toEqual([[1, 1, "frontmatter/missing"]]);
    }
  });

  it("reads a `---js` line later in the file as body text, not as an opener", () => {
    const r = parse(`---\ntitle: x\ndate: 2025-06-01\n---\n---js\n${PAYLOAD}\n---\n`);
    expect(r.diagnostics).toEqual([]);
    expect(r.value?.body).toBe(`---js\n${PAYLOAD}\n---\n`);
    expect((globalThis as { __summitdeskPwned?: boolean }).__summitdeskPwned).toBeUndefined();
  });
});
