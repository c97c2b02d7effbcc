/**
 * The bundled world registry as it is at test time (registry/ of this package): it loads without a single
 * error, so every reference resolves, dates are real and ordered, one office has one holder at a time, nobody
 * holds an office after death, summits lie in their year and registered absentees led a member that day.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readContent, WORLD_REGISTRY_DIR } from "../../src/load/index.ts";
import { runRegistry } from "../../src/pipeline.ts";
import { dayOf, holderOn, summitFacts } from "../../src/registry/index.ts";

// An empty project: only the world layer is read.
const root = mkdtempSync(join(tmpdir(), "summitdesk-world-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const read = readContent(root);
const diagnostics = [...read.diagnostics];
const { registry } = runRegistry(read.value, diagnostics);
const world = read.value.registry.filter((f) => f.layer === "world");

describe("the world registry", () => {
  it("is found next to the package, whatever the project", () => {
    expect(world.length).toBeGreaterThan(0);
    expect(world.every((f) => f.path.includes("registry/"))).toBe(true);
  });

  it("loads without errors or warnings", () => {
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.message} ${d.ruleId}`)).toEqual([]);
  });

  it("says in each people and offices file when it was checked (asOf)", () => {
    const undated = world
      .filter((f) => f.kind === "people" || f.kind === "offices")
      .filter((f) => !/^#\s*asOf:\s*"?\d{4}-\d{2}-\d{2}"?/m.test(f.text.split("\n").slice(0, 5).join("\n")))
      .map((f) => f.path);
    expect(undated).toEqual([]);
  });

  it("names no participant who did not lead a member (or come as a registered guest) that day", () => {
    const wrong: string[] = [];
    for (const summit of registry.summits.values()) {
      const day = dayOf(summit.start);
      if (day === undefined) continue;
      for (const p of summitFacts(registry, summit).participants) {
        if (p.role === "guest" || p.role === "representative") continue;
        const led = p.person.offices.some((t) => holderOn(registry, t.office, day)?.id === p.person.id);
        if (!led) wrong.push(`${summit.id}: ${p.person.id}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("keeps its files readable: the folder the loader uses is this package's registry/", () => {
    expect(readFileSync(join(WORLD_REGISTRY_DIR, "README.md"), "utf8")).toContain("world registry");
  });
});
