/**
 * Taking the spare version back (swap.ts keeps the version an edit's build replaced as `B.spare-…`): the build
 * moves it whole into its own temp folder, where nothing writes, and moves out of it the files it keeps
 * (src/incremental/carry.ts). Once moved, it belongs to this build: a kill leaves it inside a temp folder the
 * next start removes, and the rest of it is removed with the build's leftovers.
 */
import { readdirSync, renameSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { parseSibling } from "./names.ts";

/** Moves the spare version beside `target` (the newest when tidying left more) to `into`; false when none. */
export function takeSpare(target: string, into: string): boolean {
  const parent = dirname(target);
  const base = basename(target);
  let names: string[];
  try {
    names = readdirSync(parent).filter((name) => parseSibling(base, name)?.kind === "spare");
  } catch {
    return false;
  }
  for (const name of names.sort()) {
    try {
      renameSync(join(parent, name), into);
      return true;
    } catch {
      // Taken by a build running at the same time, or not movable: try the next, or build without one.
    }
  }
  return false;
}
