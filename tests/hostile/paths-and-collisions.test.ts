/**
 * Path traversal through slugs, file names, permalinks, layouts and images; duplicate and case-colliding slugs;
 * dangling registry references. Each is one located diagnostic, or a URL made of safe segments only.
 */
import { describe, expect, it } from "vitest";
import { assertSafeUrl } from "../../src/render/urls.ts";
import { article, REGISTRY } from "../helpers/project.ts";
import { check, errors, project } from "./helpers.ts";

const A = "content/articles/a.md";
const fm = (extra: string) => article(`title: T\ndate: 2025-06-01\nlang: en\n${extra}`);

describe("path traversal", () => {
  const slugs = [
    "../../etc/passwd",
    "..",
    "/abs",
    "a/b",
    "a\\\\b",
    "%2e%2e",
    "UPPER",
    "with space",
    "ü",
    "a--b",
    "",
  ];
  for (const slug of slugs) {
    it(`refuses slug ${JSON.stringify(slug)} at its line`, () => {
      expect(errors(check(project({ [A]: fm(`slug: "${slug}"`) })).diagnostics)).toEqual([
        [`${A}:5:7`, "frontmatter/invalid-slug"],
      ]);
    });
  }

  it("refuses the keys that steer Eleventy: permalink, layout, engine, computed data, pagination", () => {
    const keys = [
      'permalink: "../../../outside/index.html"',
      'layout: "../../../../etc/passwd"',
      "templateEngineOverride: njk,md",
      'eleventyComputed: { title: "{{ 7*191 }}" }',
      "pagination: { data: collections.all, size: 1 }",
      "permalinkBypassOutputDir: true",
      "eleventyExcludeFromCollections: true",
      "tags: [post]",
    ];
    const r = check(project({ [A]: fm(keys.join("\n")) }));
    const reported = r.diagnostics.filter((d) => d.severity === "error").map((d) => [d.line, d.ruleId]);
    expect(reported).toEqual(keys.map((_, i) => [5 + i, "frontmatter/reserved-field"]));
    expect(r.model).toBeUndefined();
  });

  it("derives a safe slug from a hostile file name", () => {
    const r = check(
      project({
        "content/articles/a..%2F..%2Fetc.md": fm(""),
        "content/articles/Über <script> & Co.md": fm(""),
        "content/articles/-....md": fm(""),
      }),
    );
    expect(errors(r.diagnostics)).toEqual([]);
    expect([...(r.model?.articles.keys() ?? [])].sort()).toEqual([
      "en/a-2f-2fetc",
      "en/article",
      "en/ueber-script-co",
    ]);
  });

  it("refuses image paths outside /images/ and non-https image URLs", () => {
    for (const src of [
      "../secret.jpg",
      "/images/../../secret",
      "/images//x.jpg",
      "javascript:alert(1)",
      "http://x/a.jpg",
      "data:image/png;base64,AA",
      "/images/a.jpg\\..\\..",
      "//evil.example/a.jpg",
    ]) {
      expect(
        errors(check(project({ [A]: fm(`image: { src: '${src}', alt: A }`) })).diagnostics),
        src,
      ).toEqual([[`${A}:5:15`, "frontmatter/unsafe-path"]]);
    }
  });

  it("refuses a translation key that is not a slug", () => {
    expect(errors(check(project({ [A]: fm('translation: "../x"') })).diagnostics)).toEqual([
      [`${A}:5:14`, "frontmatter/invalid-field"],
    ]);
  });

  it("refuses registry ids that are not URL segments", () => {
    const r = check(
      project({
        ...REGISTRY,
        "content/registry/people.yaml": `"../evil": { name: Evil }\nEvil: { name: E }\n`,
      }),
    );
    expect(errors(r.diagnostics)).toEqual([
      ["content/registry/people.yaml:1:1", "registry/invalid-id"],
      ["content/registry/people.yaml:2:1", "registry/invalid-id"],
    ]);
  });

  it("never lets an unsafe URL through assertSafeUrl", () => {
    for (const url of [
      "/../x/",
      "/en/../x/",
      "//evil/",
      "/en/%2e%2e/",
      "/en/x\\y/",
      "/en/ x/",
      "en/x/",
      "/en/x/../",
      "/EN/",
      "/en/x/index.php",
    ]) {
      expect(() => assertSafeUrl(url), url).toThrow("refusing unsafe output URL");
    }
    expect(assertSafeUrl("/en/2025/a-b/")).toBe("/en/2025/a-b/");
  });
});

describe("collisions and references", () => {
  it("refuses two articles with the same slug in one edition, naming the first", () => {
    const r = check(
      project({
        "content/articles/2024/a.md": fm("slug: same"),
        "content/articles/2025/b.md": fm("slug: same"),
      }),
    );
    expect(
      r.diagnostics.filter((d) => d.severity === "error").map((d) => [d.file, d.line, d.ruleId, d.message]),
    ).toEqual([
      [
        "content/articles/2025/b.md",
        1,
        "publish/duplicate-slug",
        'The slug "same" is already used by content/articles/2024/a.md.',
      ],
    ]);
    expect(r.model).toBeUndefined();
  });

  it("refuses file names that differ only in case", () => {
    const r = check(project({ "content/articles/Gipfel.md": fm(""), "content/articles/gipfel.md": fm("") }));
    expect(errors(r.diagnostics)).toEqual([["content/articles/gipfel.md:1:1", "publish/duplicate-slug"]]);
  });

  it("allows the same slug in the two languages", () => {
    const r = check(
      project({
        "content/articles/a.md": fm("slug: same"),
        "content/articles/b.md": article("title: T\ndate: 2025-06-01\nlang: de\nslug: same"),
      }),
    );
    expect(errors(r.diagnostics)).toEqual([]);
  });

  it("reports dangling registry references with a suggestion", () => {
    const r = check(
      project({
        ...REGISTRY,
        "content/registry/people.yaml": "ghost: { name: Ghost, country: XX }\n",
        "content/registry/summits.yaml": REGISTRY["content/registry/summits.yaml"].replace(
          "organisation: sco",
          "organisation: sko",
        ),
      }),
    );
    expect(errors(r.diagnostics)).toEqual([
      ["content/registry/people.yaml:1:32", "registry/dangling-ref"],
      ["content/registry/summits.yaml:3:17", "registry/dangling-ref"],
    ]);
    expect(r.diagnostics.find((d) => d.file.endsWith("summits.yaml"))?.hint).toBe('Did you mean "sco"?');
  });

  it("reports an unknown person in an article at the list item", () => {
    const r = check(project({ ...REGISTRY, [A]: fm("people: [tokayev, nobody-at-all]") }));
    expect(errors(r.diagnostics)).toEqual([[`${A}:5:19`, "entities/unknown-ref"]]);
  });

  it("survives an alias that names another entity (a cycle of names) without looping", () => {
    const r = check(
      project({
        ...REGISTRY,
        "content/registry/people.yaml":
          "a-person: { name: Alpha, aliases: [Beta] }\nb-person: { name: Beta, aliases: [Alpha] }\n",
        [A]: fm("people: [Alpha]"),
      }),
    );
    expect(r.diagnostics.filter((d) => d.severity === "error").map((d) => d.ruleId)).not.toContain(
      "internal",
    );
  });
});
