/**
 * What interrupted builds leave next to an output folder, cleared at the start of the next one: a folder moved
 * away mid-swap is put back first (the output is never left absent), then temp folders, unlinked versions and
 * half-made links of builds that are no longer running are removed. The newest spare version (swap.ts) stays
 * for the build to take its files back; older ones are removed.
 */
import { lstatSync, readdirSync, readlinkSync, renameSync, rmSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { otherProcessAlive } from "./alive.ts";
import { parseSibling, type SiblingKind } from "./names.ts";

/**
 * Tidies the siblings of `target`; returns one line per thing worth telling (a restored folder). `inUse` names
 * siblings this process made and still works in (a spare it took back before tidying again).
 */
export function tidyOutput(target: string, inUse: readonly string[] = []): string[] {
  const parent = dirname(target);
  const base = basename(target);
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return [];
  }
  const notes: string[] = [];
  const stale = names.filter((name) => {
    const sibling = parseSibling(base, name);
    return sibling !== undefined && !otherProcessAlive(sibling.pid);
  });
  if (!lstatSync(target, { throwIfNoEntry: false })) {
    // Killed between moving the old folder away and putting the new link in its place: put the old one back.
    const moved = newestOf(parent, base, "old", stale);
    if (moved) {
      renameSync(join(parent, moved), target);
      notes.push(`Restored ${base}/ from ${moved}, which an interrupted build had moved away.`);
    }
  }
  const linked = linkTarget(target);
  const spare = newestOf(parent, base, "spare", stale);
  for (const name of stale) {
    if (name === linked || name === spare || inUse.includes(name)) continue;
    rmSync(join(parent, name), { recursive: true, force: true });
  }
  return notes;
}

/** The sibling of `kind` among `names` last modified (the one the last build made or put away). */
export function newestOf(
  parent: string,
  base: string,
  kind: SiblingKind,
  names: readonly string[],
): string | undefined {
  return names
    .filter((name) => parseSibling(base, name)?.kind === kind)
    .sort((a, b) => mtime(join(parent, b)) - mtime(join(parent, a)) || a.localeCompare(b))[0];
}

/** The name `target` links to, when it is a link. */
export function linkTarget(target: string): string | undefined {
  try {
    return lstatSync(target).isSymbolicLink() ? readlinkSync(target) : undefined;
  } catch {
    return undefined;
  }
}

function mtime(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}
