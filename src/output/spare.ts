/**
 * Taking the spare version back (swap.ts keeps the version an edit's build replaced as `B.spare-…`): the build
 * moves it whole to be its own temp folder, keeps the files in it that are still the previous version's
 * (src/incremental/carry.ts) and removes the rest before anything is written. Once moved, it belongs to this
 * build: a kill leaves it as a temp folder the next start removes.
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
