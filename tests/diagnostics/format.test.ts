import { describe, expect, it } from "vitest";
import { closest, formatReport } from "../../src/diagnostics/index.ts";

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
});
