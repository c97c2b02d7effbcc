/** Temp files of interrupted writes: `<name>.tmp-<pid>`, removed once the process that made them is gone. */
import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { otherProcessAlive } from "../output/index.ts";

/** Removes `*.tmp-<pid>` entries of `dir` whose process is no longer running; returns how many. */
export function removeStaleTemps(dir: string): number {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const pid = Number(/\.tmp-(\d+)$/.exec(name)?.[1]);
    if (!pid || otherProcessAlive(pid)) continue;
    rmSync(join(dir, name), { recursive: true, force: true });
    removed++;
  }
  return removed;
}
