/**
 * The bench's report of a baseline that does not finish (scripts/bench/report.ts, measure.ts): at 100,000
 * articles a baseline's Pagefind may be killed for memory, and that is a result to print, not a crash that
 * loses the run's other figures.
 */
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { measure, parseTimeReport } from "../../scripts/bench/measure.ts";
import {
  type BuildResult,
  baselinesWithSearch,
  failure,
  formatRun,
  type RunResult,
} from "../../scripts/bench/report.ts";

const build = (wallMs: number, extra: Partial<BuildResult> = {}): BuildResult => ({
  exitCode: 0,
  wallMs,
  load1: 0.5,
  userMs: wallMs,
  sysMs: 0,
  treeCpuMs: wallMs,
  treeRssKb: 1024 * 1024,
  pages: 10,
  files: 20,
  stages: {},
  ...extra,
});

const run = (extra: Partial<RunResult>): RunResult => ({
  articles: 100_000,
  seed: 1,
  bytes: 1048576,
  generateMs: 1000,
  ours: build(900_000),
  ...extra,
});

describe("a baseline that did not finish", () => {
  const killed = build(700_000, {
    exitCode: 137,
    treeRssKb: 22 * 1024 * 1024,
    failed: failure(137, 9, ""),
  });
  const report = formatRun(
    run({
      baseline: build(300_000),
      baselineSearch: killed,
      hugo: build(100_000),
      hugoSearch: build(200_000),
    }),
  );

  it("says which command failed, why, after how long and at what memory", () => {
    expect(report).toContain(
      "Pagefind over Eleventy's pages did not finish: killed by signal 9 (SIGKILL; the bench sends none: the kernel's out-of-memory killer), after 700.00 s at a peak of 22528 MB",
    );
  });

  it("gives no ratio against it, and still the ratio against the baseline that finished", () => {
    const ratioRow = report
      .split("\n")
      .find((line) => line.trim().startsWith("ours, cold") && line.includes("×"));
    expect(ratioRow).toMatch(/did not finish\s+3\.00× \(3\.00×\)/);
  });

  it("keeps a failed site generator as the pair's result, with no Pagefind run after it", () => {
    const failedEleventy = build(50_000, {
      exitCode: 1,
      failed: failure(1, undefined, "heap\nout of memory\n"),
    });
    expect(baselinesWithSearch(run({ baseline: failedEleventy })).eleventy?.failed).toBe(
      "exit 1: out of memory",
    );
    expect(baselinesWithSearch(run({ baseline: build(1), baselineSearch: killed })).eleventy?.failed).toMatch(
      /^killed by signal 9/,
    );
  });
});

describe("the measurement of a killed command", () => {
  it("reads the signal from GNU time's report", () => {
    expect(parseTimeReport("Command terminated by signal 9\n\tUser time (seconds): 1.50\n")).toMatchObject({
      signal: 9,
      userMs: 1500,
    });
    expect(parseTimeReport("\tUser time (seconds): 1.50\n\tExit status: 0\n").signal).toBeUndefined();
  });

  // The bench reads signals from GNU time (Debian's `time` package); without it a failure has only its status.
  it.skipIf(!existsSync("/usr/bin/time"))("reports the signal of a real process killed by one", async () => {
    const m = await measure({
      command: "/bin/sh",
      args: ["-c", "kill -9 $$"],
      cwd: process.cwd(),
      env: process.env,
    });
    expect(m.exitCode).toBe(137);
    expect(m.signal).toBe(9);
  });
});
