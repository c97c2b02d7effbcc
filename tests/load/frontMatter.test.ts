import { describe, expect, it } from "vitest";
import { parseArticleFile } from "../../src/load/index.ts";

const parse = (text: string) => parseArticleFile({ path: "a.md", text });

describe("parseArticleFile", () => {
  it("splits YAML front matter from the body and knows the body's first line", () => {
    const r = parse("---\ntitle: Hallo\ndate: 2025-08-31\n---\nErster Absatz.\n");
    expect(r.diagnostics).toEqual([]);
    expect(r.value?.data.title).toBe("Hallo");
    expect(r.value?.data.date).toBe("2025-08-31"); // a string: YAML timestamps are off
    expect(r.value?.body).toBe("Erster Absatz.\n");
    expect(r.value?.bodyLine).toBe(5);
  });

  it("locates a key's value by line and column", () => {
    const r = parse("---\ntitle: Hallo\npeople:\n  - Tokajew\n  - Xi\n---\n");
    expect(r.value?.locate(["people", 1])).toEqual({ line: 5, column: 5 });
  });

  it("refuses JavaScript front matter without running it", () => {
    const r = parse("---js\n{ title: process.exit(3) }\n---\n");
    expect(r.value).toBeUndefined();
    expect(r.diagnostics[0]).toMatchObject({ line: 1, ruleId: "frontmatter/not-yaml" });
  });

  it("reports a missing closing delimiter", () => {
    const r = parse("---\ntitle: x\n\nbody");
    expect(r.diagnostics[0]).toMatchObject({ ruleId: "frontmatter/unclosed" });
  });

  it("reports a duplicate key on its own line", () => {
    const r = parse("---\ntitle: a\ndate: 2025-01-01\ntitle: b\n---\n");
    expect(r.diagnostics[0]).toMatchObject({ line: 4, ruleId: "yaml/duplicate-key" });
  });

  it("reports a YAML syntax error at the line it occurs", () => {
    const r = parse("---\ntitle: a\npeople: [Tokajew\ndate: 2025-01-01\n---\n");
    expect(r.diagnostics[0]?.ruleId).toBe("yaml/syntax");
    expect(r.diagnostics[0]?.line).toBeGreaterThanOrEqual(3);
  });

  it("keeps __proto__ as a plain key", () => {
    const r = parse("---\n__proto__: { polluted: true }\ntitle: x\n---\n");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(r.value?.data)).toBeNull();
  });
});

describe("numbers in front matter", () => {
  it("keeps text that only looks like a number exactly as written", () => {
    const r = parseArticleFile({ path: "a.md", text: "---\ntitle: 1.50\nslug: 007\ncount: 12\n---\n" });
    expect(r.value?.data.title).toBe("1.50");
    expect(r.value?.data.slug).toBe("007");
    expect(r.value?.data.count).toBe(12);
  });
});

describe("readContent", () => {
  it("warns about article-like files it will not publish", async () => {
    const { readContent } = await import("../../src/load/index.ts");
    const { writeProject, removeProject } = await import("../helpers/project.ts");
    const root = writeProject({
      "content/articles/a.md": "---\ntitle: a\ndate: 2025-01-01\n---\n",
      "content/articles/b.MD": "x",
      "content/articles/c.markdown": "x",
      "content/articles/.d.md": "x",
      "content/articles/notes.pdf": "x",
    });
    try {
      const r = readContent(root);
      expect(r.value.articles.map((f) => f.path)).toEqual(["content/articles/a.md"]);
      expect(r.diagnostics.map((d) => [d.file, d.ruleId])).toEqual([
        ["content/articles/.d.md", "file/hidden"],
        ["content/articles/b.MD", "file/ignored"],
        ["content/articles/c.markdown", "file/ignored"],
      ]);
    } finally {
      removeProject(root);
    }
  });
});
