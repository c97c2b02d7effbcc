import { describe, expect, it } from "vitest";
import { registrySnippet } from "../../src/advise/index.ts";
import { summitWindowWarnings } from "../../src/advise/summitWindow.ts";
import { MAX_UNKNOWN_NAMES, unknownNameWarnings } from "../../src/advise/unknownNames.ts";
import type { Article } from "../../src/enrich/index.ts";
import { builtInCountries, type Registry } from "../../src/registry/index.ts";

function art(body: string, extra: Partial<Article> = {}): Article {
  return {
    file: "a.md",
    slug: "a",
    lang: "en",
    title: "t",
    date: {
      iso: "2025-08-31T10:00:00.000+02:00",
      millis: Date.parse("2025-08-31T08:00:00Z"),
      dateOnly: false,
    },
    authors: [],
    summary: "",
    draft: false,
    corrections: [],
    refs: { people: [], organisations: [], countries: [], exclude: [] },
    body,
    bodyLine: 5,
    listed: [],
    entities: [],
    ...extra,
  };
}

describe("unknownNameWarnings", () => {
  it("flags an office holder and a speaker the registry lacks, with a ready-to-paste entry", () => {
    const warnings = unknownNameWarnings([
      art("Intro.\nPrime Minister Jane Doe arrived. Later, John Roe said little."),
    ]);
    expect(warnings.map((w) => [w.line, w.column, w.message])).toEqual([
      [6, 16, '"Jane Doe" looks like a person but is not in the registry.'],
      [6, 41, '"John Roe" looks like a person but is not in the registry.'],
    ]);
    expect(warnings[0]?.hint).toContain("jane-doe:\n          name: Jane Doe");
  });

  it("flags unknown acronyms and institutions but not common abbreviations", () => {
    const warnings = unknownNameWarnings([
      art("The CSTO met the International Criminal Court; GDP rose, CEO left."),
    ]);
    expect(warnings.map((w) => w.message)).toEqual([
      '"CSTO" looks like an organisation but is not in the registry.',
      '"International Criminal Court" looks like an organisation but is not in the registry.',
    ]);
  });

  it("stays silent where the tagger already placed the name, and inside code and links", () => {
    const tagged = art(
      "President Xi Jinping spoke. `President Foo Bar` [see](https://x.org/President-Joe-Bloggs)",
      {
        entities: [
          {
            type: "person",
            id: "xi-jinping",
            key: "person:xi-jinping",
            mentions: [{ field: "body", surface: "Xi Jinping", start: 10, end: 20 }],
            salience: { frontMatter: false, inTitle: false, inSummary: false, mentions: 1, level: "passing" },
          },
        ],
      },
    );
    expect(unknownNameWarnings([tagged])).toEqual([]);
  });

  it("reads offices after a hyphen, dotted titles and hyphenated names", () => {
    const warnings = unknownNameWarnings([
      art("EU-Präsident Donald Trump kam. Dr. Jane Doe kam. President Jean-Claude Juncker spoke."),
    ]);
    expect(
      warnings.filter((w) => w.message.includes("a person")).map((w) => w.message.split('"')[1]),
    ).toEqual(["Donald Trump", "Jane Doe", "Jean-Claude Juncker"]);
  });

  it("finds a name across a long whitespace run, in linear time, and writes it on one line", () => {
    const body = `The talks went on,${" ".repeat(400_000)}said\n\n\nJane Doe. President${"\n".repeat(3)}Ann Lee left.`;
    const warnings = unknownNameWarnings([art(body)]);
    expect(warnings.map((w) => [w.line, w.column, w.message.split('"')[1]])).toEqual([
      [8, 1, "Jane Doe"],
      [11, 1, "Ann Lee"],
    ]);
  });

  it("reports at most MAX_UNKNOWN_NAMES names per article and counts the rest", () => {
    const names = Array.from(
      { length: MAX_UNKNOWN_NAMES + 5 },
      (_, i) => `Mr ${String.fromCharCode(65 + i)}oe`,
    );
    const warnings = unknownNameWarnings([art(names.join(", "))]);
    expect(warnings).toHaveLength(MAX_UNKNOWN_NAMES + 1);
    expect(warnings.at(-1)?.message).toBe(
      "5 more names in this article look like people or organisations but are not in the registry.",
    );
  });

  it("writes organisation snippets with the acronym", () => {
    expect(registrySnippet("organisation", "OVKS")).toContain("acronym: OVKS");
  });
});

describe("summitWindowWarnings", () => {
  const registry: Registry = {
    countries: builtInCountries(),
    offices: new Map(),
    people: new Map(),
    organisations: new Map(),
    summits: new Map([
      [
        "sco-2025-tianjin",
        {
          type: "summit",
          id: "sco-2025-tianjin",
          name: { de: "SOZ", en: "SCO" },
          aliases: [],
          organisation: "sco",
          year: 2025,
          city: { de: "Tianjin", en: "Tianjin" },
          country: "CN",
          start: "2025-08-31",
          end: "2025-09-01",
          timeZone: "Asia/Shanghai",
        },
      ],
    ]),
  };
  const ref = { text: "sco-2025-tianjin", line: 7, column: 9 };
  it("warns when the article is far outside the summit's window", () => {
    const far = art("", {
      summit: "sco-2025-tianjin",
      refs: { people: [], organisations: [], countries: [], exclude: [], summit: ref },
      date: {
        iso: "2025-12-01T10:00:00.000+01:00",
        millis: Date.parse("2025-12-01T09:00:00Z"),
        dateOnly: false,
      },
    });
    expect(summitWindowWarnings([far], registry, { before: 7, after: 7 })).toMatchObject([
      { line: 7, column: 9, severity: "warning", ruleId: "check/summit-date" },
    ]);
  });
  it("accepts an article inside the window", () => {
    const near = art("", {
      summit: "sco-2025-tianjin",
      refs: { people: [], organisations: [], countries: [], exclude: [], summit: ref },
    });
    expect(summitWindowWarnings([near], registry, { before: 7, after: 7 })).toEqual([]);
  });
});
