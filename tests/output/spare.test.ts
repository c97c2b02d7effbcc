/**
 * The spare version (src/output/swap.ts, spare.ts, tidy.ts): an edit's build keeps the version it replaced
 * beside the output folder, the next start keeps the newest spare only, and the next build takes it whole.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { installSite, takeSpare, tidyOutput } from "../../src/output/index.ts";

let parent: string;
let target: string;
beforeEach(() => {
  parent = mkdtempSync(join(tmpdir(), "summitdesk-spare-"));
  target = join(parent, "_site");
});
afterEach(() => rmSync(parent, { recursive: true, force: true }));

/** A complete site folder named `name` beside the output folder, holding one page saying `text`. */
function site(name: string, text: string): string {
  const folder = join(parent, name);
  mkdirSync(folder);
  writeFileSync(join(folder, "index.html"), text);
  return folder;
}

const siblings = (kind: string) => readdirSync(parent).filter((n) => n.startsWith(`_site.${kind}-`));

describe("the spare version", () => {
  it("is the version an edit's build replaced; without asking, the old version is removed", () => {
    installSite(site("_site.tmp-1-00000001", "first"), target);
    installSite(site("_site.tmp-1-00000002", "second"), target, true);
    expect(siblings("spare")).toHaveLength(1);
    const [spare] = siblings("spare");
    expect(readdirSync(join(parent, spare as string))).toEqual(["index.html"]);
    installSite(site("_site.tmp-1-00000003", "third"), target);
    // Not asked this time: the replaced version is removed; the older spare is the build's to take or tidy.
    expect(siblings("v")).toEqual([readlinkSync(target)]);
    expect(siblings("spare")).toEqual([spare]);
  });

  it("a real folder replaced for the first time is never kept as a spare", () => {
    site("_site", "made by hand");
    writeFileSync(join(target, ".summitdesk-output"), "");
    installSite(site("_site.tmp-1-00000001", "first"), target, true);
    expect(siblings("spare")).toEqual([]);
    expect(siblings("old")).toEqual([]);
  });

  it("survives the next start's tidying, the newest one only", () => {
    const older = site("_site.spare-999999-0000000a", "older");
    const newer = site("_site.spare-999999-0000000b", "newer");
    utimesSync(older, new Date(1_000_000), new Date(1_000_000));
    site("_site.tmp-999999-0000000c", "a killed build's");
    symlinkSync("_site.v-999999-0000000d", target);
    site("_site.v-999999-0000000d", "published");
    tidyOutput(target);
    expect(readdirSync(parent).sort()).toEqual([
      "_site",
      "_site.spare-999999-0000000b",
      "_site.v-999999-0000000d",
    ]);
    expect(existsSync(newer)).toBe(true);
  });

  it("is taken whole by the next build, once", () => {
    site("_site.spare-999999-0000000a", "spare");
    const into = join(parent, "_site.tmp-1-0000000e");
    expect(takeSpare(target, into)).toBe(true);
    expect(readdirSync(into)).toEqual(["index.html"]);
    expect(siblings("spare")).toEqual([]);
    expect(takeSpare(target, join(parent, "_site.tmp-1-0000000f"))).toBe(false);
  });
});
