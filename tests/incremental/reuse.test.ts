/**
 * An edit's build takes back the version before the previous one as its own folder (src/incremental/carry.ts):
 * the files it shares with the live site stay, the rest is removed before anything is written. The live site
 * must never be written through those shared files, and what the build leaves must be a clean build's site,
 * folder for folder: nothing the spare held besides survives (deleted articles: tests/incremental/property.test.ts).
 */
import {
  appendFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { listSite } from "../../src/incremental/carry.ts";
import { readOutputState } from "../../src/incremental/state.ts";
import { runCli } from "../helpers/cli.ts";
import { readTree } from "../helpers/project.ts";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const root = mkdtempSync(join(tmpdir(), "summitdesk-reuse-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function build(at: string, args: string[] = []): string {
  const run = runCli(at, ["build", ...args], { SUMMITDESK_TIMINGS: "1" });
  expect(run.status, run.stderr).toBe(0);
  return run.stderr;
}

/** Every folder below `dir`, relative to it. */
function folders(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const abs = join(d, name);
      if (!statSync(abs).isDirectory()) continue;
      out.push(relative(dir, abs));
      walk(abs);
    }
  };
  walk(dir);
  return out;
}

describe("an edit's build in the version it takes back", () => {
  it("never changes the live site's files, and leaves a clean build's site", () => {
    const site = join(root, "site");
    cpSync(join(REPO, "content"), join(site, "content"), { recursive: true });
    build(site);
    build(site);
    const articles = join(site, "content/articles/2025");
    const [edited] = readdirSync(articles).filter((name) => name.endsWith(".md"));
    appendFileSync(join(articles, edited as string), "\nEin Satz mehr über den Gipfel.\n");
    // What a spare may hold that the new site must not: a page no longer made, and a link out of the site.
    const taken = readdirSync(site).find((name) => name.startsWith("_site.spare-")) as string;
    mkdirSync(join(site, taken, "de/nicht-mehr"), { recursive: true });
    writeFileSync(join(site, taken, "de/nicht-mehr/index.html"), "<p>stale</p>");
    symlinkSync("/etc/passwd", join(site, taken, "de/passwd.html"));
    // And in its search bundles (kept in place by shard): a file no bundle has, and a shard no longer made.
    const [shard] = readdirSync(join(site, taken, "pagefind")).sort();
    writeFileSync(join(site, taken, "pagefind", shard as string, "stale.pf_fragment"), "stale");
    mkdirSync(join(site, taken, "pagefind/xx-09"));
    writeFileSync(join(site, taken, "pagefind/xx-09/pagefind-entry.json"), "{}");
    const live = join(site, readlinkSync(join(site, "_site")));
    const before = readTree(live);
    const report = build(site);
    // The folder was taken back (its inventory taken), not made empty.
    expect(report).toMatch(/^timing inventory /m);
    // The version replaced is the next spare, file for file as it was served.
    const spare = readdirSync(site).find((name) => name.startsWith("_site.spare-"));
    expect(spare).not.toBe(taken);
    expect(spare).toBeDefined();
    expect(readTree(join(site, spare as string))).toEqual(before);
    // What the next build keeps files by — the state's record of each — is the new site as it is on disk,
    // file for file (the build lists it from what it kept and wrote, not by walking it).
    const state = readOutputState(site, join(site, "_site"), undefined);
    const recorded = [...(state?.files ?? [])].map(([rel, r]) => [rel, [r.size, r.mtimeMs, r.ino]]);
    const onDisk = [...listSite(join(site, readlinkSync(join(site, "_site"))))].map(([rel, r]) => [
      rel,
      [r.size, r.mtimeMs, r.ino],
    ]);
    expect(recorded.sort()).toEqual(onDisk.sort());
    const clean = join(root, "clean");
    cpSync(join(site, "content"), join(clean, "content"), { recursive: true });
    build(clean, ["--no-cache"]);
    expect(readTree(join(site, "_site"))).toEqual(readTree(join(clean, "_site")));
    expect(folders(join(site, "_site"))).toEqual(folders(join(clean, "_site")));
  }, 240_000);

  it("is given back as the spare by a build that stops on a content error", () => {
    const site = join(root, "stopped");
    cpSync(join(REPO, "content"), join(site, "content"), { recursive: true });
    build(site);
    build(site);
    const spares = () => readdirSync(site).filter((name) => name.startsWith("_site.spare-"));
    expect(spares()).toHaveLength(1);
    const broken = join(site, "content/articles/2025/kaputt.md");
    writeFileSync(broken, "---\ntitle: Kaputt\n---\nOhne Datum.\n");
    const stopped = runCli(site, ["build"]);
    expect(stopped.status).toBe(1);
    expect(spares()).toHaveLength(1);
    rmSync(broken);
    expect(build(site)).toMatch(/^timing inventory /m);
  }, 240_000);
});
