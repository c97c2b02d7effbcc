/**
 * The order test files start in: longest first within each project (tests/durations.json, made by
 * scripts/test-durations.ts from a full run's report), then the rest in vitest's own order. Vitest's default
 * on a fresh clone — CI's case, without its cache of durations — starts larger files first, and a file of two
 * minutes started near the end while the other core went idle: in the last fresh-clone run the full project's
 * files took 1,418 s of work and 822 s on two workers, against ~710 s packed. Only the order changes; a stale
 * table makes a run slower, never different.
 */
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";

const TABLE = new URL("../durations.json", import.meta.url);

/** Seconds a file took, by path relative to the repository; empty when the table cannot be read. */
function durations(): ReadonlyMap<string, number> {
  try {
    const table = JSON.parse(readFileSync(TABLE, "utf8")) as Record<string, unknown>;
    return new Map(
      Object.entries(table).filter((entry): entry is [string, number] => typeof entry[1] === "number"),
    );
  } catch {
    return new Map();
  }
}

export class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const base = await super.sort(files);
    const seconds = durations();
    const position = new Map(base.map((file, i) => [file, i]));
    // Projects (and groups) stay in vitest's order: one runs after the other.
    const project = new Map<string, number>();
    for (const [i, file] of base.entries())
      if (!project.has(file.project.name)) project.set(file.project.name, i);
    const expected = (file: TestSpecification) =>
      seconds.get(relative(this.ctx.config.root, file.moduleId).split("\\").join("/")) ?? 0;
    return [...base].sort(
      (a, b) =>
        (project.get(a.project.name) ?? 0) - (project.get(b.project.name) ?? 0) ||
        expected(b) - expected(a) ||
        (position.get(a) ?? 0) - (position.get(b) ?? 0),
    );
  }
}
