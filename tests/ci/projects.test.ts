/**
 * The test projects (vitest.config.ts): a test file that runs the summitdesk command belongs to "full", where
 * the command is compiled once (dist/) and two files share the cores. In "unit" it ran TypeScript through tsx
 * in every process it started and made `npm test`, the quick one, take minutes.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, matchesGlob, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { FULL } from "../../vitest.config.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Every test file below tests/, relative to the repository. */
function testFiles(dir = join(ROOT, "tests")): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const abs = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(abs);
    return entry.name.endsWith(".test.ts") ? [relative(ROOT, abs)] : [];
  });
}

/** Runs the command: through the test helper, or by starting the bin itself. */
const RUNS_THE_COMMAND = /\brunCli\(|bin\/summitdesk\.js/;

describe("the test projects", () => {
  it("put every test file that runs the summitdesk command in the full project", () => {
    const misplaced = testFiles().filter(
      (file) =>
        RUNS_THE_COMMAND.test(readFileSync(join(ROOT, file), "utf8")) &&
        !FULL.some((pattern) => matchesGlob(file, pattern)),
    );
    expect(misplaced).toEqual([]);
  });

  it("order files by a table of durations that names only test files there are", () => {
    // tests/helpers/sequencer.ts starts the longest first; a renamed file would lose its place unnoticed.
    const table = JSON.parse(readFileSync(join(ROOT, "tests/durations.json"), "utf8")) as Record<
      string,
      number
    >;
    const files = new Set(testFiles());
    expect(Object.keys(table).filter((file) => !files.has(file))).toEqual([]);
    expect(Object.values(table).every((s) => Number.isFinite(s) && s >= 0)).toBe(true);
  });
});
