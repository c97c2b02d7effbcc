/** urls.yaml as text: a ledger that cannot be trusted stops the build at its line; writing is stable. */
import { describe, expect, it } from "vitest";
import { type Ledger, parseLedger, serializeLedger } from "../../src/urls/index.ts";

const good = `version: 1
articles:
  2025/a.md:
    lang: de
    date: 2025-08-31T10:00:00.000+02:00
    translation: story-a
    urls:
      - /de/2025/a/
  gipfel-b:
    file: 2025/b.md
    lang: en
    removed: true
    urls: [/en/2024/b/, /en/2025/b/]
`;

const errors = (text: string) =>
  parseLedger(text).diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`);

describe("parseLedger", () => {
  it("reads entries by key, with their history in order", () => {
    const { value, diagnostics } = parseLedger(good);
    expect(diagnostics).toEqual([]);
    expect([...(value?.articles ?? [])]).toEqual([
      [
        "2025/a.md",
        { lang: "de", date: "2025-08-31T10:00:00.000+02:00", translation: "story-a", urls: ["/de/2025/a/"] },
      ],
      ["gipfel-b", { file: "2025/b.md", lang: "en", removed: true, urls: ["/en/2024/b/", "/en/2025/b/"] }],
    ]);
  });

  it("stops at a merge conflict, with the line and what to do", () => {
    const conflict = good.replace(
      "  gipfel-b:",
      "<<<<<<< HEAD\n  2025/c.md:\n    lang: de\n    urls: [/de/2025/c/]\n=======\n  2025/d.md:\n    lang: de\n    urls: [/de/2025/d/]\n>>>>>>> other\n  gipfel-b:",
    );
    const { value, diagnostics } = parseLedger(conflict);
    expect(value).toBeUndefined();
    expect(diagnostics[0]).toMatchObject({ file: "urls.yaml", severity: "error", line: 9 });
    expect(diagnostics[0]?.hint).toContain("A merge conflict? Keep the entries of both sides");
  });

  it.each([
    [
      "a URL that leaves the site",
      good.replace("/de/2025/a/", "/../../etc/"),
      '8:9 urls/invalid "/../../etc/" is not a page URL',
    ],
    ["an absolute URL", good.replace("/de/2025/a/", "https://evil.example/"), "8:9 urls/invalid"],
    ["a file rather than a page", good.replace("/de/2025/a/", "/de/2025/a.html"), "8:9 urls/invalid"],
    [
      "an unknown field",
      good.replace("    translation: story-a\n", "    translaton: story-a\n"),
      '6:17 urls/invalid Unknown field "translaton"',
    ],
    ["a language summitdesk does not publish", good.replace("lang: de", "lang: fr"), "4:11 urls/invalid"],
    [
      "a key that is neither id nor file",
      good.replace("2025/a.md:", "2025/a.txt:"),
      'urls/invalid "2025/a.txt" is neither',
    ],
    [
      "another version",
      good.replace("version: 1", "version: 2"),
      "1:10 urls/invalid urls.yaml has version 2",
    ],
    [
      "no URLs",
      good.replace("    urls:\n      - /de/2025/a/\n", "    urls: []\n"),
      'urls/invalid The entry "2025/a.md" needs `urls:`',
    ],
    [
      "one URL under two articles",
      good.replace("/en/2024/b/", "/de/2025/a/"),
      'urls/invalid /de/2025/a/ is listed for "gipfel-b" and for "2025/a.md"',
    ],
    [
      "a duplicate key",
      good.replace("  gipfel-b:", "  2025/a.md:\n    lang: de\n    urls: [/de/2025/x/]\n  gipfel-b:"),
      "yaml/duplicate-key",
    ],
  ])("refuses %s", (_, text, expected) => {
    expect(errors(text).join("\n")).toContain(expected);
  });
});

describe("serializeLedger", () => {
  it("writes keys sorted and fields in a fixed order, and reads back the same ledger", () => {
    const ledger: Ledger = {
      articles: new Map([
        ["zz", { lang: "en", urls: ["/en/2025/z/"], file: "2025/z.md" }],
        [
          "2025/Łódź: Gipfel, Tag 1.md",
          { urls: ["/de/2025/lodz-gipfel-tag-1/"], lang: "de", translation: "1e3" },
        ],
        [
          "2025/a.md",
          { lang: "de", removed: true, urls: ["/de/2025/a/"], date: "2025-08-31T10:00:00.000+02:00" },
        ],
      ]),
    };
    const text = serializeLedger(ledger);
    expect(text).toMatch(/^# URL ledger: /);
    expect(text.indexOf("  2025/a.md:")).toBeLessThan(text.indexOf("2025/Łódź"));
    expect(text.indexOf("2025/Łódź")).toBeLessThan(text.indexOf("  zz:"));
    expect(text).toContain(
      "  2025/a.md:\n    lang: de\n    date: 2025-08-31T10:00:00.000+02:00\n    removed: true\n    urls:\n      - /de/2025/a/\n",
    );
    const back = parseLedger(text);
    expect(back.diagnostics).toEqual([]);
    expect(back.value?.articles.get("2025/Łódź: Gipfel, Tag 1.md")).toEqual({
      lang: "de",
      translation: "1e3",
      urls: ["/de/2025/lodz-gipfel-tag-1/"],
    });
    expect(serializeLedger(back.value as Ledger)).toBe(text);
  });
});
