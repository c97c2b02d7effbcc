/**
 * Incremental builds never differ from clean ones. From a copy of the sample site (its content with a few
 * generated articles added), a seeded random sequence of edits is applied — article bodies (text appended, a
 * person named within), front matter, added, deleted and renamed articles, the site's registry (a name, a
 * description, an alias that may tag an article anew), site.yaml, its own layouts, stylesheet and UI strings —
 * and after each one the site is built incrementally (keeping _site/ and .cache/) and, from a copy
 * of the same files, cleanly (`--no-cache`, fresh output folder). Both must be byte-identical, file for file;
 * and every file whose bytes the step did not change must be the very same file as before (same inode, same
 * mtime): untouched, as a deploy that syncs by time expects.
 *
 * The default sequence applies every kind of edit once, in a seeded order, two per build, so each run covers
 * them all in bounded time. SUMMITDESK_PROPERTY_SEED, SUMMITDESK_PROPERTY_STEPS (edits in all) and
 * SUMMITDESK_PROPERTY_EDITS (edits per build) explore other sequences; a failure prints its seed and the steps
 * so far, to run again (SUMMITDESK_PROPERTY_OPS=strings,body replays given edits in order).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  applyEdits,
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

const SEED = Number(process.env.SUMMITDESK_PROPERTY_SEED ?? 13);
const work = mkdtempSync(join(tmpdir(), "summitdesk-property-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("incremental builds", () => {
  it("match a clean build byte for byte after every edit, leaving unchanged files untouched", async () => {
    const rand = random(SEED);
    const site: Site = { root: join(work, "site"), rand, n: 0, now: NOW };
    smallSite(site);
    // Every kind of edit once, in a seeded order; more random ones when asked.
    // SUMMITDESK_PROPERTY_OPS=strings,body replays edits in that order.
    // Two edits per build by default: every kind still comes once, in half the builds (a clean one is ~5 s).
    const plan = editPlan(site, Object.keys(OPS), process.env.SUMMITDESK_PROPERTY_OPS?.split(","));
    const done: string[] = [];
    const context = () =>
      `seed ${SEED} (SUMMITDESK_PROPERTY_SEED), steps: ${done.join("; ") || "initial build"}`;
    let before: Map<string, FileState> | undefined;
    let breaks = 0;
    for (let step = 0; step <= plan.length; step++) {
      if (before && step % 3 === 1) {
        // Now and then a build that must fail first: it leaves the site as it was, file for file, and
        // nothing it read or half made (caches, output state) may show in the builds after it.
        const broken = breakSite(site, breaks++);
        const failed = await cli(site.root, ["build"], { SUMMITDESK_NOW: new Date(site.now).toISOString() });
        done.push(`a build refused (${broken.what}), then taken back`);
        expect(failed.status, `${context()}\n${failed.out}`).toBe(1);
        expect(failed.out, context()).toContain(broken.file);
        const after = listing(join(site.root, "_site"));
        expect(differences(after, before, "after the failed build"), context()).toEqual([]);
        expect(rewritten(before, after), `a failed build touched the site: ${context()}`).toEqual([]);
        broken.undo();
        console.log(`step ${step}: first ${done.at(-1)}`);
      }
      if (step > 0) done.push(applyEdits(site, plan[step - 1] ?? []));
      const clean = inputsCopy(site.root, join(work, `clean-${step}`));
      const [inc, ref] = await Promise.all([
        cli(site.root, ["build"], {
          SUMMITDESK_TIMINGS: "1",
          SUMMITDESK_NOW: new Date(site.now).toISOString(),
        }),
        cli(clean, ["build", "--no-cache", "--output", join(clean, "out")], {
          SUMMITDESK_NOW: new Date(site.now).toISOString(),
        }),
      ]);
      expect(inc.status, `${context()}\n${inc.out}`).toBe(0);
      expect(ref.status, `${context()}\n${ref.out}`).toBe(0);
      const got = listing(join(site.root, "_site"));
      const want = listing(join(clean, "out"));
      expect(differences(got, want, "incremental"), `incremental differs from clean: ${context()}`).toEqual(
        [],
      );
      if (before) {
        // An edit that changes no output would test nothing: every kind of edit here shows somewhere.
        const changed = [...got].filter(([rel, now]) => before?.get(rel)?.hash !== now.hash).length;
        const gone = [...before.keys()].filter((rel) => !got.has(rel)).length;
        expect(changed + gone, `the edit changed no file: ${context()}`).toBeGreaterThan(0);
        const pages = /pages \d+ rendered, \d+ files kept/.exec(inc.out)?.[0] ?? "";
        console.log(`step ${step}: ${done.at(-1)}: ${changed} files new or changed, ${gone} gone; ${pages}`);
        expect(rewritten(before, got), `unchanged files written again: ${context()}`).toEqual([]);
      }
      before = got;
      rmSync(clean, { recursive: true, force: true });
    }
  }, 600_000);
});
