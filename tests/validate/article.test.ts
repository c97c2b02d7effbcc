import { describe, expect, it } from "vitest";
import { parseArticleFile } from "../../src/load/index.ts";
import { validateArticle } from "../../src/validate/index.ts";

const ctx = { timeZone: "Europe/Berlin", defaultLang: "de" } as const;
function validate(text: string, path = "content/articles/2025/tokajew-in-tianjin.md") {
  const parsed = parseArticleFile({ path, text });
  if (!parsed.value) throw new Error(JSON.stringify(parsed.diagnostics));
  return validateArticle(parsed.value, ctx);
}

describe("validateArticle", () => {
  it("turns valid front matter into a draft with defaults", () => {
    const r = validate(
      "---\ntitle: Tokajew in Tianjin\ndate: 2025-08-31 09:30\nauthor: Anna Becker\npeople: Tokajew\n---\nText\n",
    );
    expect(r.diagnostics).toEqual([]);
    expect(r.value).toMatchObject({
      slug: "tokajew-in-tianjin",
      lang: "de",
      authors: ["Anna Becker"],
      draft: false,
      refs: { people: [{ text: "Tokajew", line: 5, column: 9 }] },
    });
  });

  it("reports every problem of a file at once, each at its line", () => {
    const r = validate("---\ndate: 2026-02-30\npeple: [Tokajew]\nlang: fr\n---\n");
    const found = r.diagnostics.map((d) => [d.line, d.ruleId]);
    expect(found).toEqual(
      expect.arrayContaining([
        [2, "frontmatter/missing-field"],
        [2, "frontmatter/invalid-date"],
        [3, "frontmatter/unknown-field"],
        [4, "frontmatter/invalid-field"],
      ]),
    );
    expect(r.diagnostics.find((d) => d.ruleId === "frontmatter/unknown-field")?.hint).toBe(
      'Did you mean "people"?',
    );
  });

  it("reports an impossible date with the reason", () => {
    const r = validate("---\ntitle: x\ndate: 2026-02-30\n---\n");
    expect(r.diagnostics).toMatchObject([
      {
        line: 3,
        column: 7,
        ruleId: "frontmatter/invalid-date",
        message: "2026-02-30 does not exist: February 2026 has 28 days.",
      },
    ]);
  });

  it("refuses keys that would steer Eleventy", () => {
    const r = validate("---\ntitle: x\ndate: 2025-01-01\npermalink: /../../etc/passwd\nlayout: evil\n---\n");
    expect(r.diagnostics.map((d) => [d.line, d.ruleId])).toEqual([
      [4, "frontmatter/reserved-field"],
      [5, "frontmatter/reserved-field"],
    ]);
  });

  it("points editors who write tags: to the entity fields", () => {
    const r = validate("---\ntitle: x\ndate: 2025-01-01\ntags: [SOZ, Kasachstan]\n---\n");
    expect(r.diagnostics).toMatchObject([
      {
        line: 4,
        ruleId: "frontmatter/reserved-field",
        hint: expect.stringContaining("`people`, `organisations`, `countries` and `summit`"),
      },
    ]);
  });

  it("derives the slug from a German file name with transliteration", () => {
    const r = validate(
      "---\ntitle: x\ndate: 2025-01-01\n---\n",
      "content/articles/Gipfel in Übersee & Straße.md",
    );
    expect(r.value?.slug).toBe("gipfel-in-uebersee-strasse");
  });

  it("refuses an unsafe slug and suggests a safe one", () => {
    const r = validate("---\ntitle: x\ndate: 2025-01-01\nslug: ../Über\n---\n");
    expect(r.diagnostics[0]).toMatchObject({
      ruleId: "frontmatter/invalid-slug",
      hint: "Write `slug: ueber`, or remove the field to use the file name.",
    });
  });
});

describe("corrections", () => {
  it("make the latest correction the article's modification date", () => {
    const r = validate(
      "---\ntitle: x\ndate: 2025-08-31 10:00\nupdated: 2025-08-31 12:00\ncorrections:\n  - date: 2025-09-02 09:15\n    text: Der Gipfel endete am 1. September, nicht am 2.\n---\n",
    );
    expect(r.value?.updated?.iso).toBe("2025-09-02T09:15:00.000+02:00");
    expect(r.value?.corrections).toMatchObject([{ text: "Der Gipfel endete am 1. September, nicht am 2." }]);
  });
});
