/** urls.json as text: a ledger that cannot be trusted stops the build at its line; writing is stable. */
import { describe, expect, it } from "vitest";
import { type Ledger, parseLedger, serializeLedger } from "../../src/urls/index.ts";

const ledger: Ledger = {
  articles: new Map([
    ["gipfel-b", { file: "2025/b.md", lang: "en", removed: true, urls: ["/en/2024/b/", "/en/2025/b/"] }],
    [
      "2025/a.md",
      { lang: "de", date: "2025-08-31T10:00:00.000+02:00", translation: "story-a", urls: ["/de/2025/a/"] },
    ],
  ]),
};
const good = serializeLedger(ledger);

const errors = (text: string) =>
  parseLedger(text).diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`);

describe("serializeLedger", () => {
  it("writes one entry per line, keys sorted, fields in a fixed order", () => {
    const lines = good.split("\n");
    expect(lines[0]).toBe("{");
    expect(lines[1]).toMatch(/^ {2}"about": "URL ledger: /);
    expect(lines.slice(2)).toEqual([
      '  "version": 1,',
      '  "articles": {',
      '    "2025/a.md": {"lang":"de","date":"2025-08-31T10:00:00.000+02:00","translation":"story-a","urls":["/de/2025/a/"]},',
      '    "gipfel-b": {"file":"2025/b.md","lang":"en","removed":true,"urls":["/en/2024/b/","/en/2025/b/"]}',
      "  }",
      "}",
      "",
    ]);
  });

  it("reads back what it writes, odd file names included", () => {
    const odd: Ledger = {
      articles: new Map([
        ['2025/Łódź: "Gipfel", Tag 1.md', { lang: "de" as const, urls: ["/de/2025/lodz-gipfel-tag-1/"] }],
      ]),
    };
    const back = parseLedger(serializeLedger(odd));
    expect(back.diagnostics).toEqual([]);
    expect(back.value).toEqual(odd);
    expect(back.locate('2025/Łódź: "Gipfel", Tag 1.md')).toEqual({ line: 5, column: 5 });
    expect(parseLedger(good).value).toEqual({ articles: new Map([...ledger.articles].sort()) });
  });
});

describe("parseLedger", () => {
  it("stops at a merge conflict, at the marker's line, saying what to do", () => {
    const conflict = good.replace(
      '    "gipfel-b"',
      '<<<<<<< HEAD\n    "2025/c.md": {"lang":"de","urls":["/de/2025/c/"]},\n=======\n    "2025/d.md": {"lang":"de","urls":["/de/2025/d/"]},\n>>>>>>> other\n    "gipfel-b"',
    );
    const { value, diagnostics } = parseLedger(conflict);
    expect(value).toBeUndefined();
    expect(diagnostics).toEqual([
      expect.objectContaining({
        file: "urls.json",
        line: 6,
        column: 1,
        severity: "error",
        ruleId: "urls/invalid",
      }),
    ]);
    expect(diagnostics[0]?.hint).toContain("keep the lines of both sides");
  });

  it.each([
    [
      "a URL that leaves the site",
      good.replace("/de/2025/a/", "/../../etc/"),
      '5:5 urls/invalid "/../../etc/" is not a page URL',
    ],
    ["an absolute URL", good.replace("/de/2025/a/", "https://evil.example/"), "5:5 urls/invalid"],
    ["a file rather than a page", good.replace("/de/2025/a/", "/de/2025/a.html"), "5:5 urls/invalid"],
    [
      "an unknown field",
      good.replace('"translation"', '"translaton"'),
      '5:5 urls/invalid Unknown field "translaton"',
    ],
    [
      "a language summitdesk does not publish",
      good.replace('"lang":"de"', '"lang":"fr"'),
      "5:5 urls/invalid",
    ],
    [
      "a key that is neither id nor file",
      good.replace("2025/a.md", "2025/a.txt"),
      'urls/invalid "2025/a.txt" is neither',
    ],
    ["another version", good.replace('"version": 1', '"version": 2'), "urls/invalid urls.json has version 2"],
    [
      "no URLs",
      good.replace('"urls":["/de/2025/a/"]', '"urls":[]'),
      'urls/invalid The entry "2025/a.md" needs "urls"',
    ],
    [
      "one URL under two articles",
      good.replace("/en/2024/b/", "/de/2025/a/"),
      'urls/invalid /de/2025/a/ is listed for "gipfel-b" and for "2025/a.md"',
    ],
    [
      "a key twice",
      good.replace(
        '    "gipfel-b"',
        '    "2025/a.md": {"lang":"de","urls":["/de/2025/x/"]},\n    "gipfel-b"',
      ),
      '6:5 urls/invalid The key "2025/a.md" appears twice',
    ],
    ["JSON that does not parse", good.replace('"story-a",', '"story-a"'), "5:"],
  ])("refuses %s", (_, text, expected) => {
    expect(errors(text).join("\n")).toContain(expected);
  });
});
