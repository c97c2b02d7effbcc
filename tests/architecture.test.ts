/**
 * Dependencies point one way: load → validate → enrich → index → render glue → Eleventy → CLI.
 * Each src/ folder has a rank; a module may import its own folder or folders of lower rank only,
 * and other folders only through their index.ts. New folders default to the render-glue rank.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL("../src/", import.meta.url));
const RANK: Record<string, number> = {
  diagnostics: 0,
  package: 0,
  text: 0,
  limits: 0,
  load: 1,
  registry: 2,
  config: 3,
  validate: 3,
  tag: 4,
  enrich: 5,
  advise: 6,
  index: 6,
  render: 7,
  pagedata: 8.5,
  images: 7.5,
  site: 8,
  cache: 9,
  "pipeline.ts": 10,
  parallel: 10.5,
  eleventy: 11,
  cli: 12,
  "api.ts": 13,
};
const DEFAULT_RANK = 8;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const abs = join(dir, name);
    return statSync(abs).isDirectory() ? files(abs) : abs.endsWith(".ts") ? [abs] : [];
  });
}

function folderOf(path: string): string {
  return relative(SRC, path).split(/[\\/]/)[0] ?? "";
}

describe("module dependencies", () => {
  const violations: string[] = [];
  for (const file of files(SRC)) {
    const from = folderOf(file);
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/^(?:import|export)[^"';]*?from\s+["'](\.{1,2}\/[^"']+)["']/gm)) {
      const target = join(file, "..", m[1] ?? "");
      if (!target.startsWith(SRC)) continue; // layouts/ is the render layer's sibling, checked below
      const to = folderOf(target);
      if (to === from) continue;
      const rankFrom = RANK[from] ?? DEFAULT_RANK;
      const rankTo = RANK[to] ?? DEFAULT_RANK;
      if (rankTo > rankFrom) violations.push(`${relative(SRC, file)} imports later stage ${to}`);
      if (!/\/(index|types)\.ts$/.test(target) && to !== "pipeline.ts") {
        violations.push(
          `${relative(SRC, file)} reaches into ${relative(SRC, target)} instead of ${to}/index.ts`,
        );
      }
    }
  }
  it("point from later stages to earlier ones only", () => {
    expect(violations.filter((v) => v.includes("later stage"))).toEqual([]);
  });
  it("cross folders only through index.ts or types.ts", () => {
    expect(violations.filter((v) => v.includes("instead of"))).toEqual([]);
  });
});
