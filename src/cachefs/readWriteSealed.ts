/**
 * One value per cache file: v8-serialized, sealed (seal.ts) and written atomically (writeAtomic.ts); read back
 * only when it is a regular file within its size limit (readRegular.ts) whose seal is right. Each cache checks
 * the shape of what it reads back itself.
 */
import { deserialize, serialize } from "node:v8";
import { cacheFileStamp, forgetValue, keepingCacheFiles, keepValue, keptValue } from "./kept.ts";
import { readRegularFile } from "./readRegular.ts";
import { seal, sealTag, unseal } from "./seal.ts";
import { writeFileAtomically } from "./writeAtomic.ts";

/**
 * The value sealed in the file at `path`; `name` is its path below the cache folder (what the seal covers).
 * Undefined when the file is missing, not a regular file, larger than `maxBytes`, sealed for another name or
 * key, or does not deserialize. Throws only what reading the file throws (readRegularFile). A process that keeps
 * cache files in memory (kept.ts) gets the value it last read or wrote while the file is unchanged.
 */
export function readSealed(path: string, name: string, maxBytes: number, key: string | undefined): unknown {
  const keeping = keepingCacheFiles();
  const before = keeping ? cacheFileStamp(path, name, key) : undefined;
  const known = keptValue(path, before);
  if (known?.settled) return known.value;
  const bytes = readRegularFile(path, maxBytes);
  const payload = bytes && unseal(name, bytes, key);
  const tag = payload ? sealTag(bytes) : "";
  let value: unknown;
  try {
    // A racy file read again whose payload is the one kept (the seal's tag is its SHA-256, checked above).
    value = payload ? (known && known.tag === tag ? known.value : deserialize(payload)) : undefined;
  } catch {
    value = undefined;
  }
  if (keeping) {
    // Kept only when the file is still the one stamped before reading (a write in between moves its stamp).
    const after = cacheFileStamp(path, name, key);
    if (value !== undefined && after !== undefined && after.id === before?.id)
      keepValue(path, after, value, tag);
    else forgetValue(path);
  }
  return value;
}

/**
 * Writes `value` sealed for `name` (its path below the cache folder) to `path`, atomically; `beforeRename` runs
 * once the temp file is complete. Throws when it cannot be written.
 */
export function writeSealed(
  path: string,
  name: string,
  value: unknown,
  key: string | undefined,
  beforeRename?: () => void,
): void {
  forgetValue(path);
  const sealed = seal(name, serialize(value), key);
  writeFileAtomically(path, sealed, beforeRename);
  if (keepingCacheFiles()) keepValue(path, cacheFileStamp(path, name, key), value, sealTag(sealed));
}
