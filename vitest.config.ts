import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { LongestFirst } from "./tests/helpers/sequencer.ts";

// Tests run in a fixed time zone and locale so that nothing depends on the machine (STYLE.md §12).
process.env.TZ = "UTC";

/**
 * Tests that build a site (Eleventy, Pagefind), run the CLI as a child process, start the dev server or a
 * browser: the "full" project, run by `npm run test:full` and CI (.ci/run). Everything else is "unit", the fast
 * default of `npm test`. A new test that builds or spawns belongs in this list.
 */
export const FULL = [
  "tests/e2e/**/*.test.ts",
  "tests/bench/**/*.test.ts",
  "tests/cache/build.test.ts",
  "tests/cache/stamps.test.ts",
  "tests/cache/verified.test.ts",
  "tests/cli/help.test.ts",
  "tests/cli/build.test.ts",
  "tests/cli/watch-build.test.ts",
  "tests/cli/check.test.ts",
  "tests/cli/new.test.ts",
  "tests/cli/tag.test.ts",
  "tests/cli/output-folder.test.ts",
  "tests/eleventy/devServer.test.ts",
  "tests/eleventy/golden.test.ts",
  "tests/eleventy/searchPages.test.ts",
  "tests/eleventy/slices.test.ts",
  "tests/eleventy/theme.test.ts",
  "tests/hostile/atomic-output.test.ts",
  "tests/hostile/crash-safety.test.ts",
  "tests/hostile/determinism.test.ts",
  "tests/hostile/linear-time.test.ts",
  "tests/hostile/output-is-inert.test.ts",
  "tests/images/produce.test.ts",
  "tests/incremental/damaged.test.ts",
  "tests/incremental/property.test.ts",
  "tests/incremental/watch-property.test.ts",
  "tests/incremental/reuse.test.ts",
  "tests/package/**/*.test.ts",
  "tests/parallel/**/*.test.ts",
  "tests/search/overlap.test.ts",
  "tests/search/pagefind.test.ts",
  "tests/seo/sitemap-build.test.ts",
  "tests/site/output.test.ts",
  "tests/site/site-path.test.ts",
  "tests/static/regexes.test.ts",
  "tests/urls/build.test.ts",
];

/**
 * The reader's walk in Chromium (also in FULL): a group of its own, after everything else. The page checks in
 * Chromium (axe, pictures, screenshots: tests/e2e/pages.test.ts) depend on no timing and run with the full
 * project: after it, alone, they kept one of CI's two cores idle for two minutes.
 */
const BROWSER = ["tests/e2e/reader.test.ts"];

// Whole-site tests share processed pictures (named by content hash and settings: faster, never different).
const ENV = {
  TZ: "UTC",
  LANG: "C",
  SUMMITDESK_IMAGE_CACHE: fileURLToPath(new URL("node_modules/.cache/summitdesk-test-images", import.meta.url)),
};

/**
 * The tests that run the summitdesk command run the compiled dist/ (SUMMITDESK_DIST, bin/summitdesk.js), made
 * fresh first when a source is newer (tests/helpers/freshDist.ts): what an installed package runs, and ~0.5 s
 * less per process started than compiling TypeScript with tsx in each.
 */
const COMMAND = {
  globalSetup: ["tests/helpers/freshDist.ts"],
  env: { ...ENV, SUMMITDESK_DIST: "1" },
};

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
    // Longest files first (tests/durations.json): no long file starts last while the other core idles.
    sequence: { sequencer: LongestFirst },
    // Vitest's default is one worker fewer than the cores: on CI's two cores, one file at a time, with a core
    // idle while a test waits on a spawned build (19 min for test:full; two workers: 13 min, same results).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    env: ENV,
    // In CI a JSON report feeds the one-line summary .ci/run prints (scripts/test-summary.ts).
    reporters: process.env.CI ? ["default", ["json", { outputFile: "test-results/vitest.json" }]] : ["default"],
    projects: [
      // In-process tests share their workers' module cache (isolate: false): most of their time was spent
      // importing the same pipeline once per file.
      { extends: true, test: { name: "unit", include: ["tests/**/*.test.ts"], exclude: FULL, isolate: false } },
      // Two files at a time share the cores with their builds: a test's builds take up to 1.6 times as long.
      {
        extends: true,
        test: { name: "full", include: FULL, exclude: BROWSER, testTimeout: 120_000, ...COMMAND },
      },
      // The reader's walk runs last and alone, so that its timings are a reader's rather than a loaded
      // machine's. Beside another file's builds, the reader walk's typing once came before the search script
      // ran, which then wiped it (a real bug, fixed in layouts/assets/search.js and tested in tests/e2e).
      {
        extends: true,
        test: {
          name: "browser",
          include: BROWSER,
          ...COMMAND,
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
          testTimeout: 120_000,
        },
      },
    ],
  },
});
