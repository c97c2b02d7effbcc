/**
 * Taking the spare version back as a build's folder (src/output/spare.ts, src/incremental/carry.ts), early: the
 * build takes it as soon as the output folder is checked, and its inventory is taken on another thread while
 * the content is read and the model built. writeSite then uses it, or hands it on to be removed when most pages
 * change; a build that stops before writing gives it back as the spare.
 */
import { renameSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { type FileStat, inventoryBeside } from "../incremental/index.ts";
import { siblingName, takeSpare } from "../output/index.ts";
import { SEARCH_STAGE } from "../search/index.ts";

/** A spare taken back as a temp folder (`B.tmp-…`), with its inventory under way. */
export interface TakenBack {
  readonly folder: string;
  /** The files it holds but Pagefind's staging folder (moved out whole and removed). */
  readonly inventory: Promise<Map<string, FileStat>>;
}

/** Takes the newest spare beside the output folder `target` back and starts its inventory; undefined without one. */
export function takeBack(target: string): TakenBack | undefined {
  const folder = join(dirname(target), siblingName(basename(target), "tmp"));
  if (!takeSpare(target, folder)) return undefined;
  const inventory = inventoryBeside(folder, [SEARCH_STAGE]);
  // Awaited by whoever uses it or gives it back; until then a failure must not count as unhandled.
  inventory.catch(() => undefined);
  return { folder, inventory };
}

/** Gives a folder taken back and not used back as the spare, once its inventory thread is done with it. */
export async function giveBack(taken: TakenBack, target: string): Promise<void> {
  await taken.inventory.catch(() => undefined);
  try {
    renameSync(taken.folder, join(dirname(target), siblingName(basename(target), "spare")));
  } catch {
    rmSync(taken.folder, { recursive: true, force: true });
  }
}
