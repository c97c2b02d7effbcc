import { describe, expect, it } from "vitest";
import type { Article } from "../../src/enrich/index.ts";
import { buildIndex } from "../../src/index/index.ts";
import { builtInCountries, entityKey, type Registry } from "../../src/registry/index.ts";

const registry: Registry = {
  countries: builtInCountries(),
  offices: new Map(),
  people: new Map(),
  organisations: new Map(),
  summits: new Map(),
};

function art(file: string, slug: string, millis: number, extra: Partial<Article> = {}): Article {
  return {
    file,
    slug,
    lang: "de",
    title: slug,
    date: { iso: new Date(millis).toISOString(), millis, dateOnly: false },
    authors: [],
    summary: "",
    draft: false,
    corrections: [],
    refs: { people: [], organisations: [], countries: [], exclude: [] },
    body: "",
    bodyLine: 1,
    listed: [],
    entities: [
      {
        type: "country",
        id: "KZ",
        key: entityKey("country", "KZ"),
        mentions: [],
        salience: { frontMatter: true, inTitle: false, inSummary: false, mentions: 0, level: "main" },
      },
    ],
    ...extra,
  };
}

const options = { includeDrafts: false, now: 10_000 };

describe("buildIndex", () => {
  it("orders newest first with the slug as tie-break, whatever the input order", () => {
    const input = [art("c.md", "c", 1000), art("a.md", "a", 2000), art("b.md", "b", 2000)];
    const { value } = buildIndex(input, registry, options);
    expect(value.editions.de.articles.map((a) => a.slug)).toEqual(["a", "b", "c"]);
    expect(value.editions.de.terms.get("country:KZ")?.articles.map((a) => a.slug)).toEqual(["a", "b", "c"]);
    expect(
      buildIndex([...input].reverse(), registry, options).value.editions.de.articles.map((a) => a.slug),
    ).toEqual(["a", "b", "c"]);
  });

  it("reports slugs that collide, also when they differ only in case", () => {
    const { value, diagnostics } = buildIndex(
      [art("x/a.md", "gipfel", 1), art("y/b.md", "Gipfel", 2)],
      registry,
      options,
    );
    expect(diagnostics).toMatchObject([
      {
        file: "y/b.md",
        ruleId: "publish/duplicate-slug",
        message: expect.stringContaining("x/a.md (differing only in case)"),
      },
    ]);
    expect(value.articles).toHaveLength(1);
  });

  it("leaves drafts and scheduled articles out of production builds only", () => {
    const input = [
      art("a.md", "draft", 1, { draft: true }),
      art("b.md", "later", 20_000),
      art("c.md", "now", 5),
    ];
    expect(buildIndex(input, registry, options).value.articles.map((a) => a.slug)).toEqual(["now"]);
    expect(buildIndex(input, registry, { ...options, includeDrafts: true }).value.articles).toHaveLength(3);
  });
});
