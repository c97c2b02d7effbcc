/**
 * One edit with the build process kept up (`summitdesk build --watch`): started in the temp project after the
 * other builds (its cache and output in place), it builds once (nothing changed: it reads the cache into
 * memory), then an article is edited at a time, and two times are measured from the save: to the new site in place
 * (the build's "Wrote … files" line) and to the process ready for the next edit (the caches a later build reads
 * back written after the site: it says "Watching" again).
 */
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { BENCH_NOW, OUR_OUTPUT } from "./builds.ts";
import { articleFiles } from "./project.ts";

/** Its first build (the process starting, nothing changed), each edit's save-to-site and save-to-ready time. */
export interface WatchResult {
  readonly firstMs: number;
  readonly editMs: readonly number[];
  readonly readyMs: readonly number[];
}

/** The cache files a build wrote are kept in memory only once settled (src/cachefs/kept.ts RACY_MS): wait it out. */
const SETTLE_MS = 3500;

export async function measureWatchEdits(root: string, bin: string, edits = 3): Promise<WatchResult> {
  const started = performance.now();
  const child = spawn(process.execPath, [bin, "build", "--watch", "--output", OUR_OUTPUT], {
    cwd: root,
    env: { ...process.env, TZ: "UTC", SUMMITDESK_NOW: BENCH_NOW },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  let builds = 0;
  let sites = 0;
  child.stderr?.on("data", (chunk: Buffer) => {
    const text = chunk.toString();
    builds += (text.match(/^Watching /gm) ?? []).length;
    log = (log + text).slice(-5000);
  });
  child.stdout?.on("data", (chunk: Buffer) => {
    sites += (chunk.toString().match(/^Wrote \d+ files /gm) ?? []).length;
  });
  const until = async (count: number, done: () => number) => {
    while (done() < count) {
      if (child.exitCode !== null)
        throw new Error(`bench: build --watch exited with ${child.exitCode}\n${log}`);
      await new Promise((wake) => setTimeout(wake, 5));
    }
  };
  const built = (count: number) => until(count, () => builds);
  try {
    await built(1);
    const firstMs = performance.now() - started;
    const files = articleFiles(root);
    const editMs: number[] = [];
    const readyMs: number[] = [];
    for (let k = 0; k < edits; k++) {
      await new Promise((wake) => setTimeout(wake, SETTLE_MS));
      // Articles the other edits did not touch (they edited at 1/2 and at (k + 1/4)/10).
      const file = join(root, files[Math.floor(((k + 0.6) / (edits + 1)) * files.length)] as string);
      const save = performance.now();
      writeFileSync(file, `${readFileSync(file, "utf8")}\nNachtrag ${k}: Die Delegationen reisten ab.\n`);
      await until(k + 2, () => sites);
      editMs.push(performance.now() - save);
      await built(k + 2);
      readyMs.push(performance.now() - save);
    }
    return { firstMs, editMs, readyMs };
  } finally {
    child.kill("SIGINT");
    await new Promise((done) => (child.exitCode !== null ? done(undefined) : child.on("close", done)));
  }
}
