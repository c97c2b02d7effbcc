/**
 * Damaged and pathological files: each gives one located diagnostic (and nothing is built), or reads exactly as
 * its clean equivalent. Huge files are generated here, never committed.
 */
import { describe, expect, it } from "vitest";
import { article } from "../helpers/project.ts";
import { check, errors, project } from "./helpers.ts";

const A = "content/articles/2025/a.md";
const ok = article("title: T\ndate: 2025-06-01\nlang: en");

function problemsOf(content: string | Uint8Array): [string, string][] {
  return errors(check(project({ [A]: content })).diagnostics);
}

describe("damaged files", () => {
  it("refuses a 10 MB file by its size, without reading it into the pipeline", () => {
    const huge = `${ok}${"x".repeat(10 * 1024 * 1024)}`;
    const started = performance.now();
    const r = check(project({ [A]: huge }));
    expect(performance.now() - started).toBeLessThan(5000);
    expect(r.diagnostics).toEqual([
      expect.objectContaining({
        file: A,
        line: 0,
        ruleId: "file/too-large",
        message: "The file is 10.0 MB; the limit is 2 MB.",
      }),
    ]);
    expect(r.model).toBeUndefined();
  });

  it("reads a 1.5 MB single-line body in bounded time", () => {
    const started = performance.now();
    const r = check(project({ [A]: `${ok}${"Xi Jinping met Tokayev in Tianjin. ".repeat(45_000)}` }));
    expect(errors(r.diagnostics)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it("refuses a title that is one 60 kB line, at the title's line", () => {
    expect(problemsOf(article(`title: ${"T".repeat(60_000)}\ndate: 2025-06-01`))).toEqual([
      [`${A}:2:8`, "limits/too-long"],
    ]);
  });

  it("refuses an empty file and a file of blank lines", () => {
    expect(problemsOf("")).toEqual([[`${A}:0:0`, "frontmatter/missing"]]);
    expect(problemsOf("\n \n\t\n")).toEqual([[`${A}:0:0`, "frontmatter/missing"]]);
  });

  it("builds an article that is front matter only, with an empty body", () => {
    const r = check(project({ [A]: "---\ntitle: T\ndate: 2025-06-01\nlang: en\n---" }));
    expect(errors(r.diagnostics)).toEqual([]);
    expect(r.model?.bodies.get("en/a")).toBe("");
  });

  it("refuses front matter that is never closed, at line 1", () => {
    expect(problemsOf("---\ntitle: T\ndate: 2025-06-01\n\nThe body.\n")).toEqual([
      [`${A}:1:1`, "frontmatter/unclosed"],
    ]);
  });

  it("refuses a closing line with extra dashes or text, at that line", () => {
    expect(problemsOf("---\ntitle: T\ndate: 2025-06-01\n---- \nBody\n")).toEqual([
      [`${A}:4:1`, "frontmatter/unclosed"],
    ]);
    expect(problemsOf("---\ntitle: T\ndate: 2025-06-01\n---js\nBody\n")).toEqual([
      [`${A}:4:1`, "frontmatter/unclosed"],
    ]);
  });

  it("refuses empty front matter", () => {
    expect(problemsOf("---\n---\nBody\n")).toEqual([[`${A}:2:1`, "frontmatter/not-a-map"]]);
  });

  it("refuses a duplicate key at the second occurrence", () => {
    expect(problemsOf(article("title: T\ndate: 2025-06-01\ntitle: U"))).toEqual([
      [`${A}:4:1`, "yaml/duplicate-key"],
    ]);
  });

  it("reads a file with a BOM exactly like one without", () => {
    const bom = check(project({ [A]: `\uFEFF${ok}` }));
    const plain = check(project({ [A]: ok }));
    expect(errors(bom.diagnostics)).toEqual([]);
    expect(bom.model?.articles.get("en/a")).toEqual(plain.model?.articles.get("en/a"));
  });

  it("reads CRLF and CR line endings exactly like LF, with the same lines in diagnostics", () => {
    const crlf = check(project({ [A]: ok.replace(/\n/g, "\r\n") }));
    expect(errors(crlf.diagnostics)).toEqual([]);
    expect(crlf.model?.articles.get("en/a")).toEqual(check(project({ [A]: ok })).model?.articles.get("en/a"));
    expect(problemsOf("---\r\ntitle: T\r\ndate: 2025-06-01\r\ntitle: U\r\n---\r\n")).toEqual([
      [`${A}:4:1`, "yaml/duplicate-key"],
    ]);
    expect(problemsOf("---\rtitle: T\rdate: 2025-06-01\rtitle: U\r---\r")).toEqual([
      [`${A}:4:1`, "yaml/duplicate-key"],
    ]);
  });

  it("refuses a NUL byte at its line and column", () => {
    expect(problemsOf(`${ok}Line one.\nLine\u0000two.\n`)).toEqual([[`${A}:8:5`, "file/nul"]]);
  });

  it("refuses invalid UTF-8 at the line and byte column of the first bad byte", () => {
    const bytes = Buffer.concat([Buffer.from(`${ok}Gr`), Buffer.from([0xfc]), Buffer.from("n\n")]);
    expect(problemsOf(bytes)).toEqual([[`${A}:7:3`, "file/encoding"]]);
    // An overlong encoding of "/" and a lone surrogate are refused too.
    expect(problemsOf(Buffer.concat([Buffer.from(ok), Buffer.from([0xc0, 0xaf])]))).toEqual([
      [`${A}:7:1`, "file/encoding"],
    ]);
    expect(problemsOf(Buffer.concat([Buffer.from(ok), Buffer.from([0xed, 0xa0, 0x80])]))).toEqual([
      [`${A}:7:1`, "file/encoding"],
    ]);
  });

  it("reports every damaged file of a site at once", () => {
    const r = check(
      project({
        "content/articles/a.md": "",
        "content/articles/b.md": "---\ntitle: T\n",
        "content/articles/c.md": Buffer.from([0xff]),
        "content/articles/d.md": ok,
      }),
    );
    expect(errors(r.diagnostics)).toEqual([
      ["content/articles/c.md:1:1", "file/encoding"],
      ["content/articles/a.md:0:0", "frontmatter/missing"],
      ["content/articles/b.md:1:1", "frontmatter/unclosed"],
    ]);
    expect(r.model).toBeUndefined();
  });
});
