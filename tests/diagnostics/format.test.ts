import { describe, expect, it } from "vitest";
import { closest, formatReport, jsonWithoutInvisible } from "../../src/diagnostics/index.ts";

describe("formatReport", () => {
  it("prints location first, a code frame, the hint and a count", () => {
    const text = "---\ntitle: x\npeople: [Tokayew]\n---\n";
    const report = formatReport(
      [
        {
          file: "a.md",
          line: 3,
          column: 10,
          severity: "error",
          ruleId: "entities/unknown-ref",
          message: 'Unknown person "Tokayew" in people.',
          hint: 'Did you mean "tokayev"?',
        },
      ],
      new Map([["a.md", text]]),
    );
    expect(report).toMatchInlineSnapshot(`
      "a.md:3:10  error  Unknown person "Tokayew" in people.  entities/unknown-ref
        2 | title: x
      > 3 | people: [Tokayew]
          |          ^
        4 | ---
        hint: Did you mean "tokayev"?

      1 error, 0 warnings"
    `);
  });

  it("never lets a hostile file drive the terminal", () => {
    const report = formatReport(
      [{ file: "a.md", line: 1, column: 1, severity: "error", ruleId: "r", message: "m" }],
      new Map([["a.md", "\u001b[2Jcleared"]]),
    );
    expect(report).not.toContain("\u001b");
  });
});

describe("closest", () => {
  it("finds a near spelling and nothing for an unrelated word", () => {
    expect(closest("Tokayew", ["tokayev", "putin", "xi-jinping"])).toBe("tokayev");
    expect(closest("Merkel", ["tokayev", "putin"])).toBeUndefined();
  });

  it("shows bidi overrides and invisible characters as escapes, in the message, the hint and the frame", () => {
    const evil = "Tokayew\u202E\u2066gpj.exe\u200B\u00AD";
    const report = formatReport(
      [
        {
          file: "content/articles/\u202Etxt.md",
          line: 1,
          column: 11,
          severity: "error",
          ruleId: "entities/unknown-ref",
          message: `Unknown person "${evil}".`,
          hint: `Did you mean\u2028"tokayev"?`,
        },
      ],
      new Map([["content/articles/\u202Etxt.md", `people: [${evil}, x]`]]),
    );
    expect(report).not.toMatch(/[\u202E\u2066\u200B\u00AD\u2028]/u);
    expect(report).toMatchInlineSnapshot(`
      "content/articles/\\u202Etxt.md:1:11  error  Unknown person "Tokayew\\u202E\\u2066gpj.exe\\u200B\\u00AD".  entities/unknown-ref
      > 1 | people: [Tokayew\\u202E\\u2066gpj.exe\\u200B\\u00AD, x]
          |           ^
        hint: Did you mean\\u2028"tokayev"?

      1 error, 0 warnings"
    `);
  });

  it("keeps JSON output decodable while escaping the same characters", () => {
    const json = jsonWithoutInvisible(JSON.stringify({ message: "a\u202Eb\u2028c" }));
    expect(json).toBe('{"message":"a\\u202eb\\u2028c"}');
    expect(JSON.parse(json)).toEqual({ message: "a\u202Eb\u2028c" });
  });
});
