/**
 * A build kept running (`summitdesk build --watch`) never differs from a clean build either. The process keeps
 * what one-shot builds read back from disk — the article cache, the registry, the places, the list digests and
 * picture plans of the last build — so an edit it handles wrongly would show here and nowhere else. The same
 * seeded edits as property.test.ts (but the clock's: a running process keeps its time) are saved while it
 * runs, at seeded moments: right after a build (inside the window in which a cache file it just wrote still
 * counts as racy, src/cachefs/kept.ts) or once that has passed. After each build that follows, its site must be
 * byte for byte the site a clean build of the same files makes, and every file whose bytes did not change must
 * be the very file it was (same inode, same mtime).
 *
 * SUMMITDESK_PROPERTY_SEED, SUMMITDESK_PROPERTY_STEPS and SUMMITDESK_PROPERTY_EDITS explore other sequences, as
 * in property.test.ts.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { RACY_MS } from "../../src/cachefs/index.ts";
import {
  applyEdits,
  BIN,
  breakSite,
  cli,
  differences,
  editPlan,
  type FileState,
  inputsCopy,
  listing,
  NOW,
  OPS,
  random,
  rewritten,
  type Site,
  smallSite,
} from "./editedSite.ts";

const SEED = Number(process.env.SUMMITDESK_PROPERTY_SEED ?? 29);
const work = mkdtempSync(join(tmpdir(), "summitdesk-watch-property-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every kind of edit but the clock's: the process's time is fixed when it starts (SUMMITDESK_NOW). */
const KINDS = Object.keys(OPS).filter((kind) => kind !== "clock");

/** A running `build --watch` and what it has said on stderr. */
class Watcher {
  readonly child: ChildProcess;
  err = "";
  constructor(root: string) {
    this.child = spawn(process.execPath, [BIN, "build", "--watch"], {
      cwd: root,
      env: { ...process.env, TZ: "UTC", SUMMITDESK_NOW: new Date(NOW).toISOString() },
      stdio: ["ignore", "ignore", "pipe"],
    });
    this.child.stderr?.on("data", (chunk) => (this.err += chunk));
  }

  private count(pattern: RegExp): number {
    return (this.err.match(pattern) ?? []).length;
  }

  /** Builds finished so far (each ends with "Watching …", also after starting again). */
  get builds(): number {
    return this.count(/^Watching /gm);
  }

  /**
   * Waits until a build after the `after`th has finished and no other is due: every change it was told of
   * ("… changed: building.", "… starting again.") has had its build, and nothing new came for a while.
   */
  async settled(after: number): Promise<void> {
    const deadline = Date.now() + 120_000;
    const due = () => 1 + this.count(/changed: building\.$/gm) + this.count(/starting again\.$/gm);
    let quietSince = Date.now();
    let seen = this.err.length;
    for (;;) {
      if (this.child.exitCode !== null) throw new Error(`build --watch ended:\n${this.err.slice(-3000)}`);
      if (Date.now() > deadline) throw new Error(`build --watch did not settle:\n${this.err.slice(-3000)}`);
      if (this.err.length !== seen) {
        seen = this.err.length;
        quietSince = Date.now();
      }
      if (this.builds > after && this.builds === due() && Date.now() - quietSince > 600) return;
      await new Promise((done) => setTimeout(done, 50));
    }
  }
}

describe("a build kept running (build --watch)", () => {
  it("matches a clean build byte for byte after every edit, leaving unchanged files untouched", async () => {
    const rand = random(SEED);
    const site: Site = { root: join(work, "site"), rand, n: 0, now: NOW };
    smallSite(site);
    const plan = editPlan(site, KINDS);
    const done: string[] = [];
    const context = () =>
      `seed ${SEED} (SUMMITDESK_PROPERTY_SEED), steps: ${done.join("; ") || "initial build"}`;
    const watcher = new Watcher(site.root);
    try {
      await watcher.settled(0);
      let before: Map<string, FileState> | undefined;
      let breaks = 0;
      for (let step = 0; step <= plan.length; step++) {
        if (before && step % 3 === 1) {
          // A build that must fail, then the content taken back: the site stays as it was, file for file,
          // through both, and what the failed build read or half made never shows in a later build.
          const seen = watcher.err.length;
          const broken = breakSite(site, breaks++);
          await watcher.settled(watcher.builds);
          done.push(`a build refused (${broken.what}), then taken back`);
          expect(watcher.err.slice(seen), context()).toContain(broken.file);
          expect(watcher.err.slice(seen), context()).toMatch(/^[1-9]\d* errors?\b/m);
          const failed = listing(join(site.root, "_site"));
          expect(differences(failed, before, "after the failed build"), context()).toEqual([]);
          expect(rewritten(before, failed), `a failed build touched the site: ${context()}`).toEqual([]);
          const waited = watcher.builds;
          broken.undo();
          await watcher.settled(waited);
          const undone = listing(join(site.root, "_site"));
          expect(differences(undone, before, "taken back"), context()).toEqual([]);
          expect(rewritten(before, undone), `nothing changed, yet files were written: ${context()}`).toEqual(
            [],
          );
        }
        const builds = watcher.builds;
        if (step > 0) {
          // Right after the last build, or once the cache files it wrote are no longer racy.
          const pause = rand() < 0.5 ? Math.floor(rand() * 400) : RACY_MS + 200;
          await new Promise((wait) => setTimeout(wait, pause));
          done.push(`${applyEdits(site, plan[step - 1] ?? [])} (after ${pause} ms)`);
          await watcher.settled(builds);
        }
        expect(watcher.err, context()).not.toMatch(/^error/m);
        const clean = inputsCopy(site.root, join(work, `clean-${step}`));
        const ref = await cli(clean, ["build", "--no-cache", "--output", join(clean, "out")], {
          SUMMITDESK_NOW: new Date(NOW).toISOString(),
        });
        expect(ref.status, `${context()}\n${ref.out}`).toBe(0);
        const got = listing(join(site.root, "_site"));
        const want = listing(join(clean, "out"));
        expect(
          differences(got, want, "kept running"),
          `the running build differs from a clean one: ${context()}`,
        ).toEqual([]);
        if (before) expect(rewritten(before, got), `unchanged files written again: ${context()}`).toEqual([]);
        before = got;
        rmSync(clean, { recursive: true, force: true });
      }
      watcher.child.kill("SIGINT");
    } finally {
      watcher.child.kill("SIGKILL");
    }
  }, 900_000);
});
