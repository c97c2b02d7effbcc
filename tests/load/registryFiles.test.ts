import { afterAll, describe, expect, it } from "vitest";
import { readContent } from "../../src/load/index.ts";
import { runPipeline } from "../../src/pipeline.ts";
import { removeProject, writeProject } from "../helpers/project.ts";

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) removeProject(r);
});
function project(files: Record<string, string>): string {
  const root = writeProject(files);
  roots.push(root);
  return root;
}

describe("reading the registry", () => {
  it("reads the world layer, then content/registry as files or folders, in path order", () => {
    const world = project({
      "people/b.yaml": "b:\n  name: B\n",
      "people/a.yaml": "a:\n  name: A\n",
      "summits.yaml": "",
      "README.md": "not read",
    });
    const root = project({
      "content/registry/people.yaml": "c:\n  name: C\n",
      "content/registry/offices/kz.yaml": "",
    });
    const { value } = readContent(root, "content", { worldRegistry: world });
    expect(value.registry.map((f) => [f.layer, f.kind, f.path.replace(world, "WORLD")])).toEqual([
      ["world", "people", "WORLD/people/a.yaml"],
      ["world", "people", "WORLD/people/b.yaml"],
      ["world", "summits", "WORLD/summits.yaml"],
      ["local", "offices", "content/registry/offices/kz.yaml"],
      ["local", "people", "content/registry/people.yaml"],
    ]);
  });

  it("warns about a registry file it does not know, with the name it probably should have", () => {
    const root = project({
      "content/registry/summit.yaml": "x:\n  name: X\n",
      "content/registry/persons.yaml": "x:\n  name: X\n",
    });
    const { diagnostics } = readContent(root, "content", { worldRegistry: false });
    expect(diagnostics.map((d) => [d.file, d.severity, d.ruleId, d.hint])).toEqual([
      [
        "content/registry/persons.yaml",
        "warning",
        "registry/unknown-file",
        "Registry files are countries.yaml, offices.yaml, people.yaml, organisations.yaml, summits.yaml, or folders of those names.",
      ],
      ["content/registry/summit.yaml", "warning", "registry/unknown-file", 'Did you mean "summits.yaml"?'],
    ]);
  });

  it("reports a mistake in a world registry file like any other, with its file and line", () => {
    const world = project({
      "people.yaml": "ok:\n  name: Ok\nbad:\n  name: Bad\n  offices: [{ office: nowhere, from: 2020 }]\n",
    });
    const root = project({ "content/articles/a.md": "---\ntitle: A\ndate: 2025-01-01\n---\nText.\n" });
    const read = readContent(root, "content", { worldRegistry: world });
    const result = runPipeline(read.value, { dev: false, now: Date.parse("2030-01-01") });
    expect(result.model).toBeUndefined();
    expect(result.diagnostics.map((d) => [d.file.replace(world, "WORLD"), d.line, d.ruleId])).toEqual([
      ["WORLD/people.yaml", 5, "registry/dangling-ref"],
    ]);
  });
});
