/** The output folder: where a build may write, and how a complete site replaces the old one (never half). */
export { assertStarterAlive, otherProcessAlive, tellStarter } from "./alive.ts";
export { type Checkpoint, checkpoint, crashPoint, KILL_POINTS, type KillOutcome } from "./checkpoint.ts";
export { checkOutputFolder, type GuardedFolder, guardedFolders, OutputFolderError } from "./guard.ts";
export { MARKER, MARKER_TEXT } from "./marker.ts";
export { siblingName } from "./names.ts";
export { takeSpare } from "./spare.ts";
export { type Installed, installSite } from "./swap.ts";
export { linkTarget, tidyOutput } from "./tidy.ts";
