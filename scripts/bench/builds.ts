/**
 * The builds the benchmark compares, as commands run in the temp project: ours (`summitdesk build`,
 * validation + tagging + rendering + search index), the plain-Eleventy baseline (baseline/), the Hugo baseline
 * (baseline/hugo/) and Pagefind over a baseline's article pages (the same Pagefind package ours runs).
 */
import { spawnSync } from "node:child_process";
import { totalmem } from "node:os";
import { join } from "node:path";
import { pagefindBinary } from "../../src/search/index.ts";
import { REPO_ROOT } from "./corpus.ts";
import { CHECKOUT_BIN } from "./installed.ts";
import type { Command } from "./measure.ts";

/** Pinned reference time, so scheduled-publishing decisions never depend on the clock. */
export const BENCH_NOW = "2026-01-01T00:00:00Z";

/** Output folders inside the temp project. */
export const OUR_OUTPUT = "_site";
export const BASELINE_OUTPUT = "_baseline";
export const HUGO_OUTPUT = "_hugo";

/** Both baselines write article pages at /YYYY/slug/ and term pages elsewhere: Pagefind is given the former. */
const BASELINE_ARTICLES = "[0-9][0-9][0-9][0-9]/*/index.html";

function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, TZ: "UTC", SUMMITDESK_NOW: BENCH_NOW, SUMMITDESK_TIMINGS: "1", ...extra };
}

/**
 * `node [nodeFlags] <bin> build --output <output>` in `root`: the checkout's bin/summitdesk.js unless told
 * another (installed.ts: the bench measures the installed package, as a newsroom runs it).
 */
export function ourBuild(
  root: string,
  nodeFlags: readonly string[] = [],
  output = OUR_OUTPUT,
  bin = CHECKOUT_BIN,
): Command {
  return {
    command: process.execPath,
    args: [...nodeFlags, bin, "build", "--output", output],
    cwd: root,
    env: env(),
  };
}

/** `node node_modules/@11ty/eleventy/cmd.cjs --config=baseline/eleventy.config.mjs` in `root`. */
export function baselineBuild(root: string): Command {
  return {
    command: process.execPath,
    args: [
      // The same heap allowance `summitdesk build` gives itself (bin/summitdesk.js), or 100k runs out of heap,
      // and the same young generation, so that the ratio compares the tools, not V8 settings.
      `--max-old-space-size=${Math.floor((totalmem() / 1048576) * 0.75)}`,
      "--max-semi-space-size=64",
      "node_modules/@11ty/eleventy/cmd.cjs",
      `--config=${join(REPO_ROOT, "scripts/bench/baseline/eleventy.config.mjs")}`,
      "--input=content/articles",
      `--output=${BASELINE_OUTPUT}`,
    ],
    cwd: root,
    env: env(),
  };
}

/** The page count a build reports on stdout ("Wrote 476 files", ours and Eleventy's alike). */
export function reportedFiles(stdout: string): number | undefined {
  const all = [...stdout.matchAll(/Wrote (\d+) files/g)];
  const last = all.at(-1);
  return last ? Number(last[1]) : undefined;
}

/**
 * `pagefind --site <outDir> --glob <article pages>` in `root`: the binary the `pagefind` package installs, the
 * one ours runs, started as ours starts it (directly, not through the package's Node wrapper, whose exit status
 * hides a signal: a Pagefind the kernel kills for memory would only say "exit 1").
 */
export function pagefindOver(root: string, outDir: string): Command {
  return {
    command: pagefindBinary(),
    args: ["--site", outDir, "--glob", BASELINE_ARTICLES],
    cwd: root,
    env: env(),
  };
}

const HUGO_DIR = join(REPO_ROOT, "scripts/bench/baseline/hugo");

/** `hugo --config baseline/hugo/hugo.toml --layoutDir baseline/hugo/layouts --destination _hugo` in `root`. */
export function hugoBuild(root: string, hugo = "hugo"): Command {
  return {
    command: hugo,
    args: [
      "--config",
      join(HUGO_DIR, "hugo.toml"),
      "--layoutDir",
      join(HUGO_DIR, "layouts"),
      "--destination",
      HUGO_OUTPUT,
      "--quiet",
    ],
    cwd: root,
    env: env(),
  };
}

/** Hugo's version line when `hugo` runs here; otherwise why not (the Hugo baseline is then skipped). */
export function hugoVersion(hugo = "hugo"): { version: string } | { missing: string } {
  const run = spawnSync(hugo, ["version"], { encoding: "utf8" });
  if (run.error || run.status !== 0)
    return {
      missing: `\`${hugo}\` not found (${run.error?.message ?? `exit ${run.status}`}); on Debian: apt-get install -y hugo`,
    };
  return { version: run.stdout.trim() };
}
