/**
 * `npm run bench -- --articles N[,N…]`: generates a deterministic synthetic corpus of N articles in our content
 * format, builds it with `summitdesk build` and with a plain-Eleventy baseline, and prints wall time, CPU time,
 * peak RSS, pages written, stage timings and the ratio ours/baseline. A benchmark script, not a test.
 */
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CACHE_DIR } from "../../src/cache/store.ts";
import { parseArgs } from "./args.ts";
import { BASELINE_OUTPUT, baselineBuild, OUR_OUTPUT, ourBuild, reportedFiles } from "./builds.ts";
import { measureDevServer } from "./devServer.ts";
import { describeMachine } from "./machine.ts";
import { type Command, type Measurement, measure } from "./measure.ts";
import { formatHotspots, largestProfile, summariseProfile } from "./profile.ts";
import {
  articleFiles,
  countOutput,
  createProject,
  removeOutput,
  removeProject,
  scratchBase,
  type TempProject,
} from "./project.ts";
import { type BuildResult, formatRun, type RunResult, toBuildResult } from "./report.ts";
import { parseTimings } from "./timings.ts";

/** Runs `cmd` `repeat` times from a clean output folder (and no build cache: cold); keeps the fastest run. */
async function fastest(cmd: Command, outDir: string, repeat: number): Promise<BuildResult> {
  let best: { m: Measurement; stages: Map<string, number> } | undefined;
  for (let i = 0; i < repeat; i++) {
    removeOutput(outDir);
    rmSync(join(cmd.cwd, CACHE_DIR), { recursive: true, force: true });
    const m = await measure(cmd);
    const { timings, rest } = parseTimings(m.stderr);
    if (m.exitCode !== 0) {
      throw new Error(
        `bench: ${cmd.args.join(" ")} exited with ${m.exitCode}\n${rest.split("\n").slice(-30).join("\n")}`,
      );
    }
    if (!best || m.wallMs < best.m.wallMs) best = { m, stages: timings };
  }
  if (!best) throw new Error("bench: no run");
  return toBuildResult(best.m, countOutput(outDir), reportedFiles(best.m.stdout), best.stages);
}

/** Edits one article (a sentence appended to its body) and measures our rebuild, cache and output kept. */
async function rebuildAfterEdit(project: TempProject): Promise<BuildResult> {
  const files = articleFiles(project.root);
  const file = join(project.root, files[Math.floor(files.length / 2)] as string);
  writeFileSync(file, `${readFileSync(file, "utf8")}\nNachtrag: Die Gespräche werden fortgesetzt.\n`);
  const cmd = ourBuild(project.root);
  const m = await measure(cmd);
  const { timings, rest } = parseTimings(m.stderr);
  if (m.exitCode !== 0) throw new Error(`bench: rebuild exited with ${m.exitCode}\n${rest.slice(-3000)}`);
  return toBuildResult(m, countOutput(join(project.root, OUR_OUTPUT)), reportedFiles(m.stdout), timings);
}

/** Profiles our build with --cpu-prof; returns the summary (profile kept in a folder under the scratch base). */
async function profileOurs(project: TempProject): Promise<RunResult["profile"]> {
  const dir = mkdtempSync(join(scratchBase(), `summitdesk-cpuprof-${project.articles}-`));
  removeOutput(join(project.root, OUR_OUTPUT));
  rmSync(join(project.root, CACHE_DIR), { recursive: true, force: true });
  const m = await measure(ourBuild(project.root, ["--cpu-prof", `--cpu-prof-dir=${dir}`]));
  if (m.exitCode !== 0)
    throw new Error(`bench: profiled build exited with ${m.exitCode}\n${m.stderr.slice(-3000)}`);
  const file = largestProfile(dir);
  if (!file) throw new Error(`bench: no .cpuprofile in ${dir}`);
  const summary = summariseProfile(file);
  return {
    file,
    totalMs: summary.totalMs,
    areas: summary.areas.slice(0, 20),
    files: summary.files.slice(0, 25),
    functions: summary.functions.slice(0, 40),
  };
}

async function main(argv: readonly string[]): Promise<number> {
  const options = parseArgs(argv);
  const machine = describeMachine();
  process.stdout.write(
    `machine: ${machine.cores} cores, ${machine.cpu}, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.os}; scratch ${scratchBase()}\n\n`,
  );
  const runs: RunResult[] = [];
  for (const articles of options.articles) {
    const project = createProject(articles, options.seed);
    try {
      const ours = await fastest(ourBuild(project.root), join(project.root, OUR_OUTPUT), options.repeat);
      // The everyday case: one article changed since the last build, whose cache and output are still there.
      const warm = options.warm ? await rebuildAfterEdit(project) : undefined;
      const baseline = options.baseline
        ? await fastest(baselineBuild(project.root), join(project.root, BASELINE_OUTPUT), options.repeat)
        : undefined;
      const profile = options.profile ? await profileOurs(project) : undefined;
      const dev = options.dev ? await measureDevServer(project.root) : undefined;
      const run: RunResult = {
        articles,
        seed: options.seed,
        bytes: project.bytes,
        generateMs: project.generateMs,
        ours,
        ...(baseline ? { baseline } : {}),
        ...(warm ? { warm } : {}),
        ...(dev ? { dev } : {}),
        ...(profile ? { profile } : {}),
      };
      runs.push(run);
      process.stdout.write(`${formatRun(run)}\n`);
      if (profile) {
        process.stdout.write(
          [
            `  CPU profile of ours: ${profile.file} (${(profile.totalMs / 1000).toFixed(1)} s sampled)`,
            formatHotspots("  self time by area:", profile.areas, 12),
            formatHotspots("  self time by file:", profile.files, 15),
            formatHotspots("  self time by function:", profile.functions, 25),
          ].join("\n"),
        );
        process.stdout.write("\n");
      }
      if (options.keep) process.stdout.write(`  kept: ${project.root}\n`);
      process.stdout.write("\n");
    } finally {
      if (!options.keep) removeProject(project);
    }
  }
  if (options.json) {
    appendFileSync(options.json, `${JSON.stringify({ machine, date: new Date().toISOString(), runs })}\n`);
    process.stdout.write(`results appended to ${options.json}\n`);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
