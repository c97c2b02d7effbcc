import { afterAll, describe, expect, it } from "vitest";
import { serializeLedger } from "../../src/urls/index.ts";
import { runCli } from "../helpers/cli.ts";
import { article, registryProjects } from "../helpers/project.ts";

const project = registryProjects(afterAll);

describe("summitdesk check", () => {
  it("exits 0 and says so when all is well", () => {
    const root = project({
      "content/articles/a.md": article("title: A\ndate: 2025-08-31\npeople: [Tokajew]"),
      "urls.json": serializeLedger({ articles: new Map([["a.md", { lang: "de", urls: ["/de/2025/a/"] }]]) }),
    });
    const run = runCli(root, ["check"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("No problems in 1 article.\n");
  });

  it("exits 0 with warnings only", () => {
    const root = project({
      "content/articles/a.md": article(
        "title: A\ndate: 2025-08-31\nlang: en",
        "Prime Minister Jane Doe arrived.",
      ),
      "urls.json": serializeLedger({ articles: new Map([["a.md", { lang: "en", urls: ["/en/2025/a/"] }]]) }),
    });
    const run = runCli(root, ["check"]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(
      'content/articles/a.md:6:16  warning  "Jane Doe" looks like a person but is not in the registry.',
    );
    expect(run.stderr).toContain("0 errors, 1 warning");
  });

  it("never prints a bidi override or other invisible character raw, in text or JSON", () => {
    const root = project({
      "content/articles/\u202Egpj.md": article("title: A\ndate: 2025-08-31\npeople: [Tokaj\u200Bew\u2066]"),
    });
    const text = runCli(root, ["check"]);
    const json = runCli(root, ["check", "--format", "json"]);
    for (const out of [text.stderr, json.stdout]) expect(out).not.toMatch(/[\u202E\u200B\u2066]/u);
    expect(text.stderr).toContain("content/articles/\\u202Egpj.md:4:10  error  ");
    expect(text.stderr).toContain("Tokaj\\u200Bew\\u2066");
    const parsed = JSON.parse(json.stdout) as { diagnostics: { file: string }[] };
    expect(parsed.diagnostics[0]?.file).toBe("content/articles/\u202Egpj.md");
  });

  it("prints machine-readable JSON and exits 1 on errors", () => {
    const root = project({ "content/articles/a.md": article("title: A\ndate: 2025-02-30") });
    const run = runCli(root, ["check", "--format", "json"]);
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual({
      version: 1,
      diagnostics: [
        {
          file: "content/articles/a.md",
          line: 3,
          column: 7,
          severity: "error",
          ruleId: "frontmatter/invalid-date",
          message: "2025-02-30 does not exist: February 2025 has 28 days.",
          hint: "Correct the day. Write it as 2025-08-31, 2025-08-31 14:30 or 2025-08-31T14:30:00+08:00.",
        },
      ],
    });
  });

  it("limits the report to the files named", () => {
    const root = project({
      "content/articles/a.md": article("title: A\ndate: 2025-02-30"),
      "content/articles/b.md": article("date: 2025-01-01"),
    });
    const run = runCli(root, ["check", "content/articles/b.md"]);
    expect(run.stderr).toContain("content/articles/b.md:2:1");
    expect(run.stderr).not.toContain("a.md");
  });
});
