/**
 * `summitdesk build --watch`: a build process that stays up. It builds, then builds again after every change to
 * the content (articles, pictures, registry, site.yaml), each build exactly the build `summitdesk build` would
 * make then, through the same code. What it saves is what a new process pays before any work: starting up,
 * and reading the build cache back (kept in memory while its files are unchanged, src/cachefs/kept.ts) and the
 * registry (src/pipeline.ts keeps it per process). And what only a later build reads back (the caches) is
 * written once the site is in place, before watching again (src/cli/build.ts build's `defer`): a save during
 * that waits for it, so every build starts from the caches the one before it left.
 *
 * A change to the site's own layouts or assets starts the process again (exit code RESTART: bin/summitdesk.js
 * starts it anew): a layout written in JavaScript is a module Node loaded once and would not load again.
 */
import { watch as watchFolder } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { CACHE_DIR } from "../cache/index.ts";
import { forgetGoneCacheFiles, keepCacheFilesInMemory } from "../cachefs/index.ts";
import type { Defer } from "../eleventy/index.ts";
import type { BuildOptions } from "./build.ts";
import type { Project } from "./project.ts";
import { isAtOrBelow, watchFolders } from "./watchFolders.ts";

/** The exit code that asks bin/summitdesk.js to start the watching build again (a new process). */
export const RESTART = 75;

/** How long after the last change a build starts: an editor's save is often several writes. */
export const SETTLE_MS = 100;

/** The site's own look: a change there restarts the process (see above). */
const THEME_FOLDERS = ["layouts", "assets"] as const;

/** What the watch loop needs from around it (the real ones by default; tests pass their own). */
export interface WatchDeps {
  /** A build that hands work only a later build needs to `defer` (see build). */
  readonly build: (project: Project, options: BuildOptions, defer: Defer) => Promise<number>;
  readonly say: (line: string) => void;
  /** Resolves when the process is asked to stop (Ctrl-C, SIGTERM). */
  readonly stopped: Promise<void>;
  /**
   * Ends the process at once, asked to stop during a build. The build's output is put in place in one rename
   * or not at all (src/output), so the output folder holds the previous site; the next build tidies the rest.
   */
  readonly abort: () => void;
}

export async function watchBuilds(
  project: Project,
  options: BuildOptions,
  deps: WatchDeps = defaultDeps(),
): Promise<number> {
  keepCacheFilesInMemory();
  const { root, content } = project;
  const theme = THEME_FOLDERS.map((name) => join(root, name));
  const ignored = ignoredUnder(root, options.out);
  const changes = new Changes();
  let failure: Error | undefined;
  // Watching starts before the first build: a save during it is not missed.
  const stopContent = watchFolders(
    [content, ...theme],
    (path) => changes.add(path),
    (error) => {
      failure = error;
      changes.wake();
    },
    ignored,
  );
  // The theme folders may not exist yet: the root says when one appears or goes.
  const rootWatch = watchFolder(root, (_event, name) => {
    if (name && (THEME_FOLDERS as readonly string[]).includes(String(name)))
      changes.add(join(root, String(name)));
  });
  rootWatch.on("error", (error) => {
    failure = error;
    changes.wake();
  });
  let stopping = false;
  let building = false;
  void deps.stopped.then(() => {
    if (building) deps.abort();
    stopping = true;
    changes.wake();
  });
  const run = async () => {
    building = true;
    forgetGoneCacheFiles();
    const later: (() => readonly string[])[] = [];
    try {
      await deps.build(project, options, (task) => later.push(task));
    } finally {
      building = false;
      // Tasks are handed over once the site is in place, but pruning the picture cache, handed over while
      // Pagefind works: after a build that failed then, it only drops pictures that build did not use (the
      // live site holds its own copies), as a one-shot build does. They run synchronously: a change or a
      // request to stop is heard once they are done.
      finishLater(later, deps.say);
    }
  };
  try {
    await run();
    for (;;) {
      if (!stopping && !failure) deps.say(`Watching ${shownFolders(project)} for changes (Ctrl-C stops).`);
      const changed = await changes.settled(SETTLE_MS, () => stopping || failure !== undefined);
      if (failure) {
        deps.say(`Stopped watching: ${whyNotWatching(failure)}`);
        return 1;
      }
      if (stopping) return 0;
      if (changed.some((path) => theme.some((dir) => isAtOrBelow(path, dir)))) {
        deps.say("The site's layouts or assets changed: starting again.");
        return RESTART;
      }
      deps.say(`${describe(project, changed)} changed: building.`);
      await run();
    }
  } finally {
    stopContent();
    rootWatch.close();
  }
}

/** Runs the work a build deferred (see build); a task that fails costs a later build time, never this one. */
function finishLater(tasks: readonly (() => readonly string[])[], say: (line: string) => void): void {
  const started = performance.now();
  for (const task of tasks) {
    let warnings: readonly string[];
    try {
      warnings = task();
    } catch (error) {
      warnings = [error instanceof Error ? error.message : String(error)];
    }
    for (const warning of warnings) say(`warning: ${warning}`);
  }
  if (tasks.length > 0 && process.env.SUMMITDESK_TIMINGS === "1")
    say(`timing deferred ${(performance.now() - started).toFixed(1)}`);
}

/** What a failed watch means, and what to do about it where something can be done. */
function whyNotWatching(error: Error): string {
  if ((error as NodeJS.ErrnoException).code === "ENOSPC") {
    return `${error.message}: the system's limit of watched folders is reached; raise it (sysctl fs.inotify.max_user_watches) or watch fewer folders.`;
  }
  return error.message;
}

/** Changed paths gathered between builds, and a way to wait until they stop coming. */
class Changes {
  private paths = new Set<string>();
  private waiting: (() => void) | undefined;

  add(path: string): void {
    this.paths.add(path);
    this.wake();
  }

  wake(): void {
    this.waiting?.();
  }

  /**
   * Waits for a change, then until none came for `quietMs`; returns the paths and starts a new set. Returns
   * early (possibly empty) once `done()` says so.
   */
  async settled(quietMs: number, done: () => boolean): Promise<string[]> {
    while (this.paths.size === 0 && !done()) await new Promise<void>((wake) => (this.waiting = wake));
    for (let size = -1; size !== this.paths.size && !done(); ) {
      size = this.paths.size;
      await new Promise((wake) => setTimeout(wake, quietMs));
    }
    this.waiting = undefined;
    const paths = [...this.paths].sort();
    this.paths = new Set();
    return paths;
  }
}

/**
 * Paths the build itself writes, which must not start another build: the output folder and the versions beside
 * it ("_site", "_site.<version>", "_site.tmp-…"), the build cache, and what never is content.
 */
function ignoredUnder(root: string, out: string): (path: string) => boolean {
  const target = resolve(root, out);
  const cache = resolve(root, CACHE_DIR.split("/")[0] ?? ".cache");
  return (path) =>
    isAtOrBelow(path, target) ||
    path.startsWith(`${target}.`) ||
    isAtOrBelow(path, cache) ||
    /(?:^|[\\/])(?:node_modules|\.git)(?:$|[\\/])/.test(relative(root, path));
}

/** "content/articles/2025/x.md" or "3 files"; for the line that says why a build starts. */
function describe(project: Project, paths: readonly string[]): string {
  if (paths.length === 1)
    return relative(project.cwd, paths[0] ?? "")
      .split(sep)
      .join("/");
  return `${paths.length} files`;
}

function shownFolders(project: Project): string {
  return relative(project.cwd, project.content).split(sep).join("/") || ".";
}

function defaultDeps(): WatchDeps {
  const say = (line: string) => process.stderr.write(`${line}\n`);
  return {
    build: async (project, options, defer) => (await import("./build.ts")).build(project, options, defer),
    say,
    // Every signal is taken (a terminal's Ctrl-C reaches this process twice: directly and from bin's parent).
    stopped: new Promise<void>((done) => {
      for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => done());
    }),
    abort: () => {
      say("Stopped during a build: the output folder holds the site of the build before it.");
      process.exit(130);
    },
  };
}
