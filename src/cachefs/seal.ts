/**
 * Sealed cache files: a header line naming the format and a tag over the file's name and payload, then the
 * payload. The tag is an HMAC-SHA256 with the key from SUMMITDESK_CACHE_KEY when one is set (an entry written by
 * anyone without the key is detected), else a plain SHA-256 (damage is detected; a deliberate change by someone
 * who can write the cache is not: without a key the cache is as trusted as the repository).
 */
import { createHash, createHmac, timingSafeEqual } from "node:crypto";

/** The format of every sealed file; a different one is never read. */
const VERSION = "summitdesk-cache/4";
const MAX_HEADER = 200;

/** The key that seals cache files, from the environment (CI: a secret); undefined when unset or blank. */
export function cacheKey(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const key = env.SUMMITDESK_CACHE_KEY?.trim();
  return key ? key : undefined;
}

function tag(name: string, payload: Uint8Array, key: string | undefined): { mode: string; hex: string } {
  const hash = key === undefined ? createHash("sha256") : createHmac("sha256", key);
  hash.update(`${name}\u0000`).update(payload);
  return { mode: key === undefined ? "sha256" : "hmac-sha256", hex: hash.digest("hex") };
}

/** `payload` with its header; `name` is the file's path below the cache folder (a file cannot be moved). */
export function seal(name: string, payload: Uint8Array, key: string | undefined): Buffer {
  const { mode, hex } = tag(name, payload, key);
  return Buffer.concat([Buffer.from(`${VERSION} ${mode} ${hex}\n`), payload]);
}

/** A sealed file's header line, split, and where its payload starts; undefined without a header line. */
function headerOf(bytes: Buffer): { fields: string[]; payloadAt: number } | undefined {
  const newline = bytes.subarray(0, MAX_HEADER).indexOf(0x0a);
  if (newline < 0) return undefined;
  return { fields: bytes.subarray(0, newline).toString("latin1").split(" "), payloadAt: newline + 1 };
}

/** The tag in a sealed file's header (what unseal checks the payload against), or "" when it has none. */
export function sealTag(bytes: Buffer): string {
  return headerOf(bytes)?.fields[2] ?? "";
}

/** The payload of a sealed file when its header and tag are right for `name` and `key`, else undefined. */
export function unseal(name: string, bytes: Buffer, key: string | undefined): Buffer | undefined {
  const header = headerOf(bytes);
  if (!header) return undefined;
  const [version, mode, hex, ...rest] = header.fields;
  if (version !== VERSION || rest.length > 0 || hex === undefined || !/^[0-9a-f]{64}$/.test(hex))
    return undefined;
  const payload = bytes.subarray(header.payloadAt);
  const expected = tag(name, payload, key);
  // A file sealed without the key is refused when a key is set: otherwise anyone could write one.
  if (mode !== expected.mode) return undefined;
  return timingSafeEqual(Buffer.from(hex, "hex"), Buffer.from(expected.hex, "hex")) ? payload : undefined;
}
