/**
 * `npm run bench -- --articles N[,N…]`: generates a deterministic synthetic corpus of N articles in our content
 * format, builds it with `summitdesk build` (cold, then after one edit, ten edits and a registry change, each
 * with what the previous build left) and, in the same run, with Eleventy + Pagefind and Hugo + Pagefind, and
 * prints wall time, CPU time, peak RSS, pages written, stage timings and the ratios. A benchmark script, not a test.
 */
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { parseDocument } from "yaml";
import { CACHE_DIR } from "../../src/cache/store.ts";
import { parseArgs } from "./args.ts";
import {
  BASELINE_OUTPUT,
  baselineBuild,
  HUGO_OUTPUT,
  hugoBuild,
  hugoVersion,
  OUR_OUTPUT,
  ourBuild,
  pagefindOver,
  reportedFiles,
} from "./builds.ts";
import { measureDevServer } from "./devServer.ts";
import { CHECKOUT_BIN, installedBin } from "./installed.ts";
import { describeMachine } from "./machine.ts";
import { type Command, measure } from "./measure.ts";
import { formatHotspots, profilesIn, summariseProfile } from "./profile.ts";
import {
  articleFiles,
  countOutput,
  createProject,
  removeOutput,
  removeProject,
  scratchBase,
  type TempProject,
} from "./project.ts";
import { type BuildResult, failure, formatRun, type RunResult, toBuildResult } from "./report.ts";
import { parseTimings } from "./timings.ts";
import { measureWatchEdits, type WatchResult } from "./watchEdits.ts";

/**
 * Runs `cmds` one after the other `repeat` times from a clean output folder (and no build cache: cold); keeps
 * the repetition whose commands took the least wall time together. One result per command. A baseline
 * (`mayFail`) that fails is a finding, not the end of the bench: its result says why (e.g. killed for memory at
 * 100,000 articles), the commands after it in that repetition are not run, and a repetition that finished wins.
 */
async function fastest(
  cmds: readonly Command[],
  outDir: string,
  repeat: number,
  mayFail = false,
): Promise<BuildResult[]> {
  let best: BuildResult[] | undefined;
  const rank = (results: readonly BuildResult[]) =>
    (results.some((r) => r.failed) ? Number.MAX_SAFE_INTEGER / 2 : 0) +
    results.reduce((sum, r) => sum + r.wallMs, 0);
  for (let i = 0; i < repeat; i++) {
    removeOutput(outDir);
    const results: BuildResult[] = [];
    for (const cmd of cmds) {
      rmSync(join(cmd.cwd, CACHE_DIR), { recursive: true, force: true });
      const result = await measured(cmd, outDir, mayFail);
      results.push(result);
      if (result.failed) break;
    }
    if (!best || rank(results) < rank(best)) best = results;
  }
  if (!best) throw new Error("bench: no run");
  return best;
}

/**
 * Measures one command; its output folder counted after it. When it fails, throws with the end of its stderr,
 * or (`mayFail`) returns its measurement with the reason.
 */
async function measured(cmd: Command, outDir: string, mayFail = false): Promise<BuildResult> {
  const m = await measure(cmd);
  const { timings, rest } = parseTimings(m.stderr);
  const result = toBuildResult(m, countOutput(outDir), reportedFiles(m.stdout), timings);
  if (m.exitCode === 0) return result;
  if (mayFail) return { ...result, failed: failure(m.exitCode, m.signal, rest) };
  throw new Error(
    `bench: ${cmd.command} ${cmd.args.join(" ")} exited with ${m.exitCode}\n${rest.split("\n").slice(-30).join("\n")}`,
  );
}

/** Appends a sentence to the body of `count` articles spread evenly over the corpus, at (k + offset) / count. */
function editArticles(project: TempProject, count: number, offset: number): void {
  const files = articleFiles(project.root);
  for (let k = 0; k < count; k++) {
    const index = Math.floor(((k + offset) / count) * files.length) % files.length;
    const file = join(project.root, files[index] as string);
    writeFileSync(file, `${readFileSync(file, "utf8")}\nNachtrag: Die Gespräche werden fortgesetzt.\n`);
  }
}

/** The site's own people (content/registry/people.yaml): the first one gains an alias, as an editor would add. */
function addAlias(project: TempProject): void {
  const file = join(project.root, "content/registry/people.yaml");
  const doc = parseDocument(readFileSync(file, "utf8"));
  const first = (doc.toJS() as Record<string, { aliases?: string[] }> | null) ?? {};
  const [id, person] = Object.entries(first)[0] ?? [];
  if (!id || !person) throw new Error(`bench: ${file} names no person to add an alias to`);
  doc.setIn([id, "aliases"], [...(person.aliases ?? []), "Máxima Zorreguieta"]);
  writeFileSync(file, doc.toString());
}

/** Profiles our build with --cpu-prof; returns the summary (profile kept in a folder under the scratch base). */
async function profileOurs(project: TempProject, bin: string): Promise<RunResult["profile"]> {
  const dir = mkdtempSync(join(scratchBase(), `summitdesk-cpuprof-${project.articles}-`));
  removeOutput(join(project.root, OUR_OUTPUT));
  rmSync(join(project.root, CACHE_DIR), { recursive: true, force: true });
  const m = await measure(ourBuild(project.root, ["--cpu-prof", `--cpu-prof-dir=${dir}`], OUR_OUTPUT, bin));
  if (m.exitCode !== 0)
    throw new Error(`bench: profiled build exited with ${m.exitCode}\n${m.stderr.slice(-3000)}`);
  const files = profilesIn(dir);
  const file = files[0];
  if (!file) throw new Error(`bench: no .cpuprofile in ${dir}`);
  // Every thread's profile: the card and article threads hold about half of a cold build's CPU.
  const summary = summariseProfile(...files);
  return {
    file,
    threads: summary.threads.map((t) => ({ ...t, file: basename(t.file) })),
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
  const bin = options.checkout ? CHECKOUT_BIN : installedBin(scratchBase());
  process.stdout.write(
    `ours: ${options.checkout ? "this checkout, through tsx" : `installed from dist/ (${bin})`}\n\n`,
  );
  const runs: RunResult[] = [];
  for (const articles of options.articles) {
    const project = createProject(articles, options.seed);
    try {
      const ourOut = join(project.root, OUR_OUTPUT);
      const [ours] = await fastest([ourBuild(project.root, [], OUR_OUTPUT, bin)], ourOut, options.repeat);
      if (!ours) throw new Error("bench: no cold build");
      // The everyday cases, each with the cache and output the previous build left (a CI keeping .cache/):
      // one article changed, then ten others, then an alias added to a person of the site's registry.
      let warm: BuildResult | undefined;
      let edits10: BuildResult | undefined;
      let registryChange: BuildResult | undefined;
      let watch: WatchResult | undefined;
      if (options.warm) {
        editArticles(project, 1, 0.5);
        warm = await measured(ourBuild(project.root, [], OUR_OUTPUT, bin), ourOut);
        // Never the middle one again: ten others.
        editArticles(project, 10, 0.25);
        edits10 = await measured(ourBuild(project.root, [], OUR_OUTPUT, bin), ourOut);
        addAlias(project);
        registryChange = await measured(ourBuild(project.root, [], OUR_OUTPUT, bin), ourOut);
        // The same edit with the build process kept up between edits (`build --watch`).
        watch = await measureWatchEdits(project.root, bin);
      }
      const [baseline, baselineSearch] = options.baseline
        ? await fastest(
            [baselineBuild(project.root), pagefindOver(project.root, BASELINE_OUTPUT)],
            join(project.root, BASELINE_OUTPUT),
            options.repeat,
            true,
          )
        : [];
      const hugoFound = options.baseline ? hugoVersion() : undefined;
      const [hugo, hugoSearch] =
        hugoFound && "version" in hugoFound
          ? await fastest(
              [hugoBuild(project.root), pagefindOver(project.root, HUGO_OUTPUT)],
              join(project.root, HUGO_OUTPUT),
              options.repeat,
              true,
            )
          : [];
      const profile = options.profile ? await profileOurs(project, bin) : undefined;
      const dev = options.dev ? await measureDevServer(project.root, bin) : undefined;
      const run: RunResult = {
        articles,
        seed: options.seed,
        bytes: project.bytes,
        generateMs: project.generateMs,
        ours,
        ...(baseline ? { baseline } : {}),
        ...(baselineSearch ? { baselineSearch } : {}),
        ...(hugo ? { hugo } : {}),
        ...(hugoSearch ? { hugoSearch } : {}),
        ...(hugoFound && "version" in hugoFound ? { hugoVersion: hugoFound.version } : {}),
        ...(hugoFound && "missing" in hugoFound ? { hugoSkipped: hugoFound.missing } : {}),
        ...(warm ? { warm } : {}),
        ...(edits10 ? { edits10 } : {}),
        ...(registryChange ? { registryChange } : {}),
        ...(watch ? { watch } : {}),
        ...(dev ? { dev } : {}),
        ...(profile ? { profile } : {}),
      };
      runs.push(run);
      process.stdout.write(`${formatRun(run)}\n`);
      if (profile) {
        process.stdout.write(
          [
            `  CPU profiles of ours: ${dirname(profile.file)} (${(profile.totalMs / 1000).toFixed(1)} s sampled in ${profile.threads.length} threads and processes)`,
            `  busy per thread: ${profile.threads.map((t) => `${(t.busyMs / 1000).toFixed(1)} s`).join(", ")}`,
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
  // The installed copy is the bench's own scratch (its node_modules is a link: removing it leaves ours).
  if (!options.checkout) rmSync(dirname(dirname(bin)), { recursive: true, force: true });
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
