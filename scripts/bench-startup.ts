/**
 * `npm run bench:startup [-- --runs N]`: what running compiled JavaScript saves over tsx. Packs this repository,
 * installs the tarball into a temp folder from the npm cache (scripts/lib/packedSite.ts), then alternates, in one
 * run: loading `build`'s modules (the start-up itself), and a whole `summitdesk build` of the sample site, each
 * from this checkout (sources through tsx) and from the installed package (dist/). Prints best and median wall
 * and CPU seconds per variant and the ratios; the machine is shared, so only ratios of one run mean much.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { installOffline, packRepository } from "./lib/packedSite.ts";

const REPO = fileURLToPath(new URL("../", import.meta.url));
const { values } = parseArgs({ options: { runs: { type: "string", default: "7" } } });
const runs = Number(values.runs);

/** Wall and CPU seconds of one process (children included), from /usr/bin/time. */
function timed(command: string, args: readonly string[], cwd: string): { wall: number; cpu: number } {
  const r = spawnSync("/usr/bin/time", ["-f", "TIMED %e %U %S", command, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, TZ: "UTC", SUMMITDESK_NOW: "2025-09-02T12:00:00Z" },
  });
  const line = r.stderr.split("\n").find((l) => l.startsWith("TIMED "));
  if (r.status !== 0 || !line)
    throw new Error(`${command} ${args.join(" ")} failed:\n${r.stdout}\n${r.stderr}`);
  const [wall, user, sys] = line.slice(6).split(" ").map(Number) as [number, number, number];
  return { wall, cpu: user + sys };
}

const site = mkdtempSync(join(tmpdir(), "summitdesk-startup-"));
try {
  process.stderr.write("packing and installing from the npm cache …\n");
  installOffline(site, packRepository(REPO, site), REPO);
  const installed = join(site, "node_modules", "summitdesk");
  const out = (name: string) => join(site, `out-${name}`);
  const variants: Record<string, () => { wall: number; cpu: number }> = {
    "start-up, tsx": () =>
      timed(process.execPath, ["--import", "tsx", "-e", 'await import("./src/cli/build.ts")'], REPO),
    "start-up, dist": () =>
      timed(
        process.execPath,
        ["-e", `await import(${JSON.stringify(join(installed, "dist/src/cli/build.js"))})`],
        REPO,
      ),
    "build, tsx": () =>
      timed(process.execPath, [join(REPO, "bin/summitdesk.js"), "build", "--output", out("tsx")], REPO),
    "build, dist": () =>
      timed(
        join(site, "node_modules", ".bin", "summitdesk"),
        ["build", "--root", REPO, "--output", out("dist")],
        REPO,
      ),
  };
  const samples = new Map<string, { wall: number; cpu: number }[]>();
  // One warm-up each (tsx's transform cache, the build cache, pictures), then alternate.
  for (const run of Object.values(variants)) run();
  for (let i = 0; i < runs; i++) {
    for (const [name, run] of Object.entries(variants))
      samples.set(name, [...(samples.get(name) ?? []), run()]);
  }
  const stat = (xs: number[]) => {
    const sorted = [...xs].sort((a, b) => a - b);
    return { best: sorted[0] ?? 0, median: sorted[Math.floor(sorted.length / 2)] ?? 0 };
  };
  const rows = [...samples].map(([name, list]) => ({
    name,
    wall: stat(list.map((s) => s.wall)),
    cpu: stat(list.map((s) => s.cpu)),
  }));
  process.stdout.write(`${runs} runs each, alternating; seconds (best / median)\n`);
  for (const r of rows) {
    process.stdout.write(
      `${r.name.padEnd(16)} wall ${r.wall.best.toFixed(2)} / ${r.wall.median.toFixed(2)}   cpu ${r.cpu.best.toFixed(2)} / ${r.cpu.median.toFixed(2)}\n`,
    );
  }
  const by = (name: string) => rows.find((r) => r.name === name);
  for (const what of ["start-up", "build"]) {
    const tsx = by(`${what}, tsx`);
    const dist = by(`${what}, dist`);
    if (!tsx || !dist) continue;
    process.stdout.write(
      `${what}: dist saves ${(tsx.wall.median - dist.wall.median).toFixed(2)} s wall (median), ${(tsx.cpu.median - dist.cpu.median).toFixed(2)} s CPU; dist/tsx CPU ${(dist.cpu.median / tsx.cpu.median).toFixed(2)}\n`,
    );
  }
} finally {
  rmSync(site, { recursive: true, force: true });
}
