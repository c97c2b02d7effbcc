/**
 * Keeping the previous version's files (src/incremental/carry.ts): a kept file is the very file the state
 * recorded, taken from the spare version by a rename when the spare still holds that inode, else linked from
 * the previous version; a file changed since it was recorded is never kept.
 */
import { appendFileSync, linkSync, lstatSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Carrier, listSite } from "../../src/incremental/index.ts";
import type { FileRecord } from "../../src/incremental/state.ts";

let dir: string;
let previous: string;
let spare: string;
let next: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "summitdesk-carry-"));
  [previous, spare, next] = ["v-previous", "spare", "tmp-next"].map((name) => join(dir, name)) as [
    string,
    string,
    string,
  ];
  for (const folder of [previous, spare, next]) mkdirSync(folder);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function put(folder: string, rel: string, text: string): void {
  mkdirSync(dirname(join(folder, rel)), { recursive: true });
  writeFileSync(join(folder, rel), text);
}

/** The state's record of `rel` in the previous version, as the build that wrote it recorded it. */
function recordOf(rel: string): FileRecord {
  const { size, mtimeMs, ino } = lstatSync(join(previous, rel));
  return { size, mtimeMs, ino };
}

/** The spare holds `rel` as the same file as the previous version (an earlier build kept it). */
function shared(rel: string): void {
  mkdirSync(dirname(join(spare, rel)), { recursive: true });
  linkSync(join(previous, rel), join(spare, rel));
}

describe("Carrier with a spare version", () => {
  it("moves a file the spare holds as the recorded inode, leaving the previous version whole", () => {
    put(previous, "de/a/index.html", "<p>a</p>");
    shared("de/a/index.html");
    const record = recordOf("de/a/index.html");
    const carrier = new Carrier(previous, next, spare);
    expect(carrier.keep("de/a/index.html", record)).toBe(true);
    expect(lstatSync(join(spare, "de/a/index.html"), { throwIfNoEntry: false })).toBeUndefined();
    const kept = lstatSync(join(next, "de/a/index.html"));
    expect([kept.ino, kept.mtimeMs]).toEqual([record.ino, record.mtimeMs]);
    expect(lstatSync(join(previous, "de/a/index.html")).ino).toBe(record.ino);
    expect([...carrier.kept]).toEqual(["de/a/index.html"]);
  });

  it("links from the previous version when the spare's file is an older one", () => {
    put(previous, "index.html", "new front page");
    put(spare, "index.html", "old front page");
    const record = recordOf("index.html");
    expect(new Carrier(previous, next, spare).keep("index.html", record)).toBe(true);
    expect(lstatSync(join(next, "index.html")).ino).toBe(record.ino);
    // The spare's own file stays where it was, for the build to remove with the rest of the spare.
    expect(lstatSync(join(spare, "index.html")).ino).not.toBe(record.ino);
  });

  it("keeps nothing that was changed in place since it was recorded, though the spare shares it", () => {
    put(previous, "feed.xml", "<feed/>");
    shared("feed.xml");
    const record = recordOf("feed.xml");
    appendFileSync(join(previous, "feed.xml"), "<!-- added by a post-processor -->");
    const carrier = new Carrier(previous, next, spare);
    expect(carrier.keep("feed.xml", record)).toBe(false);
    expect(lstatSync(join(next, "feed.xml"), { throwIfNoEntry: false })).toBeUndefined();
    expect(carrier.kept.size).toBe(0);
  });

  it("keeps nothing without a record, from the spare or the previous version", () => {
    put(previous, "x.html", "x");
    shared("x.html");
    expect(new Carrier(previous, next, spare).keep("x.html", undefined)).toBe(false);
  });
});

describe("listSite", () => {
  it("lists a folder's files, leaving out skipped top-level names, and lists one folder alone", () => {
    put(next, "index.html", "front");
    put(next, "de/a/index.html", "a");
    put(next, "pagefind/de-00/pagefind.js", "js");
    put(next, ".pagefind-stage/de-00/de/a/index.html", "a");
    const rest = listSite(next, { skip: ["pagefind", ".pagefind-stage"] });
    expect([...rest.keys()].sort()).toEqual(["de/a/index.html", "index.html"]);
    expect([...listSite(next, { under: "pagefind" }).keys()]).toEqual(["pagefind/de-00/pagefind.js"]);
    expect(listSite(next, { under: "absent" }).size).toBe(0);
    const stat = lstatSync(join(next, "de/a/index.html"));
    expect(rest.get("de/a/index.html")).toEqual({ size: stat.size, mtimeMs: stat.mtimeMs, ino: stat.ino });
  });

  it("takes a kept file's record as it is instead of asking the file system again", () => {
    put(next, "de/a/index.html", "a");
    const records = new Map([["de/a/index.html", { size: 1, mtimeMs: 42, ino: 7 }]]);
    expect(listSite(next, { known: (rel) => records.get(rel) }).get("de/a/index.html")).toEqual({
      size: 1,
      mtimeMs: 42,
      ino: 7,
    });
  });
});
