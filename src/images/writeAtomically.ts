/** Writing a file of the picture cache so that it is always whole. */
import { renameSync, rmSync, writeFileSync } from "node:fs";

/**
 * Writes `bytes` under a temporary name and renames it, so a file in the cache is always complete. The name is
 * unique per call: card threads of one process write side by side.
 */
export function writeAtomically(path: string, bytes: Uint8Array): void {
  const temp = `${path}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
  try {
    writeFileSync(temp, bytes);
    renameSync(temp, path);
  } finally {
    rmSync(temp, { force: true });
  }
}
