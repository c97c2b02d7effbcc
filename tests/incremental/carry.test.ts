/**
 * Keeping the previous version's files (src/incremental/carry.ts): a kept file is the very file the state
 * recorded. In a folder taken back from an earlier version, a file that already is that inode stays as it is;
 * anything else found there is removed before it could be written through; else the file is linked from the
 * previous version. A file changed since it was recorded is never kept.
 */
import {
  appendFileSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Carrier, inventoryBeside, listSite, takeInventory } from "../../src/incremental/index.ts";
import type { FileRecord } from "../../src/incremental/state.ts";

let dir: string;
let previous: string;
let next: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "summitdesk-carry-"));
  [previous, next] = ["v-previous", "tmp-next"].map((name) => join(dir, name)) as [string, string];
  for (const folder of [previous, next]) mkdirSync(folder);
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

/** The folder taken back holds `rel` as the same file as the previous version (an earlier build kept it). */
function shared(rel: string): void {
  mkdirSync(dirname(join(next, rel)), { recursive: true });
  linkSync(join(previous, rel), join(next, rel));
}

/** A carrier into `next` as a folder taken back, holding what it holds now. */
const takenBack = () => new Carrier(previous, next, takeInventory(next));

describe("Carrier", () => {
  it("links a kept file from the previous version into a new folder", () => {
    put(previous, "de/a/index.html", "<p>a</p>");
    const record = recordOf("de/a/index.html");
    const carrier = new Carrier(previous, next);
    expect(carrier.keep("de/a/index.html", record)).toBe(true);
    expect(lstatSync(join(next, "de/a/index.html")).ino).toBe(record.ino);
    expect([...carrier.kept]).toEqual(["de/a/index.html"]);
  });

  it("leaves a file the folder taken back holds as the recorded inode where it is", () => {
    put(previous, "de/a/index.html", "<p>a</p>");
    shared("de/a/index.html");
    const record = recordOf("de/a/index.html");
    const carrier = takenBack();
    expect(carrier.keep("de/a/index.html", record)).toBe(true);
    const kept = lstatSync(join(next, "de/a/index.html"));
    expect([kept.ino, kept.mtimeMs]).toEqual([record.ino, record.mtimeMs]);
    expect(lstatSync(join(previous, "de/a/index.html")).ino).toBe(record.ino);
    expect([...carrier.kept]).toEqual(["de/a/index.html"]);
  });

  it("replaces an older file the folder taken back holds by a link to the previous version's", () => {
    put(previous, "index.html", "new front page");
    put(next, "index.html", "old front page");
    const record = recordOf("index.html");
    expect(takenBack().keep("index.html", record)).toBe(true);
    expect(lstatSync(join(next, "index.html")).ino).toBe(record.ino);
    expect(readFileSync(join(next, "index.html"), "utf8")).toBe("new front page");
  });

  it("keeps nothing changed in place since it was recorded, and leaves nothing to write through", () => {
    put(previous, "feed.xml", "<feed/>");
    shared("feed.xml");
    const record = recordOf("feed.xml");
    appendFileSync(join(previous, "feed.xml"), "<!-- added by a post-processor -->");
    const carrier = takenBack();
    expect(carrier.keep("feed.xml", record)).toBe(false);
    expect(existsSync(join(next, "feed.xml"))).toBe(false);
    expect(carrier.kept.size).toBe(0);
    // The caller writes the file anew: the previous version's file is not touched.
    writeFileSync(join(next, "feed.xml"), "<feed>new</feed>");
    expect(readFileSync(join(previous, "feed.xml"), "utf8")).toBe(
      "<feed/><!-- added by a post-processor -->",
    );
  });

  it("says, changing nothing, which files the folder taken back holds as recorded", () => {
    put(previous, "img/a.webp", "a");
    put(previous, "img/b.webp", "b, new");
    put(previous, "img/c.webp", "c");
    shared("img/a.webp");
    put(next, "img/b.webp", "b, old");
    shared("img/c.webp");
    const [a, b, c] = ["img/a.webp", "img/b.webp", "img/c.webp"].map(recordOf);
    appendFileSync(join(previous, "img/c.webp"), ", changed in place");
    const carrier = takenBack();
    expect(carrier.holds("img/a.webp", a)).toBe(true);
    expect(carrier.holds("img/a.webp", undefined)).toBe(false);
    expect(carrier.holds("img/b.webp", b)).toBe(false);
    expect(carrier.holds("img/c.webp", c)).toBe(false);
    expect(carrier.holds("img/d.webp", a)).toBe(false);
    expect(carrier.kept.size).toBe(0);
    expect(readdirSync(join(next, "img")).sort()).toEqual(["a.webp", "b.webp", "c.webp"]);
    // And keep() agrees with it.
    expect(carrier.keep("img/a.webp", a)).toBe(true);
    expect(carrier.keep("img/c.webp", c)).toBe(false);
  });

  it("keeps nothing without a record, and removes what the folder taken back held there", () => {
    put(previous, "x.html", "x");
    shared("x.html");
    expect(takenBack().keep("x.html", undefined)).toBe(false);
    expect(existsSync(join(next, "x.html"))).toBe(false);
    expect(existsSync(join(previous, "x.html"))).toBe(true);
  });

  it("clears what it was not asked to keep, and the folders left empty, but what it is told to spare", () => {
    for (const rel of ["index.html", "de/gone/index.html", "de/kept/index.html", "img/a.png"]) {
      put(previous, rel, rel);
      shared(rel);
    }
    const carrier = takenBack();
    expect(carrier.keep("de/kept/index.html", recordOf("de/kept/index.html"))).toBe(true);
    carrier.clear((rel) => rel.startsWith("img/"));
    expect(listSite(next).size).toBe(2);
    expect(existsSync(join(next, "de/gone"))).toBe(false);
    expect(existsSync(join(next, "img/a.png"))).toBe(true);
    carrier.clear();
    expect([...listSite(next).keys()]).toEqual(["de/kept/index.html"]);
    expect(readdirSync(next)).toEqual(["de"]);
    // The previous version keeps every file.
    expect(listSite(previous).size).toBe(4);
  });
});

describe("takeInventory", () => {
  it("lists the regular files, leaves out skipped top-level names and removes anything else", () => {
    put(next, "index.html", "front");
    put(next, "de/a/index.html", "a");
    put(next, "pagefind/de-00/pagefind.js", "js");
    symlinkSync("/etc/passwd", join(next, "de/a/leak.html"));
    symlinkSync("/etc", join(next, "etc"));
    const found = takeInventory(next, ["pagefind"]);
    expect([...found.keys()].sort()).toEqual(["de/a/index.html", "index.html"]);
    expect(existsSync(join(next, "pagefind/de-00/pagefind.js"))).toBe(true);
    expect(lstatSync(join(next, "de/a/leak.html"), { throwIfNoEntry: false })).toBeUndefined();
    expect(lstatSync(join(next, "etc"), { throwIfNoEntry: false })).toBeUndefined();
    const stat = lstatSync(join(next, "index.html"));
    expect(found.get("index.html")).toEqual({ size: stat.size, mtimeMs: stat.mtimeMs, ino: stat.ino });
  });
});

describe("inventoryBeside", () => {
  it("gives, from its thread, the inventory takeInventory takes, whatever the names", async () => {
    put(next, "index.html", "front");
    put(next, "de/a/index.html", "a");
    put(next, "de/line\nbreak/ä ö 中文.html", "odd");
    put(next, "pagefind/de-00/pagefind.js", "js");
    const beside = await inventoryBeside(next, ["pagefind"]);
    expect([...beside].sort()).toEqual([...takeInventory(next, ["pagefind"])].sort());
    expect(beside.size).toBe(3);
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
