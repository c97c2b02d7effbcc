/**
 * Writes tests/durations.json, the seconds each slow test file took, from vitest's JSON report
 * (test-results/vitest.json, which CI writes): tests/helpers/sequencer.ts starts the longest files first, so
 * that no long one starts last while the other core idles. Run after a full run on CI's machine or this one:
 *   node --import tsx scripts/test-durations.ts [test-results/vitest.json]
 * Only the order of files depends on it; a stale table makes a run slower, never different.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";

/** Files quicker than this go in the default order (vitest's: larger files first). */
const SLOW = 2;

const reportFile = resolve(process.argv[2] ?? "test-results/vitest.json");
// The report names files by absolute path in the checkout that ran them: the folder above test-results/.
const root = dirname(dirname(reportFile));
const report = JSON.parse(readFileSync(reportFile, "utf8")) as {
  testResults: { name: string; startTime: number; endTime: number }[];
};
const seconds: Record<string, number> = {};
for (const file of report.testResults
  .map((t) => ({ path: relative(root, t.name), s: Math.round((t.endTime - t.startTime) / 1000) }))
  .filter((t) => t.s >= SLOW && !t.path.startsWith(".."))
  .sort((a, b) => b.s - a.s || (a.path < b.path ? -1 : 1)))
  seconds[file.path] = file.s;
writeFileSync(new URL("../tests/durations.json", import.meta.url), `${JSON.stringify(seconds, null, 2)}\n`);
process.stdout.write(`tests/durations.json: ${Object.keys(seconds).length} files of ${SLOW} s or more\n`);
