/**
 * Reading a file of the build cache without trusting what is there: a symbolic link is never followed, a FIFO
 * or device never opened for long (O_NONBLOCK, and only after lstat said "regular file"), and an oversized
 * file never read. Anything unexpected reads as "no entry", which costs time, never the build.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from "node:fs";

const NOFOLLOW = constants.O_NOFOLLOW ?? 0;
const NONBLOCK = constants.O_NONBLOCK ?? 0;

/** The bytes of `path` when it is a regular file (not a link, FIFO, device, folder) of at most `maxBytes`. */
export function readRegularFile(path: string, maxBytes: number): Buffer | undefined {
  const before = lstatSync(path, { throwIfNoEntry: false });
  if (!before?.isFile() || before.size > maxBytes) return undefined;
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | NOFOLLOW | NONBLOCK);
  } catch {
    return undefined;
  }
  try {
    // The same file lstat saw: not one swapped in between.
    const now = fstatSync(fd);
    if (!now.isFile() || now.ino !== before.ino || now.dev !== before.dev || now.size > maxBytes)
      return undefined;
    const bytes = Buffer.allocUnsafe(now.size);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) return undefined; // shrank while read
      read += n;
    }
    return bytes;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}
