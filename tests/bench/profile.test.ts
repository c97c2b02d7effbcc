/** The bench's --profile summary (scripts/bench/profile.ts): every thread's profile counts, not only the main one. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { profilesIn, summariseProfile } from "../../scripts/bench/profile.ts";

const dir = mkdtempSync(join(tmpdir(), "summitdesk-profiles-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A profile whose samples spend `ms` in each named function (in microsecond deltas, as V8 writes them). */
function profile(
  name: string,
  spent: Record<string, number>,
  url = "file:///x/node_modules/zlib-ish/index.js",
) {
  const nodes = Object.keys(spent).map((fn, i) => ({
    id: i + 1,
    callFrame: { functionName: fn, url: fn.startsWith("(") ? "" : url, lineNumber: 0 },
  }));
  const samples = nodes.map((n) => n.id);
  const timeDeltas = Object.values(spent).map((ms) => ms * 1000);
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify({ nodes, samples, timeDeltas }));
  return file;
}

describe("the bench's profile summary", () => {
  it("adds up every thread's profile and gives each thread's busy time, busiest first", () => {
    profile("CPU.1.0.001.cpuprofile", { render: 300, "(idle)": 700, "(garbage collector)": 100 });
    profile("CPU.1.1.002.cpuprofile", { deflate: 900, "(idle)": 50 });
    const files = profilesIn(dir);
    expect(files).toHaveLength(2);
    const summary = summariseProfile(...files);
    expect(summary.totalMs).toBe(2050);
    expect(summary.threads.map((t) => [t.file.split("/").pop(), t.busyMs])).toEqual([
      ["CPU.1.1.002.cpuprofile", 900],
      ["CPU.1.0.001.cpuprofile", 400],
    ]);
    expect(summary.areas[0]).toMatchObject({ name: "npm: zlib-ish", ms: 1200 });
  });
});
