/** The build's report: code frames come with the outcomes, so a file known unchanged is never read to show them. */
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ArticleCache } from "../../src/cache/index.ts";
import { framesIn, printReport } from "../../src/cli/run.ts";
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
      printReport(outcome.diagnostics, { ...files, articles: [unread] }, false, framesIn(cache)),
    );
    expect(fromOutcome).toBe(fromFile);
  });

  it("escapes a frame from the cache that would drive the terminal", () => {
    const outcome = processArticle(doe, articleContext(files));
    const index = outcome.diagnostics.findIndex((d) => d.line > 0);
    const frames = outcome.diagnostics.map((_, i) => (i === index ? "\u001b[2J\u202Eevil" : undefined));
    const out = printed(() =>
      printReport(outcome.diagnostics, files, false, framesIn(new Map([["key", { ...outcome, frames }]]))),
    );
    expect(out).toContain("\\u001B[2J\\u202Eevil");
    expect(out).not.toContain("\u001b");
    expect(out).not.toContain("\u202E");
  });
});
