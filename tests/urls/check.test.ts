/**
 * What `summitdesk check` says about URLs, against a urls.json written inline: the field that moves a URL and the
 * old URL, the URLs the ledger lacks, articles that are gone. In process; no build.
 */
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/index.ts";
import { serializeLedger } from "../../src/urls/index.ts";
import { runMain } from "../helpers/main.ts";
import { article, registryProjects } from "../helpers/project.ts";

const project = registryProjects(afterAll);
const REPO = fileURLToPath(new URL("../../", import.meta.url));

const recorded = serializeLedger({
  articles: new Map([
    ["2025/tokajew.md", { lang: "de", urls: ["/de/2025/tokajew/"] }],
    ["2025/xi.md", { lang: "de", urls: ["/de/2025/xi/"] }],
  ]),
});
const tokajew = article("title: Tokajew\ndate: 2025-08-31 10:00\nlang: de");
const xi = article("title: Xi\ndate: 2025-08-30 10:00\nlang: de");

async function check(files: Record<string, string>, format = "json") {
  const run = await runMain(project(files), ["check", "--format", format]);
  // Only what concerns URLs (the fixtures' text draws other remarks too).
  const all: Diagnostic[] = format === "json" ? JSON.parse(run.stdout).diagnostics : [];
  return { ...run, diagnostics: all.filter((d) => d.ruleId.startsWith("urls/")) };
}

describe("check and the URL ledger", () => {
  it("is quiet when the ledger knows every URL", async () => {
    const run = await runMain(
      project({
        "urls.json": recorded,
        "content/articles/2025/tokajew.md": tokajew,
        "content/articles/2025/xi.md": xi,
      }),
      ["check"],
    );
    expect(run).toMatchObject({ code: 0, stdout: "No problems in 2 articles.\n", stderr: "" });
  });

  it("asks once for a ledger when there is none", async () => {
    const { code, diagnostics } = await check({ "content/articles/2025/tokajew.md": tokajew });
    expect(code).toBe(0);
    expect(diagnostics).toEqual([
      expect.objectContaining({ file: "urls.json", line: 0, severity: "warning", ruleId: "urls/no-ledger" }),
    ]);
  });

  it("points at the `slug:` that moves a URL, and names the old URL", async () => {
    const moved = article("title: Tokajew\nslug: tokajew-in-tianjin\ndate: 2025-08-31 10:00\nlang: de");
    const { diagnostics } = await check({
      "urls.json": recorded,
      "content/articles/2025/tokajew.md": moved,
      "content/articles/2025/xi.md": xi,
    });
    expect(diagnostics).toEqual([
      expect.objectContaining({
        file: "content/articles/2025/tokajew.md",
        line: 3,
        column: 7,
        severity: "warning",
        ruleId: "urls/moved",
        message:
          "This article moves from /de/2025/tokajew/ to /de/2025/tokajew-in-tianjin/ (its `slug:` changed).",
        expected: "/de/2025/tokajew/",
      }),
    ]);
  });

  it("points at the `date:` that moves a URL into another year", async () => {
    const { diagnostics } = await check({
      "urls.json": recorded,
      "content/articles/2025/tokajew.md": article("title: Tokajew\ndate: 2024-12-30 10:00\nlang: de"),
      "content/articles/2025/xi.md": xi,
    });
    expect(diagnostics).toEqual([
      expect.objectContaining({
        line: 3,
        column: 7,
        ruleId: "urls/moved",
        message:
          "This article moves from /de/2025/tokajew/ to /de/2024/tokajew/ (its `date:` is in another year).",
      }),
    ]);
  });

  it("warns about a new article's URL, a deleted article, and never about drafts", async () => {
    const { diagnostics } = await check({
      "urls.json": recorded,
      "content/articles/2025/tokajew.md": tokajew,
      "content/articles/2025/neu.md": article("title: Neu\ndate: 2025-09-01 10:00\nlang: de"),
      "content/articles/2025/entwurf.md": article("title: Entwurf\ndate: 2025-09-01 11:00\ndraft: true"),
    });
    expect(
      diagnostics.map(
        (d: { file: string; line: number; ruleId: string }) => `${d.file}:${d.line} ${d.ruleId}`,
      ),
    ).toEqual(["content/articles/2025/neu.md:1 urls/unrecorded", "urls.json:6 urls/removed"]);
    const removed = diagnostics.find((d) => d.ruleId === "urls/removed");
    expect(removed?.message).toBe(
      'content/articles/2025/xi.md is gone (deleted, renamed, unpublished or scheduled): /de/2025/xi/ will show a "removed" page.',
    );
    expect(removed?.hint).toContain(
      'rename its key "2025/xi.md" here to the new path below content/articles/',
    );
  });

  it("stops on a ledger it cannot read, and github annotations point at the line", async () => {
    const broken = recorded.replace('["/de/2025/xi/"]', '["/de/../../xi/"]');
    const run = await check(
      { "urls.json": broken, "content/articles/2025/tokajew.md": tokajew, "content/articles/2025/xi.md": xi },
      "github",
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      '::error file=urls.json,line=6,col=5,title=urls/invalid::"/de/../../xi/" is not a page URL of this site.' +
        '%0Ahint: URLs here are root-relative pages such as "/de/2025/tokajew-trifft-xi/": a-z, 0-9 and hyphens between slashes.\n',
    );
  });

  it("finds the sample site's ledger complete: every URL it publishes is recorded", async () => {
    const run = await runMain(REPO, ["check", "--format", "json"]);
    const urls = JSON.parse(run.stdout).diagnostics.filter((d: { ruleId: string }) =>
      d.ruleId.startsWith("urls/"),
    );
    expect(urls).toEqual([]);
  });
});
