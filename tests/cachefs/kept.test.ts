/**
 * Cache files kept in memory by a process that stays up (`build --watch`): the value comes back while the file
 * is the one this process read or wrote, and never once anything else has written it.
 */
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readSealed, writeSealed } from "../../src/cachefs/index.ts";
import {
  forgetGoneCacheFiles,
  keepCacheFilesInMemory,
  keptFileCount,
  RACY_MS,
} from "../../src/cachefs/kept.ts";

const dir = mkdtempSync(join(tmpdir(), "summitdesk-kept-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
keepCacheFilesInMemory();

const MAX = 1 << 20;

describe("cache files kept in memory", () => {
  it("gives back the value written once the file has settled, without reading it", async () => {
    const path = join(dir, "a.v8");
    const value = { entries: new Map([["k", { n: 1 }]]) };
    writeSealed(path, "a.v8", value, undefined);
    // Just written: racy (a write in the same clock tick would not move the stamp), so read and checked; its
    // payload is the one written (the seal's tag is the same), so the value written comes back.
    expect(readSealed(path, "a.v8", MAX, undefined)).toBe(value);
    await new Promise((done) => setTimeout(done, RACY_MS + 50));
    // Read once more now that it has settled: kept, and from then on given back as it is.
    const settled = readSealed(path, "a.v8", MAX, undefined);
    expect(settled).toBe(value);
    expect(readSealed(path, "a.v8", MAX, undefined)).toBe(settled);
  });

  it("reads the file again once another process replaced it (a rename brings another inode)", () => {
    const path = join(dir, "b.v8");
    writeSealed(path, "b.v8", { n: 1 }, undefined);
    // What another build would do: its own sealed file, renamed into place.
    const other = join(dir, "other.v8");
    writeSealed(other, "b.v8", { n: 2 }, undefined);
    renameSync(other, path);
    expect(readSealed(path, "b.v8", MAX, undefined)).toEqual({ n: 2 });
  });

  it("does not trust a file written over in place, even with the same size", () => {
    const path = join(dir, "c.v8");
    writeSealed(path, "c.v8", { n: 1 }, undefined);
    const bytes = readFileSync(path);
    const last = bytes.length - 1;
    bytes.writeUInt8(bytes.readUInt8(last) ^ 1, last); // damaged: its seal no longer matches
    writeFileSync(path, bytes);
    expect(readSealed(path, "c.v8", MAX, undefined)).toBeUndefined();
  });

  it("checks again when asked for another name or key (the seal covers them)", () => {
    const path = join(dir, "d.v8");
    writeSealed(path, "d.v8", { n: 1 }, "secret");
    expect(readSealed(path, "d.v8", MAX, "secret")).toEqual({ n: 1 });
    expect(readSealed(path, "d.v8", MAX, "another")).toBeUndefined();
    expect(readSealed(path, "elsewhere.v8", MAX, "secret")).toBeUndefined();
  });

  it("lets go of the values of files that are gone (a process that stays up holds no old versions)", () => {
    const path = join(dir, "f.v8");
    writeSealed(path, "f.v8", { n: 1 }, undefined);
    forgetGoneCacheFiles(); // what the tests above removed or renamed
    const held = keptFileCount();
    rmSync(path);
    forgetGoneCacheFiles();
    expect(keptFileCount()).toBe(held - 1);
  });

  it("forgets a file that is gone", () => {
    const path = join(dir, "e.v8");
    writeSealed(path, "e.v8", { n: 1 }, undefined);
    rmSync(path);
    expect(readSealed(path, "e.v8", MAX, undefined)).toBeUndefined();
  });
});
