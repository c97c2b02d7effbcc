/**
 * Dates that do not exist, that exist twice, that have no zone, or that are absurdly far away: each is refused
 * with the reason at its line, or read in the site's zone and shown as that day. Never rolled over, never shifted.
 */
import { describe, expect, it } from "vitest";
import { formatDate } from "../../src/render/format.ts";
import { article } from "../helpers/project.ts";
import { check, project } from "./helpers.ts";

const A = "content/articles/a.md";

/** The date diagnostics of one article with `date: <value>` on line 3. */
function dateProblems(value: string, extra = "", site?: string) {
  const root = project({
    [A]: article(`title: T\ndate: ${value}\nlang: en${extra ? `\n${extra}` : ""}`),
    ...(site ? { "content/site.yaml": site } : {}),
  });
  const r = check(root);
  return {
    problems: r.diagnostics
      .filter((d) => d.severity === "error")
      .map((d) => [`${d.line}:${d.column}`, d.ruleId, d.message]),
    article: r.model?.articles.get("en/a"),
  };
}

describe("dates that do not exist", () => {
  const cases: [string, string][] = [
    ["2026-02-30", "2026-02-30 does not exist: February 2026 has 28 days."],
    ["2025-02-29", "2025-02-29 does not exist: February 2025 has 28 days."],
    ["2025-04-31", "2025-04-31 does not exist: April 2025 has 30 days."],
    ["2025-13-01", "Month 13 does not exist."],
    ["2025-00-10", "Month 0 does not exist."],
    ["2025-06-00", "2025-06-00 does not exist: June 2025 has 30 days."],
    ["2025-08-31 24:00", "2025-08-31 24:00 has an impossible time of day."],
    ["2025-08-31 12:60", "2025-08-31 12:60 has an impossible time of day."],
    ["31.08.2025", '"31.08.2025" is not a date.'],
    ["20250831", '"20250831" is not a date.'],
    ["2025-8-31", '"2025-8-31" is not a date.'],
    ["2025-08-31T10:00:00+25:00", '"2025-08-31T10:00:00+25:00" has an invalid offset.'],
  ];
  for (const [value, message] of cases) {
    it(`refuses ${value} at line 3 with the reason`, () => {
      expect(dateProblems(value).problems).toEqual([["3:7", "frontmatter/invalid-date", message]]);
    });
  }

  it("accepts 29 February in a leap year", () => {
    expect(dateProblems("2024-02-29").problems).toEqual([]);
  });

  it("refuses an impossible correction date at its own line", () => {
    const { problems } = dateProblems("2025-06-01", "corrections:\n  - { date: 2025-06-31, text: Fixed. }");
    expect(problems).toEqual([
      ["6:13", "frontmatter/invalid-date", "2025-06-31 does not exist: June 2025 has 30 days."],
    ]);
  });

  it("refuses an update before the publication", () => {
    expect(dateProblems("2025-06-02", "updated: 2025-06-01").problems).toEqual([
      ["5:10", "frontmatter/invalid-date", "The article is updated before it was published."],
    ]);
  });
});

describe("dates without a time zone are read in Europe/Berlin", () => {
  const shown = (value: string, withTime: boolean) => {
    const { problems, article: a } = dateProblems(value);
    expect(problems).toEqual([]);
    return [a?.date.iso, formatDate(a?.date.iso ?? "", "en", "Europe/Berlin", withTime)];
  };

  it("shows 23:30 on 31 August as 31 August, not 1 September (UTC+2 in summer)", () => {
    expect(shown("2025-08-31 23:30", true)).toEqual([
      "2025-08-31T23:30:00.000+02:00",
      "31 August 2025, 23:30 CEST",
    ]);
  });

  it("shows 00:15 on 1 September as 1 September, not 31 August", () => {
    expect(shown("2025-09-01 00:15", true)).toEqual([
      "2025-09-01T00:15:00.000+02:00",
      "1 September 2025, 00:15 CEST",
    ]);
  });

  it("shows a bare day as that day, at Berlin midnight (UTC+1 in winter)", () => {
    expect(shown("2025-12-31", false)).toEqual(["2025-12-31T00:00:00.000+01:00", "31 December 2025"]);
  });

  it("keeps the instant of an explicit offset and shows it in Berlin time", () => {
    expect(shown("2025-08-31T23:30:00Z", true)).toEqual([
      "2025-09-01T01:30:00.000+02:00",
      "1 September 2025, 01:30 CEST",
    ]);
  });
});

describe("daylight-saving changes", () => {
  it("refuses a time in the spring gap instead of shifting it", () => {
    expect(dateProblems("2025-03-30 02:30").problems).toEqual([
      [
        "3:7",
        "frontmatter/invalid-date",
        "2025-03-30 02:30 does not exist in Europe/Berlin: the clocks skip that hour.",
      ],
    ]);
  });

  it("refuses a time that happens twice in the autumn fold instead of picking one", () => {
    expect(dateProblems("2025-10-26 02:30").problems).toEqual([
      [
        "3:7",
        "frontmatter/invalid-date",
        "2025-10-26 02:30 happens twice in Europe/Berlin: the clocks go back an hour that night.",
      ],
    ]);
  });

  it("accepts either side of the fold when the offset says which", () => {
    expect(dateProblems("2025-10-26T02:30:00+02:00").article?.date.iso).toBe("2025-10-26T02:30:00.000+02:00");
    expect(dateProblems("2025-10-26T02:30:00+01:00").article?.date.iso).toBe("2025-10-26T02:30:00.000+01:00");
  });

  it("accepts the times around the changes", () => {
    expect(dateProblems("2025-03-30 01:59").problems).toEqual([]);
    expect(dateProblems("2025-03-30 03:00").article?.date.iso).toBe("2025-03-30T03:00:00.000+02:00");
    expect(dateProblems("2025-10-26 03:00").article?.date.iso).toBe("2025-10-26T03:00:00.000+01:00");
  });

  it("accepts a bare day whose midnight is skipped in the site's zone, as that day", () => {
    const { problems, article: a } = dateProblems("2025-09-07", "", "timeZone: America/Santiago\n");
    expect(problems).toEqual([]);
    expect(formatDate(a?.date.iso ?? "", "en", "America/Santiago", false)).toBe("7 September 2025");
  });
});

describe("far-future and far-past dates", () => {
  const cases: [string, string][] = [
    ["2201-01-01", "The year 2201 is outside 1900–2200."],
    ["1899-12-31", "The year 1899 is outside 1900–2200."],
    ["0000-01-01", "The year 0 is outside 1900–2200."],
    ["9999-12-31T23:59:59+14:00", "The year 9999 is outside 1900–2200."],
    ["20025-08-31", '"20025-08-31" is not a date.'],
    ["-2025-08-31", '"-2025-08-31" is not a date.'],
  ];
  for (const [value, message] of cases) {
    it(`refuses ${value}`, () => {
      expect(dateProblems(value).problems).toEqual([["3:7", "frontmatter/invalid-date", message]]);
    });
  }

  it("accepts the first and last accepted years at their edges", () => {
    expect(dateProblems("1900-01-01").article?.date.iso).toBe("1900-01-01T00:00:00.000+01:00");
    expect(dateProblems("2200-12-31 23:59").problems).toEqual([]);
  });
});
