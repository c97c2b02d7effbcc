import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.ts";
import { REGISTRY, removeProject, writeProject } from "../helpers/project.ts";

const roots: string[] = [];
afterAll(() => roots.forEach(removeProject));

describe("summitdesk new", () => {
  it("creates a named draft with front matter filled in, dated now in the site's zone", () => {
    const root = writeProject(REGISTRY);
    roots.push(root);
    const run = runCli(
      root,
      [
        "new",
        "Größere Rolle für Kasachstan",
        "--lang",
        "de",
        "--summit",
        "SOZ-Gipfel 2025 in Tianjin",
        "--people",
        "Tokajew,Xi",
      ],
      {
        SUMMITDESK_NOW: "2025-08-31T22:30:00Z",
      },
    );
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const path = "content/articles/2025/groessere-rolle-fuer-kasachstan.md";
    expect(run.stdout).toContain(`Created ${path}`);
    const text = readFileSync(join(root, path), "utf8");
    expect(text).toContain("title: Größere Rolle für Kasachstan\n");
    expect(text).toContain("date: 2025-09-01 00:30\n"); // 22:30 UTC is 00:30 the next day in Berlin
    expect(text).toContain("summit: sco-2025-tianjin\n");
    expect(text).toContain("people:\n  - tokayev\n  - xi-jinping\n");
    // The new file passes check (drafts are valid content).
    expect(runCli(root, ["check"]).status).toBe(0);
  });

  it("never overwrites an existing file", () => {
    const path = "content/articles/2025/tokajew-in-tianjin.md";
    const root = writeProject({ ...REGISTRY, [path]: "original" });
    roots.push(root);
    const run = runCli(root, ["new", "Tokajew in Tianjin"], { SUMMITDESK_NOW: "2025-08-31T10:00:00Z" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("already exists; nothing was overwritten");
    expect(readFileSync(join(root, path), "utf8")).toBe("original");
  });

  it("refuses unknown names with a suggestion and writes nothing", () => {
    const root = writeProject(REGISTRY);
    roots.push(root);
    const run = runCli(root, ["new", "Titel", "--people", "Tokayew"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Unknown person "Tokayew". Did you mean "tokayev"?');
  });
});
