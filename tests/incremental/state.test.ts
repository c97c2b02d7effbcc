/**
 * The output state is kept in two sealed files: its bulk, written while Pagefind works, and the state, written
 * once the site is in place. A build that stops between the two leaves the last state whole; a state that names
 * a missing or foreign bulk reads as none (the next build renders every page), never as a wrong one.
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { writeSealed } from "../../src/cachefs/index.ts";
import {
  type FileRecord,
  type OutputState,
  writeOutputState,
  writeStateBulk,
} from "../../src/incremental/index.ts";
import type { RelatedEntry } from "../../src/related/index.ts";

const base = mkdtempSync(join(tmpdir(), "summitdesk-state-"));
afterAll(() => rmSync(base, { recursive: true, force: true }));

const record = (ino: number, extra: Partial<FileRecord> = {}): FileRecord => ({
  size: 100 + ino,
  mtimeMs: 1_700_000_000_000 + ino,
  ino,
  ...extra,
});

function state(version: string, pages: number): OutputState {
  const files = new Map<string, FileRecord>();
  for (let i = 0; i < pages; i++)
    files.set(`de/2025/a-${i}/index.html`, record(i, { fp: `fp-${version}-${i}`, text: `t${i}` }));
  files.set("pagefind/de-00/pagefind-entry.json", record(9001));
  files.set("pagefind/de-00/fragment/de_1.pf_fragment", record(9002));
  const related = new Map<string, RelatedEntry>([
    ["a-0", { key: "k", terms: ["country:cn"], related: ["a-1"] }],
  ]);
  return { version, files, shards: new Map([["de-00", `digest-${version}`]]), related };
}

/** The state as a build writes it: the bulk while Pagefind works, the bundles' records with the state. */
function writeAsBuild(root: string, target: string, kept: OutputState): string {
  const bulkFiles = new Map([...kept.files].filter(([rel]) => !rel.startsWith("pagefind/")));
  const extra = new Map([...kept.files].filter(([rel]) => rel.startsWith("pagefind/")));
  const name = writeStateBulk(root, target, bulkFiles, kept.related, undefined);
  writeOutputState(root, target, kept, undefined, { name, extra });
  return name;
}

/**
 * The state as a new process reads it: modules loaded afresh, so nothing this one wrote or read is remembered
 * (a process that stays up is handed the state it wrote while the file is unchanged, src/cachefs/kept.ts).
 */
async function readOutputState(root: string, target: string) {
  vi.resetModules();
  const fresh = await import("../../src/incremental/state.ts");
  return fresh.readOutputState(root, target, undefined);
}

const folder = (root: string) => join(root, ".cache/summitdesk/output");
const plain = (s: OutputState | undefined) =>
  s && { version: s.version, files: [...s.files], shards: [...s.shards], related: [...s.related] };

describe("the output state", () => {
  it("reads back as written, bulk and bundles' records together", async () => {
    const root = mkdtempSync(join(base, "round-"));
    const target = join(root, "_site");
    const kept = state("v1", 5);
    writeAsBuild(root, target, kept);
    expect(plain(await readOutputState(root, target))).toEqual(plain(kept));
    // Written whole (no bulk from the build) it reads back the same.
    const other = join(root, "_other");
    writeOutputState(root, other, kept, undefined);
    expect(plain(await readOutputState(root, other))).toEqual(plain(kept));
  });

  it("stays the last one written when a build stops after writing its bulk", async () => {
    const root = mkdtempSync(join(base, "stopped-"));
    const target = join(root, "_site");
    const first = state("v1", 4);
    const firstBulk = writeAsBuild(root, target, first);
    // The next build writes its bulk, then stops before its state.
    writeStateBulk(root, target, state("v2", 6).files, new Map(), undefined);
    expect(plain(await readOutputState(root, target))).toEqual(plain(first));
    // The build after it writes both: the bulks no state names are gone, the one it names stays.
    const third = state("v3", 3);
    const thirdBulk = writeAsBuild(root, target, third);
    expect(plain(await readOutputState(root, target))).toEqual(plain(third));
    const bulks = readdirSync(folder(root)).filter((name) => name.endsWith(".bulk"));
    expect(bulks).toEqual([thirdBulk]);
    expect(bulks).not.toContain(firstBulk);
  });

  it("reads as none when its bulk is missing", async () => {
    const root = mkdtempSync(join(base, "missing-"));
    const target = join(root, "_site");
    const name = writeAsBuild(root, target, state("v1", 2));
    rmSync(join(folder(root), name));
    expect(await readOutputState(root, target)).toBeUndefined();
  });

  it("reads as none when it names a bulk outside its own (another state's, or a path)", async () => {
    const root = mkdtempSync(join(base, "foreign-"));
    const target = join(root, "_site");
    const elsewhere = join(root, "_elsewhere");
    const foreign = writeAsBuild(root, elsewhere, state("v9", 2));
    writeAsBuild(root, target, state("v1", 2));
    const stateFile = readdirSync(folder(root)).find(
      (name) => name.endsWith(".state") && !foreign.startsWith(name.slice(0, -6)),
    ) as string;
    for (const bulk of [
      foreign,
      "../../../etc/passwd",
      `${stateFile.slice(0, -6)}.0123456789abcdef.bulk/..`,
    ]) {
      writeSealed(
        join(folder(root), stateFile),
        `output/${stateFile}`,
        { format: 3, target, version: "v1", shards: new Map(), files: new Map(), bulk },
        undefined,
      );
      expect(await readOutputState(root, target), bulk).toBeUndefined();
    }
  });
});
