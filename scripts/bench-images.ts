/**
 * What pictures cost: every output of the sample site's pictures encoded one at a time (cold), then the same
 * plan against the filled cache (cached), and the social cards drawn one at a time. Prints per picture, per
 * format and width, per card, and peak memory. Times are this machine's at this moment (it is shared): read
 * the ratios. Usage: npm run bench:images
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadSite } from "../src/cli/run.ts";
import { produceImages, type SiteImages } from "../src/images/index.ts";

const ROOT = fileURLToPath(new URL("../", import.meta.url));

const { result } = loadSite(ROOT, false);
if (!result.model) throw new Error("the sample site has errors; run `summitdesk check`");
const images = result.model.images;
const cache = mkdtempSync(join(tmpdir(), "summitdesk-bench-images-"));
const rss = () => `${Math.round(process.resourceUsage().maxRSS / 1024)} MB`;

async function run(label: string, plan: SiteImages, pool: number): Promise<Map<string, number>> {
  const times = new Map<string, number>();
  let encodes = 0;
  const started = performance.now();
  const done = await produceImages(plan, {
    root: ROOT,
    cacheDir: cache,
    pool,
    onEncode: () => encodes++,
    onMade: (file, ms) => times.set(file, ms),
  });
  const ms = performance.now() - started;
  process.stdout.write(
    `${label}: ${done.files.length} files, ${done.made} made (${encodes} encodes), ${done.reused} cached, ${(ms / 1000).toFixed(2)} s, peak RSS so far ${rss()}\n`,
  );
  return times;
}

try {
  const pictures: SiteImages = { ...images, cards: new Map() };
  const cold = await run("pictures, cold, one at a time", pictures, 1);
  process.stdout.write("\nper picture (cold):\n");
  for (const job of images.jobs) {
    const ms = job.outputs.reduce((sum, out) => sum + (cold.get(out.file) ?? 0), 0);
    process.stdout.write(
      `  ${job.source}  ${job.width}×${job.height} ${job.format} ${(job.bytes / 1024).toFixed(0)} KB: ${job.outputs.length} outputs, ${(ms / 1000).toFixed(2)} s\n`,
    );
  }
  const byKind = new Map<string, number[]>();
  for (const job of images.jobs) {
    for (const out of job.outputs) {
      const kind = `${out.format} ${out.fit === "cover" ? "crop" : `${out.width <= 480 ? "480" : out.width <= 800 ? "800" : out.width <= 1200 ? "1200" : "1600"}`}`;
      byKind.set(kind, [...(byKind.get(kind) ?? []), cold.get(out.file) ?? 0]);
    }
  }
  process.stdout.write("\nper format and width (cold, median ms):\n");
  for (const [kind, list] of [...byKind].sort()) {
    const sorted = [...list].sort((a, b) => a - b);
    process.stdout.write(
      `  ${kind.padEnd(12)} ${sorted[Math.floor(sorted.length / 2)]?.toFixed(0)} ms (${list.length})\n`,
    );
  }
  const warmStarted = performance.now();
  await run("\npictures, cached", pictures, 4);
  process.stdout.write(
    `  per picture: ${((performance.now() - warmStarted) / images.jobs.length).toFixed(1)} ms\n`,
  );
  rmSync(cache, { recursive: true, force: true });
  await run("pictures, cold, four at a time", pictures, 4);
  const cards: SiteImages = { pictures: new Map(), jobs: [], cards: images.cards };
  const drawn = await run("\ncards, cold, one at a time", cards, 1);
  const cardMs = [...drawn.values()].sort((a, b) => a - b);
  process.stdout.write(
    `  per card: median ${cardMs[Math.floor(cardMs.length / 2)]?.toFixed(0)} ms (first ${cardMs.length > 0 ? [...drawn.values()][0]?.toFixed(0) : "-"} ms, font loading included)\n`,
  );
  await run("cards, cached", cards, 4);
} finally {
  rmSync(cache, { recursive: true, force: true });
}
