/**
 * Every size an editor controls has a limit (src/limits): over it, one located `limits/…` error that names the
 * limit, never a crash ("Maximum call stack size exceeded", "Invalid string length") and never a build that
 * succeeds with a gigabyte of output.
 */
import { describe, expect, it } from "vitest";
import { absolutizeHtml } from "../../src/feeds/index.ts";
import {
  MAX_HEADINGS,
  MAX_IMAGES,
  MAX_LINKS,
  MAX_NESTING,
  MAX_REGISTRY_ENTRIES,
  MAX_TABLE_CELLS,
} from "../../src/limits/index.ts";
import { withSitePath } from "../../src/render/index.ts";
import { article, REGISTRY } from "../helpers/project.ts";
import { check, errors, project } from "./helpers.ts";

const A = "content/articles/2025/a.md";
const FRONT = "title: T\ndate: 2025-06-01\nlang: en";
/** The body starts on line 6 of the file (after four front-matter lines and the closing ---). */
const BODY_LINE = 6;

function problems(files: Record<string, string>) {
  const { diagnostics } = check(project({ ...REGISTRY, ...files }));
  return diagnostics.filter((d) => d.severity === "error");
}

const body = (text: string) => problems({ [A]: article(FRONT, text) });

describe("limits inside an article body", () => {
  it(`refuses more than ${MAX_HEADINGS} headings at the first one over (100,000 used to overflow the stack)`, () => {
    const found = body("# Heading\n\n".repeat(100_000));
    expect(errors(found)).toEqual([[`${A}:${BODY_LINE + 2 * MAX_HEADINGS}:1`, "limits/headings"]]);
    expect(found[0]?.message).toBe(
      "The article has more than 500 headings; this is the first one over the limit.",
    );
  });

  it(`refuses more than ${MAX_LINKS} links, written or bare, in the block that goes over`, () => {
    const links = Array.from({ length: MAX_LINKS + 1 }, (_, i) =>
      i % 2 ? `[x](https://example.org/${i})` : `https://example.org/${i}`,
    );
    expect(errors(body(`Intro.\n\n${links.join(" ")}`))).toEqual([
      [`${A}:${BODY_LINE + 2}:1`, "limits/links"],
    ]);
    expect(errors(body(links.slice(0, MAX_LINKS).join(" ")))).toEqual([]);
  });

  it(`refuses more than ${MAX_IMAGES} images`, () => {
    const images = "![a](/images/x.jpg)\n\n".repeat(MAX_IMAGES + 1);
    expect(errors(body(images))).toEqual([[`${A}:${BODY_LINE + 2 * MAX_IMAGES}:1`, "limits/images"]]);
  });

  it(`refuses lists and quotes nested more than ${MAX_NESTING} deep, where they go over (markdown-it would drop the rest)`, () => {
    const list = Array.from({ length: MAX_NESTING + 1 }, (_, d) => `${"  ".repeat(d)}- level ${d + 1}`);
    expect(errors(body(list.join("\n")))).toEqual([[`${A}:${BODY_LINE + MAX_NESTING}:1`, "limits/nesting"]]);
    expect(errors(body(list.slice(0, MAX_NESTING).join("\n")))).toEqual([]);
    expect(errors(body(`Intro.\n\n${">".repeat(400)} deep`))).toEqual([
      [`${A}:${BODY_LINE + 2}:1`, "limits/nesting"],
    ]);
  });

  it(`refuses tables with more than ${MAX_TABLE_CELLS} cells, at the row that goes over`, () => {
    const rows = "| a | b |\n".repeat(MAX_TABLE_CELLS / 2 + 1);
    expect(errors(body(`| h | i |\n| - | - |\n${rows}`))).toEqual([
      [`${A}:${BODY_LINE + 2 + MAX_TABLE_CELLS / 2 - 1}:1`, "limits/table-cells"],
    ]);
    // A megabyte of rows is refused before markdown-it parses them, at the same row.
    expect(errors(body(`| h | i |\n| - | - |\n${"| a | b |\n".repeat(100_000)}`))).toEqual([
      [`${A}:${BODY_LINE + 2 + MAX_TABLE_CELLS / 2 - 1}:1`, "limits/table-cells"],
    ]);
    expect(errors(body(`| h | i |\n| - | - |\n${"| a | b |\n".repeat(MAX_TABLE_CELLS / 2 - 1)}`))).toEqual(
      [],
    );
  });
});

describe("limits on front matter", () => {
  it("names the limit of a too-long field and of a too-long list, at the field", () => {
    const long = "x".repeat(1_000);
    const found = problems({
      [A]: article(`${FRONT}\nauthor: ${long}\npeople: [${Array(201).fill("tokayev").join(", ")}]`),
    });
    expect(errors(found)).toEqual([
      [`${A}:5:9`, "limits/too-long"],
      [`${A}:6:9`, "limits/too-many"],
    ]);
    expect(found.map((d) => d.message)).toEqual([
      '"author" is 1,000 characters long; the limit is 200.',
      '"people" has 201 entries; the limit is 200.',
    ]);
  });

  it("refuses front matter over 64 kB as a whole, before parsing it", () => {
    const fields = Array.from({ length: 10_000 }, (_, i) => `f${i}: x`).join("\n");
    const found = problems({ [A]: `---\ntitle: T\ndate: 2025-06-01\n${fields}\n---\nText.\n` });
    expect(errors(found)).toEqual([[`${A}:1:1`, "limits/front-matter"]]);
    expect(found[0]?.message).toBe("The front matter is 87 kB long; the limit is 64 kB.");
  });

  it("limits every text field: title, summary, slug, translation, image, corrections", () => {
    const at = (field: string, value: string) =>
      errors(
        problems({
          [A]: article(`date: 2025-06-01\n${field === "title" ? "" : "title: T\n"}${field}: ${value}`),
        }),
      )[0]?.[1];
    expect(at("title", "T".repeat(301))).toBe("limits/too-long");
    expect(at("summary", "s".repeat(1001))).toBe("limits/too-long");
    expect(at("slug", "s".repeat(201))).toBe("limits/too-long");
    expect(at("translation", "t".repeat(201))).toBe("limits/too-long");
    expect(at("image", `{ src: /images/a.jpg, alt: ${"a".repeat(1001)} }`)).toBe("limits/too-long");
    expect(at("corrections", `[{ date: 2025-06-02, text: ${"c".repeat(2001)} }]`)).toBe("limits/too-long");
  });
});

describe("limits on site.yaml and the registry", () => {
  it("refuses a 1.95 MB site title by the file's size (it made a 1.8 GB site)", () => {
    const found = problems({ "content/site.yaml": `title: ${"T".repeat(1_950_000)}\n`, [A]: article(FRONT) });
    expect(found.map((d) => [d.file, d.ruleId, d.message])).toEqual([
      ["content/site.yaml", "file/too-large", "The file is 1.9 MB; the limit is 64 kB."],
    ]);
  });

  it("names the limit of the site's title, description and url, at the field", () => {
    const found = problems({
      "content/site.yaml": `title: ${"T".repeat(201)}\ndescription: { de: ${"d".repeat(1001)}, en: ok }\nurl: https://example.org/${"p".repeat(200)}\n`,
      [A]: article(FRONT),
    });
    expect(errors(found)).toEqual([
      ["content/site.yaml:1:8", "limits/too-long"],
      ["content/site.yaml:2:20", "limits/too-long"],
      ["content/site.yaml:3:6", "limits/too-long"],
    ]);
  });

  it(`refuses a registry file with more than ${MAX_REGISTRY_ENTRIES.toLocaleString("en-US")} entries, whole`, () => {
    const people = Array.from({ length: MAX_REGISTRY_ENTRIES + 1 }, (_, i) => `p${i}: 0`);
    const found = problems({ "content/registry/people.yaml": `${people.join("\n")}\n`, [A]: article(FRONT) });
    expect(errors(found)).toEqual([["content/registry/people.yaml:1:1", "limits/registry-entries"]]);
  });

  it("refuses a registry alias over the schema's 500 characters, naming the limit", () => {
    const found = problems({
      "content/registry/people.yaml": `tokayev:\n  name: Tokayev\n  aliases: [${"T".repeat(501)}]\n`,
      [A]: article(FRONT),
    });
    expect(errors(found)).toEqual([["content/registry/people.yaml:3:13", "limits/too-long"]]);
  });
});

describe("user strings are never read as replacement patterns", () => {
  it("inserts a site URL containing $' and $& as written", () => {
    const html = '<p><a href="/de/x/">x</a> and more text</p>';
    expect(absolutizeHtml(html, "https://example.org/$'$&")).toBe(
      '<p><a href="https://example.org/$\'$&/de/x/">x</a> and more text</p>',
    );
    expect(withSitePath(html, "/$'")).toBe('<p><a href="/$&#39;/de/x/">x</a> and more text</p>');
  });
});
