import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.ts";
import { article, REGISTRY, removeProject, writeProject } from "../helpers/project.ts";

const roots: string[] = [];
afterAll(() => roots.forEach(removeProject));

describe("summitdesk tag", () => {
  const root = writeProject({
    ...REGISTRY,
    "content/articles/a.md": article(
      "title: Tokajew in Tianjin\ndate: 2025-08-31 10:00\nlang: de\nsummary: Kasachstans Präsident reist an.",
      "Der kasachische Präsident Tokajew traf Xi Jinping beim SOZ-Gipfel.",
    ),
  });
  roots.push(root);

  it("prints a stable JSON description of what the tagger found", () => {
    const run = runCli(root, ["tag", "content/articles/a.md", "--format", "json"]);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out).toMatchObject({
      version: 1,
      file: "content/articles/a.md",
      lang: "de",
      summit: "sco-2025-tianjin",
    });
    const byId = Object.fromEntries(out.entities.map((e: { id: string }) => [e.id, e]));
    expect(byId.KZ).toMatchObject({ type: "country", name: "Kazakhstan", salience: { inSummary: true } });
    expect(byId.KZ.mentions).toContainEqual({ field: "summary", surface: "Kasachstans", start: 0, end: 11 });
    expect(byId.KZ.mentions).toContainEqual({ field: "body", surface: "kasachische", start: 4, end: 15 });
    expect(byId.tokayev).toMatchObject({
      type: "person",
      name: "Kassym-Jomart Tokayev",
      salience: { inTitle: true },
    });
    expect(byId.sco).toMatchObject({ type: "organisation" });
    expect(byId["xi-jinping"]).toMatchObject({ type: "person" });
  });

  it("prints a readable table by default", () => {
    const run = runCli(root, ["tag", "content/articles/a.md"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/country\s+KZ\s+Kazakhstan/);
  });

  it("reports a missing file as a usage problem", () => {
    expect(runCli(root, ["tag", "content/articles/nope.md"]).status).toBe(2);
  });
});
