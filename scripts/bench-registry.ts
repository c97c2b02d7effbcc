/**
 * `npm run bench:registry`: how long compiling a registry of the world registry's size takes — reading the files,
 * parsing and validating them, the name index and the tagger's tries — on a synthetic registry of ~1,500 people,
 * ~500 offices and ~400 summits (scripts/lib/synthetic-registry.ts). A benchmark, not a test: it prints medians of
 * five runs and exits 1 only when the registry has errors (the numbers depend on the machine).
 *   tsx scripts/bench-registry.ts [--people N --offices N --summits N]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readContent } from "../src/load/index.ts";
import { runRegistry } from "../src/pipeline.ts";
import { compileTagger } from "../src/tag/index.ts";
import { DEFAULT_SIZE, type SyntheticSize, writeSyntheticRegistry } from "./lib/synthetic-registry.ts";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const size: SyntheticSize = {
  people: arg("people", DEFAULT_SIZE.people),
  offices: arg("offices", DEFAULT_SIZE.offices),
  summits: arg("summits", DEFAULT_SIZE.summits),
};
const world = writeSyntheticRegistry(size);
const project = mkdtempSync(join(tmpdir(), "summitdesk-bench-registry-"));
const runs: { read: number; validate: number; compile: number; total: number }[] = [];
let problems: string[] = [];
try {
  for (let r = 0; r < 6; r++) {
    const t0 = performance.now();
    const read = readContent(project, "content", { worldRegistry: world });
    const t1 = performance.now();
    const diagnostics = [...read.diagnostics];
    const { registry } = runRegistry(read.value, diagnostics);
    const t2 = performance.now();
    compileTagger(registry);
    const t3 = performance.now();
    problems = diagnostics.map((d) => `${d.file}:${d.line} ${d.message}`);
    // The first run warms the JIT, as the first build of a dev server does; it is reported apart.
    if (r === 0)
      console.log(
        `cold run: ${(t3 - t0).toFixed(0)} ms (${registry.people.size} people, ${registry.offices.size} offices, ${registry.summits.size} summits)`,
      );
    else runs.push({ read: t1 - t0, validate: t2 - t1, compile: t3 - t2, total: t3 - t0 });
  }
} finally {
  rmSync(world, { recursive: true, force: true });
  rmSync(project, { recursive: true, force: true });
}
const median = (k: keyof (typeof runs)[number]) => {
  const xs = runs.map((x) => x[k]).sort((a, b) => a - b);
  return (xs[Math.floor(xs.length / 2)] as number).toFixed(0);
};
console.log(
  `warm (median of ${runs.length}): read ${median("read")} ms, parse + validate + name index ${median("validate")} ms, ` +
    `tagger compile ${median("compile")} ms, total ${median("total")} ms`,
);
if (problems.length > 0) {
  console.log(`${problems.length} registry problems:\n${problems.slice(0, 10).join("\n")}`);
  process.exitCode = 1;
}
