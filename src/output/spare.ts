/**
 * Taking the spare version back (swap.ts keeps the version an edit's build replaced as `B.spare-…`): the build
 * moves it whole into its own temp folder, where nothing writes, and moves out of it the files it keeps
 * (src/incremental/carry.ts). Once moved, it belongs to this build: a kill leaves it inside a temp folder the
 * next start removes, and the rest of it is removed with the build's leftovers.
 */
import { readdirSync, renameSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { newestOf } from "./tidy.ts";

/** Moves the newest spare version beside `target` to `into`; false when there is none or it was taken. */
export function takeSpare(target: string, into: string): boolean {
  const parent = dirname(target);
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return false;
  }
  const spare = newestOf(parent, basename(target), "spare", names);
  if (!spare) return false;
  try {
    renameSync(join(parent, spare), into);
    return true;
  } catch {
    // Taken by a build running at the same time, or not movable: build without one.
    return false;
  }
}
