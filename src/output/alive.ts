/** Processes: whether the one that made a leftover still runs, and whether the command that started us does. */
import { writeSync } from "node:fs";

/** True when `pid` is a running process other than this one (this one has made nothing yet when it asks). */
export function otherProcessAlive(pid: number | undefined): boolean {
  if (pid === undefined || pid === process.pid || !Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Throws when the `summitdesk` command that started this process (bin/summitdesk.js re-spawns itself with a
 * larger heap) has gone: a killed command must not have its site swapped in seconds later by its child.
 */
export function assertStarterAlive(env: NodeJS.ProcessEnv = process.env): void {
  const starter = Number(env.SUMMITDESK_PARENT_PID);
  if (!starter) return;
  if (process.ppid !== starter) {
    throw new Error(
      "the summitdesk command that started this build has stopped; the output is left as it was",
    );
  }
}

/** Tells the `summitdesk` command that started this process (through its pipe on fd 3) what happened. */
export function tellStarter(message: "swapped", env: NodeJS.ProcessEnv = process.env): void {
  if (!Number(env.SUMMITDESK_PARENT_PID)) return;
  try {
    writeSync(3, `${message}\n`);
  } catch {
    // No pipe (started some other way): nobody to tell.
  }
}
