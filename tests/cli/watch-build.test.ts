/**
 * `summitdesk build --watch` end to end: the process stays up, builds again after each change (an edit, a new
 * article with a registry change, a deleted article), and each of its sites is byte for byte the site a clean build of
 * the same files makes — its in-memory cache and registry never show through. A new stylesheet in the site's
 * assets starts it anew and the next site links it; Ctrl-C ends it with 0.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { RACY_MS } from "../../src/cachefs/index.ts";
import { runCli } from "../helpers/cli.ts";
import { article, registryProjects } from "../helpers/project.ts";
import { hashTree } from "../hostile/helpers.ts";

const BIN = fileURLToPath(new URL("../../bin/summitdesk.js", import.meta.url));
const NOW = "2026-01-01T00:00:00Z";
const project = registryProjects(afterAll);
const scratch = mkdtempSync(join(tmpdir(), "summitdesk-watch-clean-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const A = "content/articles/2025/tokajew-trifft-xi.md";
const B = "content/articles/2025/tokayev-meets-xi.md";
const C = "content/articles/2025/gipfel-endet.md";

/** A running `build --watch` and everything it has said so far. */
class Watcher {
  readonly child: ChildProcess;
  out = "";
  err = "";
  constructor(root: string) {
    this.child = spawn(process.execPath, [BIN, "build", "--watch"], {
      cwd: root,
      env: { ...process.env, TZ: "UTC", SUMMITDESK_NOW: NOW },
      stdio: ["ignore", "pipe", "pipe"],
    });
    this.child.stdout?.on("data", (chunk) => (this.out += chunk));
    this.child.stderr?.on("data", (chunk) => (this.err += chunk));
  }

  /** Waits until it has said "Watching …" `times` times in all (a build done, waiting for changes). */
  async idle(times: number): Promise<void> {
    const deadline = Date.now() + 90_000;
    while ((this.err.match(/^Watching /gm) ?? []).length < times) {
      if (Date.now() > deadline || this.child.exitCode !== null) {
        throw new Error(`build --watch did not finish build ${times}:\n${this.err.slice(-3000)}`);
      }
      await new Promise((done) => setTimeout(done, 50));
    }
  }

  ended(): Promise<number | null> {
    if (this.child.exitCode !== null) return Promise.resolve(this.child.exitCode);
    return new Promise((done) => this.child.on("close", (code) => done(code)));
  }
}

/** The site a clean build (no cache, a fresh folder) makes of the same files as `root` has now. */
function cleanSite(root: string, step: number): Map<string, string> {
  const copy = join(scratch, `step-${step}`);
  cpSync(root, copy, {
    recursive: true,
    filter: (src) => !/^(?:_site|\.cache)/.test(relative(root, src).split(/[\\/]/)[0] ?? ""),
  });
  const run = runCli(copy, ["build", "--no-cache", "--quiet"], { SUMMITDESK_NOW: NOW });
  expect(run.stderr).not.toMatch(/error/i);
  expect(run.status).toBe(0);
  return hashTree(join(copy, "_site"));
}

describe("summitdesk build --watch", () => {
  it("builds again after each change, every site the one a clean build makes", async () => {
    const root = project({
      [A]: article(
        "title: Tokajew trifft Xi in Tianjin\ndate: 2025-08-31 09:30\nlang: de\npeople: [Tokajew, Xi]\nsummit: sco-2025-tianjin",
        "Kasachstans Präsident sprach in Tianjin mit Xi Jinping.",
      ),
      [B]: article("title: Tokayev meets Xi in Tianjin\ndate: 2025-08-31 16:00\nlang: en\npeople: [tokayev]"),
    });
    const watcher = new Watcher(root);
    try {
      await watcher.idle(1);
      // Three saves (each a build, each compared with a clean one): an edit; a new article with a registry
      // change (Xi known by one more name, which tags the first article anew); a deleted article.
      const steps: (() => void)[] = [
        () => appendFileSync(join(root, A), "\nDas Treffen dauerte zwei Stunden.\n"),
        () => {
          writeFileSync(
            join(root, C),
            article(
              "title: Der Gipfel endet\ndate: 2025-09-01 18:00\nlang: de",
              "Die SOZ-Staaten einigten sich.",
            ),
          );
          const people = join(root, "content/registry/people.yaml");
          writeFileSync(people, readFileSync(people, "utf8").replace("short: [Xi]", "short: [Xi, Jinping]"));
          appendFileSync(join(root, A), "\nJinping lächelte.\n");
        },
        () => rmSync(join(root, B)),
      ];
      for (const [i, step] of steps.entries()) {
        // The cache files the last build wrote settle first (src/cachefs/kept.ts): the next build reads them
        // back and keeps them, and the one after takes what it kept, the case this test is about.
        await new Promise((done) => setTimeout(done, RACY_MS + 100));
        step();
        await watcher.idle(i + 2);
        expect(watcher.err).not.toMatch(/^error/m);
        expect(hashTree(join(root, "_site")), `after step ${i + 1}`).toEqual(cleanSite(root, i + 1));
      }
      expect(readFileSync(join(root, "_site/de/2025/tokajew-trifft-xi/index.html"), "utf8")).toContain(
        "Das Treffen dauerte zwei Stunden.",
      );
      // Each build after the first kept files from the one before: the state it writes after its site is in
      // place (deferred) was there for the next.
      expect(watcher.err.match(/files kept from the last build/g)).toHaveLength(steps.length);
      watcher.child.kill("SIGINT");
      expect(await watcher.ended()).toBe(0);
      // And for a build of a new process: nothing changed, nothing is rendered or indexed again.
      const again = runCli(root, ["build"], { SUMMITDESK_NOW: NOW });
      expect(again.status).toBe(0);
      expect(again.stderr).toMatch(/^render 0 pages\b/m);
      expect(again.stderr).toMatch(/^search 0 shards\b/m);
    } finally {
      watcher.child.kill("SIGKILL");
    }
  }, 300_000);

  it("starts anew when the site gets a stylesheet of its own, and the next site links it", async () => {
    const root = project({
      [A]: article("title: Tokajew trifft Xi\ndate: 2025-08-31 09:30\nlang: de", "Text."),
    });
    const watcher = new Watcher(root);
    try {
      await watcher.idle(1);
      mkdirSync(join(root, "assets"));
      writeFileSync(join(root, "assets/site.css"), "h1 { color: teal }\n");
      await watcher.idle(2);
      expect(watcher.err).toContain("The site's layouts or assets changed: starting again.");
      const page = readFileSync(join(root, "_site/de/2025/tokajew-trifft-xi/index.html"), "utf8");
      expect(page).toContain('href="/assets/site.css');
      expect(readFileSync(join(root, "_site/assets/site.css"), "utf8")).toContain("teal");
      watcher.child.kill("SIGTERM");
      expect(await watcher.ended()).toBe(0);
    } finally {
      watcher.child.kill("SIGKILL");
    }
  }, 300_000);
});
