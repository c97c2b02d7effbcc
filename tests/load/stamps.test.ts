/** File stamps: two stamps are the same version only when every field is; a fresh change is never trusted. */
import { describe, expect, it } from "vitest";
import { type FileStamp, SETTLE_NS, sameStamp, settled } from "../../src/load/index.ts";

const SECOND = 1_000_000_000n;
const stamp: FileStamp = {
  dev: 2049n,
  ino: 77n,
  size: 1200n,
  mtimeNs: 100n * SECOND,
  ctimeNs: 100n * SECOND,
};

describe("sameStamp", () => {
  it("holds for identical stamps and fails when any one field differs", () => {
    expect(sameStamp(stamp, { ...stamp })).toBe(true);
    for (const field of ["dev", "ino", "size", "mtimeNs", "ctimeNs"] as const) {
      expect(sameStamp(stamp, { ...stamp, [field]: stamp[field] + 1n })).toBe(false);
    }
  });
});

describe("settled", () => {
  it("trusts a stamp only when the file changed at least SETTLE_NS before it was taken", () => {
    expect(settled(stamp, 100n * SECOND + SETTLE_NS)).toBe(true);
    expect(settled(stamp, 100n * SECOND + SETTLE_NS - 1n)).toBe(false);
  });

  it("goes by the later of the two times: a file whose mtime was set back still has a fresh ctime", () => {
    const restored = { ...stamp, mtimeNs: 10n * SECOND };
    expect(settled(restored, 100n * SECOND + 1n)).toBe(false);
  });

  it("never trusts a change dated after the stamp was taken", () => {
    expect(settled(stamp, 50n * SECOND)).toBe(false);
  });
});
