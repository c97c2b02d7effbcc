/**
 * Stage probe: run in a temp project (`node --import tsx scripts/bench/probe.ts`), it does what `summitdesk
 * build` does through the public entry points of src/ (read → pipeline → Eleventy → search index) and prints
 * `timing <stage> <ms>` and `memory <stage> <rssKiB> <heapUsedKiB>` after each. Coarser than timings printed by
 * the build itself (the pipeline is one stage here), and a copy of writeSite's order; main.ts uses it only
 * when the build prints no timings.
 */
import { join } from "node:path";

const t0 = performance.now();
let last = t0;
function stage(name: string): void {
  const now = performance.now();
  const { rss, heapUsed } = process.memoryUsage();
  process.stderr.write(`timing ${name} ${(now - last).toFixed(1)}\n`);
  process.stderr.write(`memory ${name} ${Math.round(rss / 1024)} ${Math.round(heapUsed / 1024)}\n`);
  last = now;
}

const root = process.cwd();
const out = join(root, process.argv[2] ?? "_probe");
const [
  { readContent },
  { runPipeline },
  { summitdesk, LAYOUTS_DIR },
  { writeSearchIndex },
  { default: Eleventy },
] = await Promise.all([
  import("../../src/load/index.ts"),
  import("../../src/pipeline.ts"),
  import("../../src/eleventy/index.ts"),
  import("../../src/search/index.ts"),
  import("@11ty/eleventy"),
]);
stage("import");
const files = readContent(root);
stage("read");
const now = Date.parse(process.env.SUMMITDESK_NOW ?? "2026-01-01T00:00:00Z");
const result = runPipeline(files.value, { dev: false, now, nowIsPinned: true });
stage("pipeline");
if (!result.model) {
  process.stderr.write("probe: the pipeline reported errors\n");
  process.exit(1);
}
const model = result.model;
const eleventy = new Eleventy(LAYOUTS_DIR, out, {
  quietMode: true,
  configPath: false,
  config(cfg: Parameters<typeof summitdesk>[0]) {
    cfg.addPlugin?.(summitdesk, { root, model, dev: false });
  },
});
await eleventy.write();
stage("eleventy");
await writeSearchIndex(out);
stage("search");
process.stderr.write(`timing total ${(performance.now() - t0).toFixed(1)}\n`);
