/**
 * The watch loop of `build --watch` (src/cli/watch.ts) with a stand-in build: what starts a build, what does
 * not (the build's own output and cache), what starts the process again (the site's layouts and assets), and
 * how it stops. tests/cli/watch-build.test.ts runs the real thing.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { BuildOptions } from "../../src/cli/build.ts";
import type { Project } from "../../src/cli/project.ts";
import { RESTART, watchBuilds } from "../../src/cli/watch.ts";
import type { Defer } from "../../src/eleventy/index.ts";

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

function site(): Project {
  const root = mkdtempSync(join(tmpdir(), "summitdesk-watch-"));
  roots.push(root);
  mkdirSync(join(root, "content/articles/2025"), { recursive: true });
  writeFileSync(join(root, "content/articles/2025/a.md"), "a");
  return { root, content: join(root, "content"), cwd: root };
}

const OPTIONS: BuildOptions = { out: "_site", cache: true };

/** Runs the loop with a build that counts; `step(n)` runs after the n-th build (1 = the first). */
function watching(project: Project, step: (n: number, stop: () => void) => void | Promise<void>) {
  let stop: () => void = () => undefined;
  const stopped = new Promise<void>((done) => (stop = done));
  const lines: string[] = [];
  let builds = 0;
  const ended = watchBuilds(project, OPTIONS, {
    build: async () => {
      builds++;
      // Like a real build: it writes the output and the cache, which must not start another build.
      mkdirSync(join(project.root, "_site"), { recursive: true });
      writeFileSync(join(project.root, "_site/index.html"), String(builds));
      mkdirSync(join(project.root, ".cache/summitdesk"), { recursive: true });
      writeFileSync(join(project.root, ".cache/summitdesk/state"), String(builds));
      writeFileSync(join(project.root, "urls.json"), "{}");
      const n = builds;
      setTimeout(() => void step(n, stop), 150);
      return 0;
    },
    say: (line) => lines.push(line),
    stopped,
    abort: () => lines.push("aborted"),
  });
  return { ended, lines, builds: () => builds };
}

/**
 * Runs the loop once with `build` as its build; `stop()` (handed to the build) asks it to stop, as Ctrl-C does.
 * Everything said, and "aborted" when it ended a build at once, goes to `lines`.
 */
function once(
  project: Project,
  build: (defer: Defer, stop: () => void, lines: string[]) => Promise<number>,
): { ended: Promise<number>; lines: string[] } {
  let stop: () => void = () => undefined;
  const stopped = new Promise<void>((done) => (stop = done));
  const lines: string[] = [];
  const ended = watchBuilds(project, OPTIONS, {
    build: (_project, _options, defer) => build(defer, stop, lines),
    say: (line) => lines.push(line),
    stopped,
    abort: () => lines.push("aborted"),
  });
  return { ended, lines };
}

describe("build --watch", () => {
  it("builds, then builds again after each change to the content, and never for its own output", async () => {
    const project = site();
    const run = watching(project, (n, stop) => {
      if (n === 1) writeFileSync(join(project.content, "articles/2025/a.md"), "a, edited");
      // A folder made after watching began is watched too: a file in it starts the third build.
      if (n === 2) {
        mkdirSync(join(project.content, "articles/2026"));
        writeFileSync(join(project.content, "articles/2026/b.md"), "b");
      }
      if (n === 3) setTimeout(stop, 600); // long enough for a build the output could have started
    });
    expect(await run.ended).toBe(0);
    expect(run.builds()).toBe(3);
    expect(run.lines).toContain("content/articles/2025/a.md changed: building.");
    expect(run.lines.filter((line) => line.startsWith("Watching content for changes"))).toHaveLength(3);
  });

  it("gathers a burst of writes into one build", async () => {
    const project = site();
    const run = watching(project, (n, stop) => {
      if (n === 1) {
        for (let i = 0; i < 5; i++) writeFileSync(join(project.content, `articles/2025/n${i}.md`), "x");
      } else setTimeout(stop, 600);
    });
    expect(await run.ended).toBe(0);
    expect(run.builds()).toBe(2);
    expect(run.lines).toContain("5 files changed: building.");
  });

  it("starts again when the site's layouts or assets change, even a folder made after it started", async () => {
    const project = site();
    const run = watching(project, (n) => {
      if (n === 1) {
        mkdirSync(join(project.root, "assets"));
        writeFileSync(join(project.root, "assets/site.css"), "body{}");
      }
    });
    expect(await run.ended).toBe(RESTART);
    expect(run.builds()).toBe(1);
    expect(run.lines).toContain("The site's layouts or assets changed: starting again.");
  });

  it("does what a build deferred once it is done, before it watches again; a failing task is a warning", async () => {
    const run = once(site(), async (defer, stop, lines) => {
      defer(() => {
        lines.push("cache written");
        return ["the search index was not kept"];
      });
      defer(() => {
        throw new Error("disk full");
      });
      // The build itself is over before any deferred task runs.
      lines.push("site in place");
      setTimeout(stop, 100);
      return 0;
    });
    expect(await run.ended).toBe(0);
    expect(run.lines).toEqual([
      "site in place",
      "cache written",
      "warning: the search index was not kept",
      "warning: disk full",
      "Watching content for changes (Ctrl-C stops).",
    ]);
  });

  it("asked to stop while it does what a build deferred, finishes that first, then ends with 0", async () => {
    const run = once(site(), async (defer, stop, lines) => {
      defer(() => {
        stop();
        lines.push("state written");
        return [];
      });
      defer(() => {
        lines.push("cache written");
        return [];
      });
      return 0;
    });
    expect(await run.ended).toBe(0);
    expect(run.lines.slice(0, 2)).toEqual(["state written", "cache written"]);
    expect(run.lines).not.toContain("aborted");
  });

  it("asked to stop during a build, ends at once; when idle, ends with 0", async () => {
    const run = once(site(), async (_defer, stop) => {
      stop();
      await new Promise((done) => setTimeout(done, 50));
      return 0;
    });
    expect(await run.ended).toBe(0);
    expect(run.lines).toEqual(["aborted"]);
  });
});
