/**
 * Putting a complete site in place so that the output folder is never a partial site and never absent.
 *
 * The output folder `B` is a symbolic link to a complete site in `B.v-<pid>-<id>`. A new site is renamed to a
 * new version, a new link to it is made beside `B`, and that link is renamed over `B`: rename(2) replaces a
 * link atomically, so every moment sees the old site or the new one whole. The old version is removed after,
 * or, when the caller says the next build can take most of its files back, renamed to the spare `B.spare-…`:
 * an edit's build then takes it back as its own folder, where most files already are the unchanged ones, instead
 * of linking each one into an empty folder and removing the old version's tens of thousands afterwards
 * (src/incremental/carry.ts).
 * Static servers and uploaders read through the link (GitHub's upload-pages-artifact archives with
 * `tar --dereference --directory _site`; `npx serve _site` serves it). A real folder `B` (the dev server's, or
 * an empty one) is replaced once by two renames; a kill between them is repaired by the next start (tidy.ts).
 *
 * Everything from the check that the starting process is alive to the last rename is synchronous: nothing
 * else can run in this process between the renames.
 */
import { lstatSync, readlinkSync, renameSync, rmSync, symlinkSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { assertStarterAlive, tellStarter } from "./alive.ts";
import { crashPoint } from "./checkpoint.ts";
import { parseSibling, siblingName } from "./names.ts";

/** What installSite did besides the swap: warnings about clean-up that failed (costs disk, never the site). */
export interface Installed {
  readonly warnings: string[];
  /** The name of the version folder the output folder now links to (`B.v-<pid>-<id>`). */
  readonly version: string;
}

/**
 * Makes the complete site in `built` (a sibling of `target`) the output folder `target`. With `spare`, the
 * version it replaces is kept as the spare rather than removed.
 */
export function installSite(built: string, target: string, spare = false): Installed {
  const parent = dirname(target);
  const base = basename(target);
  const version = siblingName(base, "v");
  const link = join(parent, siblingName(base, "link"));
  let moved: string | undefined;
  renameSync(built, join(parent, version));
  try {
    crashPoint("after-version-named");
    symlinkSync(version, link, "dir");
    crashPoint("after-link-made");
    assertStarterAlive();
    const current = lstatSync(target, { throwIfNoEntry: false });
    let previous: string | undefined;
    let wasVersion = false;
    if (current?.isSymbolicLink()) {
      const name = readlinkSync(target);
      if (parseSibling(base, name)?.kind === "v") previous = join(parent, name);
      wasVersion = previous !== undefined;
    } else if (current) {
      moved = join(parent, siblingName(base, "old"));
      renameSync(target, moved);
      crashPoint("after-old-moved");
      previous = moved;
    }
    renameSync(link, target);
    moved = undefined;
    tellStarter("swapped");
    crashPoint("after-link-swapped");
    const warnings: string[] = [];
    if (previous) {
      try {
        if (!(spare && wasVersion && keptAsSpare(previous, join(parent, siblingName(base, "spare")))))
          rmSync(previous, { recursive: true, force: true });
      } catch (error) {
        warnings.push(
          `could not remove the previous site ${basename(previous)} (${reason(error)}); the next build tries again`,
        );
      }
    }
    crashPoint("after-old-removed");
    return { warnings, version };
  } catch (error) {
    // Not swapped: put a moved folder back and remove what this build made.
    if (moved) renameSync(moved, target);
    rmSync(link, { force: true });
    rmSync(join(parent, version), { recursive: true, force: true });
    throw error;
  }
}

/** Renames the old version to the spare; false (and it is removed instead) when that fails. */
function keptAsSpare(previous: string, spare: string): boolean {
  try {
    renameSync(previous, spare);
    return true;
  } catch {
    return false;
  }
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
