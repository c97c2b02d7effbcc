/**
 * A file of the live site changed in place (by hand, a sync tool, a stray script) is never kept by the next
 * build: it is made again, whatever kind of file it is — an article page, an entity page, a site-wide file, a
 * search bundle — even when the build has a spare version whose files share its inode.
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.ts";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const root = mkdtempSync(join(tmpdir(), "summitdesk-damaged-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const DAMAGED = [
  "de/2025/soz-gipfel-in-tianjin-beginnt/index.html",
  "de/personen/modi/index.html",
  "api/articles.json",
  "sitemap.xml",
  "pagefind/de-00/pagefind-entry.json",
];

function build(): void {
  const run = runCli(root, ["build"]);
  expect(run.status, run.stderr).toBe(0);
}

describe("a file of the site changed in place", () => {
  it("is made again by the next build, not kept", () => {
    cpSync(join(REPO, "content"), join(root, "content"), { recursive: true });
    build();
    // A second build keeps every file; the version it replaced stays as the spare the third build takes from.
    build();
    const want = new Map(DAMAGED.map((rel) => [rel, readFileSync(join(root, "_site", rel), "utf8")]));
    for (const rel of DAMAGED) appendFileSync(join(root, "_site", rel), "\n<!-- changed by hand -->\n");
    build();
    for (const rel of DAMAGED)
      expect(readFileSync(join(root, "_site", rel), "utf8"), rel).toBe(want.get(rel));
  }, 180_000);
});
