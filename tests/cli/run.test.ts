/**
 * The build's report: code frames come with the outcomes, so a file known unchanged is never read to show them;
 * a flood of one kind of warning is cut to a few and counted.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ArticleCache } from "../../src/cache/index.ts";
import { framesIn, printReport } from "../../src/cli/run.ts";
import type { Diagnostic } from "../../src/diagnostics/index.ts";
import type { ContentFiles, SourceFile } from "../../src/load/index.ts";
import { articleContext, processArticle } from "../../src/pipeline.ts";
import { article, REGISTRY, registrySources } from "../helpers/project.ts";

const doe: SourceFile = {
  path: "content/articles/2025/doe.md",
  text: article(
    "title: Doe in Tianjin\ndate: 2025-08-31 10:00\nlang: en",
    "Intro.\n\nPrime Minister Jane Doe arrived in Tianjin.\n\nLater, John Roe said little.",
  ),
};
const files: ContentFiles = { registry: registrySources(REGISTRY), articles: [doe] };

/** What printReport writes to stderr. */
function printed(run: () => void): string {
  const spy = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
  run();
  const text = spy.mock.calls.map(([chunk]) => String(chunk)).join("");
  spy.mockRestore();
  return text;
}

afterEach(() => vi.restoreAllMocks());

describe("printReport", () => {
  it("prints the frames an outcome was made with, the same as from the file, without reading it", () => {
    const outcome = processArticle(doe, articleContext(files));
    const warnings = outcome.diagnostics.filter((d) => d.severity === "warning" && d.line > 0);
    expect(warnings.length).toBeGreaterThanOrEqual(2);
    const cache: ArticleCache = new Map([["key", outcome]]);
    const fromFile = printed(() => printReport(outcome.diagnostics, files));
    expect(fromFile).toMatch(/> +\d+ \| Prime Minister Jane Doe arrived/);

    // The same article as a build that knows it unchanged holds it: its text is not to be asked for.
    const unread: SourceFile = {
      path: doe.path,
      get text(): string {
        throw new Error("the file was read");
      },
    };
    const fromOutcome = printed(() =>
      printReport(outcome.diagnostics, { ...files, articles: [unread] }, { frames: framesIn(cache) }),
    );
    expect(fromOutcome).toBe(fromFile);
  });

  it("escapes a frame from the cache that would drive the terminal", () => {
    const outcome = processArticle(doe, articleContext(files));
    const index = outcome.diagnostics.findIndex((d) => d.line > 0);
    const frames = outcome.diagnostics.map((_, i) => (i === index ? "\u001b[2J\u202Eevil" : undefined));
    const out = printed(() =>
      printReport(outcome.diagnostics, files, {
        frames: framesIn(new Map([["key", { ...outcome, frames }]])),
      }),
    );
    expect(out).toContain("\\u001B[2J\\u202Eevil");
    expect(out).not.toContain("\u001b");
    expect(out).not.toContain("\u202E");
  });

  it("shows every error and a few warnings of each kind, counting the rest, and reads only shown files", () => {
    const warning = (i: number, ruleId: string): Diagnostic => ({
      file: `content/articles/2025/a${i}.md`,
      line: 1,
      column: 1,
      severity: "warning",
      ruleId,
      message: `warning ${i}`,
    });
    const diagnostics: Diagnostic[] = [
      ...Array.from({ length: 40 }, (_, i) => warning(i, "check/unknown-name")),
      warning(40, "check/other"),
      {
        file: "content/articles/2025/z.md",
        line: 0,
        column: 0,
        severity: "error",
        ruleId: "e",
        message: "bad",
      },
    ];
    // A file whose warning is not shown is not read for its frame.
    const trap = (path: string): SourceFile => ({
      path,
      get text(): string {
        throw new Error(`${path} was read`);
      },
    });
    const articles = diagnostics.map((d, i) =>
      i >= 3 && i < 40 ? trap(d.file) : { path: d.file, text: "line\n" },
    );
    const out = printed(() => printReport(diagnostics, { ...files, articles }, { warningsPerRule: 3 }));
    expect(out.match(/ warning {2}warning \d+/g)).toEqual([
      " warning  warning 0",
      " warning  warning 1",
      " warning  warning 2",
      " warning  warning 40",
    ]);
    expect(out).toContain("error  bad");
    expect(out).toContain("… and 37 more check/unknown-name warnings");
    expect(out).not.toContain("more check/other");
    expect(out.trimEnd().split("\n").at(-1)).toBe("1 error, 41 warnings");
  });
});
