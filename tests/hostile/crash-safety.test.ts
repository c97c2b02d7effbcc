/**
 * Chaos: builds killed with SIGKILL at every named point of writing (SUMMITDESK_TEST_CRASH_AT), between the
 * renames of the swap included, at random moments, and through their parent process. After each kill the
 * output folder is byte for byte the whole old site or the whole new one, and the next build removes every
 * leftover and writes the new site. No writer outlives a killed build.
 */
import { type ChildProcess, spawn } from "node:child_process";
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { KILL_POINTS } from "../../src/output/index.ts";
import { runCli } from "../helpers/cli.ts";
import { article, REGISTRY } from "../helpers/project.ts";
import { hashTree, project, removeSharedProjects } from "./helpers.ts";

afterAll(removeSharedProjects);

const BIN = fileURLToPath(new URL("../../bin/summitdesk.js", import.meta.url));
const ENV = { TZ: "UTC", SUMMITDESK_NOW: "2026-01-01T00:00:00Z" };
/** Skips bin/summitdesk.js re-spawning itself: the spawned process is the writer. */
const NO_RESPAWN = { NODE_OPTIONS: "--max-old-space-size=4096" };

const files = {
  ...REGISTRY,
  "content/articles/2025/one.md": article("title: One\ndate: 2025-06-01\nlang: en", "Xi in Tianjin."),
  "content/articles/2025/zwei.md": article("title: Zwei\ndate: 2025-06-02\nlang: de", "Tokajew in Astana."),
};
const EDIT = ["content/articles/2025/three.md", article("title: Three\ndate: 2025-06-03\nlang: en")] as const;

interface Scenario {
  readonly root: string;
  readonly oldSite: Map<string, string>;
  readonly newSite: Map<string, string>;
}

let template: Scenario | undefined;

// Built once, outside any test (so it outlives them): each test gets a copy, and a kill costs two builds, not four.
beforeAll(() => {
  const root = project(files);
  const first = runCli(root, ["build"], ENV);
  expect(first.status, first.stderr).toBe(0);
  const oldSite = hashTree(join(root, "_site"));
  writeFileSync(join(root, EDIT[0]), EDIT[1]);
  const fresh = runCli(root, ["build", "--output", "expected", "--no-cache"], ENV);
  expect(fresh.status, fresh.stderr).toBe(0);
  const newSite = hashTree(join(root, "expected"));
  expect(newSite).not.toEqual(oldSite);
  template = { root, oldSite, newSite };
}, 120_000);

/**
 * A copy (links copied as links) of a project with a built old site and cache, and an edit whose new site is
 * known (built elsewhere, without the cache).
 */
function scenario(layout: "link" | "folder" = "link"): Scenario {
  if (!template) throw new Error("the template project was not built");
  const root = mkdtempSync(join(tmpdir(), "summitdesk-chaos-"));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  cpSync(template.root, root, { recursive: true, verbatimSymlinks: true });
  if (layout === "folder") {
    // An output folder summitdesk made that is a real folder (e.g. the dev server's): the first build links it.
    const target = join(root, "_site");
    const real = join(root, readlinkSync(target));
    rmSync(target);
    renameSync(real, target);
  }
  return { ...template, root };
}

/**
 * What is next to the output folder besides it, the folder it links to and one spare version (the one the
 * next build takes its unchanged files from, src/output/spare.ts): must be nothing after a build.
 */
function leftovers(root: string): string[] {
  const site = join(root, "_site");
  const target = existsSync(site) && lstatSync(site).isSymbolicLink() ? readlinkSync(site) : undefined;
  const cache = join(root, ".cache/summitdesk");
  const inCache = existsSync(cache)
    ? readdirSync(cache, { recursive: true, encoding: "utf8" }).filter((n) => /\.tmp-|\.old-/.test(n))
    : [];
  return [
    ...readdirSync(root)
      .filter((n) => n.startsWith("_site") && n !== "_site" && n !== target)
      .filter(
        (n, _, all) =>
          !n.startsWith("_site.spare-") || all.filter((m) => m.startsWith("_site.spare-")).length > 1,
      ),
    ...inCache.map((n) => `.cache/summitdesk/${n}`),
  ];
}

/** The output folder now: "old", "new", "absent", or a description of what else it is. */
function state(root: string, oldSite: Map<string, string>, newSite: Map<string, string>): string {
  if (!existsSync(join(root, "_site"))) return "absent";
  const now = hashTree(join(root, "_site"));
  if (equal(now, oldSite)) return "old";
  if (equal(now, newSite)) return "new";
  return `neither (${now.size} files)`;
}

function equal(a: Map<string, string>, b: Map<string, string>): boolean {
  return a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);
}

/** The build again, undisturbed: it must tidy everything and write the new site. */
function recovers(root: string, oldSite: Map<string, string>, newSite: Map<string, string>): void {
  const run = runCli(root, ["build"], ENV);
  expect(run.status, run.stderr).toBe(0);
  expect(state(root, oldSite, newSite)).toBe("new");
  expect(leftovers(root)).toEqual([]);
}

describe("a build killed at a named point", () => {
  it.each(KILL_POINTS)("%s leaves the %s site whole, and the next build tidies up", (point, after) => {
    const { root, oldSite, newSite } = scenario();
    const run = runCli(root, ["build"], { ...ENV, SUMMITDESK_TEST_CRASH_AT: point });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain("SIGKILL");
    expect(state(root, oldSite, newSite)).toBe(after);
    // The parent's one line says which it is, and never that nothing was written when something was.
    if (after === "new") expect(run.stderr).not.toMatch(/nothing was written/i);
    recovers(root, oldSite, newSite);
  });

  it("turns a real output folder into a link; killed between its two renames, the next start restores it", () => {
    const { root, oldSite, newSite } = scenario("folder");
    const run = runCli(root, ["build"], { ...ENV, SUMMITDESK_TEST_CRASH_AT: "after-old-moved" });
    expect(run.status).not.toBe(0);
    // The one moment a folder (not a link) is replaced: it is absent until the next start puts it back.
    expect(state(root, oldSite, newSite)).toBe("absent");
    expect(readdirSync(root).filter((n) => n.startsWith("_site.old-"))).toHaveLength(1);
    // A build that then stops on a content error still puts the old site back first.
    writeFileSync(join(root, "content/articles/2025/bad.md"), "---js\n{}\n---\n");
    const stopped = runCli(root, ["build"], ENV);
    expect(stopped.status).toBe(1);
    expect(stopped.stderr).toContain("Restored _site/");
    expect(state(root, oldSite, newSite)).toBe("old");
    rmSync(join(root, "content/articles/2025/bad.md"));
    recovers(root, oldSite, newSite);
  });

  const FROM_FOLDER = KILL_POINTS.filter(([point]) =>
    ["after-search-index", "after-link-made", "after-link-swapped"].includes(point),
  );
  it.each(FROM_FOLDER)("%s, starting from a real folder, leaves the %s site whole too", (point, after) => {
    const { root, oldSite, newSite } = scenario("folder");
    runCli(root, ["build"], { ...ENV, SUMMITDESK_TEST_CRASH_AT: point });
    expect(state(root, oldSite, newSite)).toBe(after);
    recovers(root, oldSite, newSite);
  });
});

const KILLS = 5;

describe("a build killed at a random moment", () => {
  it("leaves the old or the new site whole, every time (5 kills spread over a build)", async () => {
    let s = scenario();
    const started = Date.now();
    const timed = runCli(s.root, ["build", "--output", "timing"], { ...ENV, ...NO_RESPAWN });
    expect(timed.status).toBe(0);
    const duration = Date.now() - started;
    for (let i = 0; i < KILLS; i++) {
      // Spread over the part of a build after Node's start-up (plus jitter): render, index, swap, cache.
      const delay = Math.round(duration * (0.35 + (0.65 * (i + Math.random())) / KILLS));
      const child = start(s.root, { ...ENV, ...NO_RESPAWN });
      await sleep(delay);
      child.kill("SIGKILL");
      await exited(child);
      const now = state(s.root, s.oldSite, s.newSite);
      expect(["old", "new"], `killed after ${delay} of ~${duration} ms`).toContain(now);
      // Each kill starts from the old site; after one that came too late, start over.
      if (now === "new") {
        recovers(s.root, s.oldSite, s.newSite);
        s = scenario();
      }
    }
    recovers(s.root, s.oldSite, s.newSite);
  });
});

describe("a killed parent", () => {
  it("stops its re-spawned child before it swaps the output in", async () => {
    const { root, oldSite, newSite } = scenario();
    const pause = join(root, "paused");
    const parent = start(root, {
      ...ENV,
      SUMMITDESK_TEST_PAUSE_AT: "after-search-index",
      SUMMITDESK_TEST_PAUSE_FILE: pause,
    });
    const writer = await pausedPid(pause);
    expect(writer).not.toBe(parent.pid);
    parent.kill("SIGKILL");
    await exited(parent);
    await waitUntil(() => !alive(writer), 10_000);
    expect(state(root, oldSite, newSite)).toBe("old");
    recovers(root, oldSite, newSite);
  });

  it.each([
    ["the summitdesk command", {}],
    ["the build process itself", NO_RESPAWN],
  ])("leaves no Pagefind running when %s is killed", async (_, env) => {
    const { root, oldSite, newSite } = scenario();
    // A stand-in Pagefind that records its pid, then writes a marker after a while unless stopped first.
    const pidFile = join(root, "pagefind.pid");
    const marker = join(root, "pagefind-finished");
    const slow = join(root, "slow-pagefind.sh");
    writeFileSync(slow, `#!/bin/sh\necho $$ >> '${pidFile}'\nsleep 3\ntouch '${marker}'\n`, { mode: 0o755 });
    const parent = start(root, { ...ENV, ...env, PAGEFIND_BINARY_PATH: slow });
    await waitUntil(() => existsSync(pidFile), 30_000);
    parent.kill("SIGKILL");
    await exited(parent);
    const pids = readFileSync(pidFile, "utf8").trim().split("\n").map(Number);
    await waitUntil(() => pids.every((pid) => !alive(pid)), 5_000);
    await sleep(3500);
    expect(existsSync(marker)).toBe(false);
    expect(state(root, oldSite, newSite)).toBe("old");
    recovers(root, oldSite, newSite);
  });
});

function start(root: string, env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [BIN, "build"], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "ignore"],
  });
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once("exit", () => resolve());
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function pausedPid(file: string): Promise<number> {
  await waitUntil(() => existsSync(file) && readFileSync(file, "utf8").endsWith("\n"), 30_000);
  return Number(readFileSync(file, "utf8").trim());
}

async function waitUntil(test: () => boolean, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (!test()) {
    if (Date.now() > until) throw new Error(`condition not met within ${ms} ms`);
    await sleep(50);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
