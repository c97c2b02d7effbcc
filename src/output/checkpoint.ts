/**
 * Named points of writing, for the chaos test (tests/hostile/crash-safety.test.ts): with
 * SUMMITDESK_TEST_CRASH_AT=<point> the process kills itself with SIGKILL there, as a power cut or the OOM killer
 * would; with SUMMITDESK_TEST_PAUSE_AT=<point> it writes its pid to SUMMITDESK_TEST_PAUSE_FILE and waits there
 * until killed. Unset (always, outside tests) a checkpoint does nothing.
 */
import { writeFileSync } from "node:fs";

/** The points, in the order a build passes them (see RELIABILITY.md). */
export type Checkpoint =
  | "after-cache-read"
  | "after-articles-rendered"
  | "after-search-index"
  | "after-version-named"
  | "after-link-made"
  | "after-old-moved"
  | "after-link-swapped"
  | "after-old-removed"
  | "after-search-kept-tmp"
  | "after-search-kept"
  | "after-bucket-tmp"
  | "after-cache-written";

/** What the output folder must hold after a kill: the whole site of the build before, or the new one whole. */
export type KillOutcome = "old" | "new";

/**
 * The points a kill test goes through, in order, with the site each must leave (crash-safety test and
 * scripts/chaos.ts). after-old-moved is not among them: it is passed only when a real folder is replaced, and
 * leaves no site until the next start restores it, so both check it on its own.
 */
export const KILL_POINTS: readonly (readonly [point: Checkpoint, after: KillOutcome])[] = [
  ["after-cache-read", "old"],
  ["after-articles-rendered", "old"],
  ["after-search-index", "old"],
  ["after-version-named", "old"],
  ["after-link-made", "old"],
  ["after-link-swapped", "new"],
  ["after-old-removed", "new"],
  ["after-search-kept-tmp", "new"],
  ["after-search-kept", "new"],
  ["after-bucket-tmp", "new"],
  ["after-cache-written", "new"],
];

/** Kills or pauses this process at `point` when a test asks for it. */
export async function checkpoint(point: Checkpoint, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  crashPoint(point, env);
  if (env.SUMMITDESK_TEST_PAUSE_AT === point && env.SUMMITDESK_TEST_PAUSE_FILE) {
    writeFileSync(env.SUMMITDESK_TEST_PAUSE_FILE, `${process.pid}\n`);
    // Wait with the event loop running, so that the process still notices its parent going away.
    await new Promise(() => setInterval(() => undefined, 1000));
  }
}

/** The synchronous half of checkpoint, for points inside synchronous code: only the kill. */
export function crashPoint(point: Checkpoint, env: NodeJS.ProcessEnv = process.env): void {
  if (env.SUMMITDESK_TEST_CRASH_AT === point) process.kill(process.pid, "SIGKILL");
}
