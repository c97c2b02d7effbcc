/** Writing a cache file so that readers see the old or the new file whole, never through a planted link. */
import { closeSync, constants, openSync, renameSync, rmSync, writeSync } from "node:fs";

const NOFOLLOW = constants.O_NOFOLLOW ?? 0;

/**
 * Writes `data` to `path` through a temp file of this process and a rename, so that a reader sees the old or
 * the new file whole. The temp file is created exclusively and without following links, and a link or file
 * already at `path` is replaced, never written through.
 */
export function writeFileAtomically(
  path: string,
  data: Uint8Array | string,
  beforeRename?: () => void,
): void {
  const temp = `${path}.tmp-${process.pid}`;
  rmSync(temp, { force: true });
  try {
    const fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | NOFOLLOW, 0o644);
    try {
      const bytes = typeof data === "string" ? Buffer.from(data) : data;
      let written = 0;
      while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    } finally {
      closeSync(fd);
    }
    beforeRename?.();
    renameSync(temp, path);
  } finally {
    rmSync(temp, { force: true });
  }
}
