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
import { readTree } from "../helpers/project.ts";

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

function build(at = root, env: Record<string, string> = {}): string {
  const run = runCli(at, ["build"], env);
  expect(run.status, run.stderr).toBe(0);
  return run.stderr;
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

  it("is made again when another article is edited in the same build", () => {
    // The edited German article's shard is indexed first; the English page is kept only once Pagefind has
    // started, so its damage is found then, and the page is rendered in the build's last run.
    const site = mkdtempSync(join(root, "edit-"));
    cpSync(join(REPO, "content"), join(site, "content"), { recursive: true });
    build(site);
    build(site);
    appendFileSync(join(site, "content/articles/2025/brics-gipfel-in-rio-beginnt.md"), "\nEin Satz mehr.\n");
    const damaged = "en/2025/g7-leaders-meet-in-kananaskis/index.html";
    appendFileSync(join(site, "_site", damaged), "\n<!-- changed by hand -->\n");
    const report = build(site, { SUMMITDESK_TIMINGS: "1" });
    // Only the edited article's shard: the damaged page renders the text its shard was indexed from.
    expect(report).toMatch(/; 1 search shards indexed;/);
    // The same site as a clean build of the same content, file for file.
    const clean = mkdtempSync(join(root, "clean-"));
    cpSync(join(site, "content"), join(clean, "content"), { recursive: true });
    const cold = runCli(clean, ["build", "--no-cache"]);
    expect(cold.status, cold.stderr).toBe(0);
    expect(readTree(join(site, "_site"))).toEqual(readTree(join(clean, "_site")));
  }, 240_000);
});
