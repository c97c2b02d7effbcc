/**
 * File stamps: a build reads only the article files whose stamp changed since the last one, and still never
 * misses an edit — not one that keeps the file's size and sets its modification time back.
 */
import { readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { contentKey, readStamps, stampCheck, stampsOf, writeStamps } from "../../src/cache/index.ts";
import { readContent } from "../../src/load/index.ts";
import { runCli } from "../helpers/cli.ts";
import { article, readTree, registryProjects } from "../helpers/project.ts";

const projects = registryProjects(afterAll);
/** A whole second, long ago: a time set back to it is exactly the time it was (utimes takes seconds). */
const PINNED = 1_700_000_000;

/** A project whose article files carry a modification time from long ago (their ctime stays fresh). */
function project(given: Record<string, string>): string {
  const root = projects(given);
  for (const path of Object.keys(given)) utimesSync(join(root, path), PINNED, PINNED);
  return root;
}
const HOUR_NS = 3_600_000_000_000n;

const files = {
  "content/articles/2025/tokajew.md": article(
    "title: Tokajew in Tianjin\ndate: 2025-08-31 09:30\nlang: de\npeople: [Tokajew]",
    "Kasachstans Präsident Tokajew sprach in Tianjin mit Xi Jinping.",
  ),
  "content/articles/2025/xi.md": article(
    "title: Xi hosts the SCO\ndate: 2025-08-31 18:00\nlang: en",
    "Xi Jinping welcomed the SCO leaders in Tianjin.",
  ),
};
const XI = "content/articles/2025/xi.md";

/** Replaces `from` by `to` (of the same length) in a file, and sets its modification time back as it was. */
function editKeepingSizeAndTime(path: string, from: string, to: string): void {
  expect(to.length).toBe(from.length);
  const before = statSync(path);
  writeFileSync(path, readFileSync(path, "utf8").replace(from, to));
  utimesSync(path, PINNED, PINNED);
  expect(statSync(path).size).toBe(before.size);
  expect(statSync(path).mtimeMs).toBe(before.mtimeMs);
}

/** The stamps a read leaves, as if taken an hour later: files just written count as long settled. */
function settledStamps(root: string) {
  const read = readContent(root, "content", { worldRegistry: false });
  for (const file of read.value.articles) contentKey(stampsOf(read).context, file);
  const stamps = stampsOf(read);
  return { ...stamps, takenNs: stamps.takenNs + HOUR_NS };
}

/**
 * The builds here run the sources, not dist/ (SUMMITDESK_DIST off): the stamps they keep are read back below
 * through src/, and a cache file is only ever read by the code version that wrote it.
 */
const SOURCES = { SUMMITDESK_TIMINGS: "1", SUMMITDESK_DIST: "" };

describe("reading with stamps", () => {
  it("reads a file its stamp vouches for only when its text is asked for, and others at once", () => {
    const root = project(files);
    const read = readContent(root, "content", {
      worldRegistry: false,
      unchanged: (path) => path === XI,
    });
    const text = (path: string) => read.value.articles.find((f) => f.path === path)?.text;
    writeFileSync(join(root, XI), article("title: Later\ndate: 2025-09-01\nlang: en"));
    writeFileSync(
      join(root, "content/articles/2025/tokajew.md"),
      article("title: Later\ndate: 2025-09-01\nlang: de"),
    );
    expect(text(XI)).toContain("title: Later");
    expect(text("content/articles/2025/tokajew.md")).toContain("Tokajew in Tianjin");
    expect(read.stamps.size).toBe(2);
  });

  it("takes the kept key of an unchanged file without reading it; an edit of the same size and time is read", () => {
    const root = project(files);
    const kept = settledStamps(root);
    const first = stampCheck(kept);
    const again = readContent(root, "content", { worldRegistry: false, unchanged: first.unchanged });
    expect(first.seed(again.value)).toBe(2);
    const xi = again.value.articles.find((f) => f.path === XI);
    rmSync(join(root, XI));
    // Removed after the read: its key still comes from the stamp, with no read.
    expect(contentKey(kept.context, xi as NonNullable<typeof xi>)).toBe(kept.files.get(XI)?.key);

    writeFileSync(join(root, XI), files[XI]);
    utimesSync(join(root, XI), PINNED, PINNED);
    const restored = settledStamps(root);
    editKeepingSizeAndTime(join(root, XI), "Xi hosts the SCO", "Xi heads the SCO");
    const check = stampCheck(restored);
    const edited = readContent(root, "content", { worldRegistry: false, unchanged: check.unchanged });
    expect(check.seed(edited.value)).toBe(1);
    const file = edited.value.articles.find((f) => f.path === XI);
    expect(file?.text).toContain("Xi heads the SCO");
    expect(contentKey(restored.context, file as NonNullable<typeof file>)).not.toBe(
      restored.files.get(XI)?.key,
    );
  });

  it("does not trust stamps of files changed shortly before they were taken", () => {
    const root = project(files);
    const read = readContent(root, "content", { worldRegistry: false });
    const check = stampCheck(stampsOf(read));
    const again = readContent(root, "content", { worldRegistry: false, unchanged: check.unchanged });
    expect(check.seed(again.value)).toBe(0);
  });

  it("uses no kept key once the registry or site config changed (its context)", () => {
    const root = project(files);
    const check = stampCheck(settledStamps(root));
    writeFileSync(join(root, "content/site.yaml"), "title: Gipfel-Desk\n", { flag: "a" });
    const again = readContent(root, "content", { worldRegistry: false, unchanged: check.unchanged });
    expect(check.seed(again.value)).toBe(0);
  });
});

describe("a build with stamps", () => {
  const build = (root: string, out = "_site", ...flags: string[]) => {
    const run = runCli(root, ["build", "--output", out, ...flags], SOURCES);
    expect(run.status).toBe(0);
    return { unread: /stamps (\d+) of/.exec(run.stderr)?.[1], site: readTree(join(root, out)) };
  };
  /** The stamps the last build kept, as if it had run an hour later. */
  const settle = (root: string) => {
    const kept = readStamps(root, undefined);
    expect(kept?.files.size).toBe(2);
    if (kept) writeStamps(root, { ...kept, takenNs: kept.takenNs + HOUR_NS }, undefined);
  };

  it("reads only what changed, and writes the site a build without the cache writes", () => {
    const root = project(files);
    expect(build(root).unread).toBe("0");
    settle(root);
    expect(build(root).unread).toBe("2");
    settle(root);
    editKeepingSizeAndTime(join(root, XI), "Xi hosts the SCO", "Xi heads the SCO");
    const edited = build(root);
    expect(edited.unread).toBe("1");
    expect(edited.site.get("en/2025/xi/index.html")).toContain("Xi heads the SCO");
    expect(edited.site).toEqual(build(root, "_cold", "--no-cache").site);
  });

  it("shows the warnings of the files it does not read, code frames included, as the build that read them", () => {
    const doe = "content/articles/2025/doe.md";
    const root = project({
      [XI]: files[XI],
      [doe]: article(
        "title: Doe in Tianjin\ndate: 2025-08-31 10:00\nlang: en",
        "Intro.\n\nPrime Minister Jane Doe arrived in Tianjin.",
      ),
    });
    const report = (stderr: string) =>
      stderr.slice(stderr.indexOf(`${doe}:`), stderr.indexOf(" warning\n") + 8);
    const first = runCli(root, ["build"], SOURCES);
    expect(first.status).toBe(0);
    expect(report(first.stderr)).toMatch(/> +\d+ \| Prime Minister Jane Doe arrived/);
    settle(root);
    const second = runCli(root, ["build"], SOURCES);
    expect(second.stderr).toContain("stamps 2 of 2 articles known unchanged");
    expect(report(second.stderr)).toBe(report(first.stderr));
  });

  it("ignores a damaged stamps file and reads every article", () => {
    const root = project(files);
    build(root);
    settle(root);
    const path = join(root, ".cache/summitdesk/stamps/files.v8");
    const bytes = readFileSync(path);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 5) ^ 0xff, bytes.length - 5);
    writeFileSync(path, bytes);
    expect(build(root).unread).toBe("0");
  });
});
