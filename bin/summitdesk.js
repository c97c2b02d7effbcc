#!/usr/bin/env node
// Entry point of `npx summitdesk`. An installed package runs its compiled JavaScript (dist/, made by `npm run dist`
// when the package is packed). A development checkout — the TypeScript sources beside this file — runs those
// through tsx instead, even when a dist/ is there: a dist/ compiled before the last edit would run old code. tsx
// costs some 0.4 s of start-up there; help never loads it. The tests that start this file make dist/ fresh and
// run it (SUMMITDESK_DIST=1, below).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { constants, totalmem } from "node:os";
import { fileURLToPath } from "node:url";

// SUMMITDESK_DIST=1 runs a checkout's dist/ as an installed package would (the tests of the command do; they make
// it fresh first).
const CHECKOUT =
  existsSync(new URL("../src/cli/main.ts", import.meta.url)) && process.env.SUMMITDESK_DIST !== "1";
const CLI = new URL(CHECKOUT ? "../src/cli/" : "../dist/src/cli/", import.meta.url);
if (!existsSync(new URL("commands.js", CLI))) {
  process.stderr.write(
    "summitdesk is not built: its dist/ folder is missing. Reinstall the package, or run `npm run dist` in its folder.\n",
  );
  process.exit(70);
}
const { quickAnswer } = await import(new URL("commands.js", CLI).href);

// Help and the version come from a plain-JS table, before tsx, Eleventy or a child process: they appear at once.
const quick = quickAnswer(process.argv.slice(2));
if (quick) {
  const [stream, text] =
    quick.stdout !== undefined ? [process.stdout, quick.stdout] : [process.stderr, quick.stderr];
  await new Promise((done) => stream.write(text ?? "", done));
  process.exit(quick.code);
}

const HEAP = "--max-old-space-size";
const YOUNG = "--max-semi-space-size";
const heavy = ["build", "check"].includes(process.argv[2] ?? "");
// Eleventy registers an ESM resolver that busts its import cache for files changed while it watches. On Node 20
// that hook runs on a loader thread which every later import waits for: 0.13-0.2 s of a build's start-up here. A
// build or check reads each file once and has nothing to bust; `dev` keeps it (a theme's JS layouts change).
if (heavy) process.env.ELEVENTY_SKIP_ESM_RESOLVER ??= "1";
const given = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? "").split(/\s+/)];
const heapSet = given.some((a) => a.startsWith(HEAP));
// A build makes millions of short-lived objects (a cache read back, pages rendered): V8's default young
// generation (16 MB semi-spaces) collects them some thousands of times. 64 MB semi-spaces, some 100 MB more
// memory, made a cold build of 10,000 articles 7–11 % faster and an edit's build ~0.25 s faster here.
const young = given.some((a) => a.startsWith(YOUNG)) ? [] : [`${YOUNG}=64`];
// After each full collection V8 lets the heap grow to as much as four times what survived it before it collects
// again: with the high limit below, a build's memory was mostly garbage (at 10,000 articles ~300 MB live at the
// end, 2.2 GB resident; at 100,000, 9–11 GB). Growing by a tenth at most, the same builds peak at 1.5 GB and
// 4.2 GB in the same time, within this machine's noise. (NODE_OPTIONS may not carry this flag: the child's own.)
const GROWTH = "--heap-growing-percent";
const growth = process.execArgv.some((a) => a.startsWith(GROWTH)) ? [] : [`${GROWTH}=10`];

// `build --watch` always runs in a child: when the site's layouts change it exits with RESTART and is started
// anew (a layout written in JavaScript is a module a process loads once; src/cli/watch.ts).
// (-w may come grouped with other short flags, as parseArgs takes them: -qw.)
const watching =
  process.argv[2] === "build" &&
  process.argv.slice(3).some((a) => a === "--watch" || /^-[a-z]*w[a-z]*$/.test(a));
const RESTART = 75;
// The child this file starts (below) runs the command itself, whatever its flags.
const isChild = Number(process.env.SUMMITDESK_PARENT_PID) === process.ppid;

if (heavy && !isChild && (!heapSet || watching)) {
  // V8's default heap limit here is ~4 GB; an archive of 100,000 articles needs more. Allow three quarters
  // of the machine's memory instead (set NODE_OPTIONS=--max-old-space-size=… to choose yourself), in a child.
  const mb = Math.floor((totalmem() / 1048576) * 0.75);
  const heap = heapSet ? [] : [`${HEAP}=${mb}`];
  const script = fileURLToPath(import.meta.url);
  let child;
  let swapped = false;
  // Signals a terminal or CI sends stop the child too. SIGKILL cannot be passed on: the child notices this
  // process has gone (its parent changes) and stops before it can put a site in place (src/output/alive.ts).
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => child?.kill(signal));
  const start = () => {
    swapped = false;
    child = spawn(
      process.execPath,
      [...process.execArgv, ...heap, ...young, ...growth, script, ...process.argv.slice(2)],
      {
        // fd 3: the child says "swapped" there once the new site is in place, so this process reports truly.
        stdio: ["inherit", "inherit", "inherit", "pipe"],
        env: { ...process.env, SUMMITDESK_PARENT_PID: String(process.pid) },
      },
    );
    child.stdio[3]?.on("data", (chunk) => {
      if (String(chunk).includes("swapped")) swapped = true;
    });
    child.on("close", (code, signal) => {
      if (signal) {
        const why = signal === "SIGKILL" ? " (most likely out of memory)" : "";
        const state = watching
          ? "the output folder holds the site of the last build that finished"
          : swapped
            ? "the new site was already in place; the build cache may be incomplete"
            : "the output folder still holds the previous site; the next build removes what this one left";
        process.stderr.write(`summitdesk was stopped by ${signal}${why}; ${state}.\n`);
        process.exit(128 + (constants.signals[signal] ?? 0));
      }
      if (watching && code === RESTART) start();
      else process.exit(code ?? 1);
    });
  };
  start();
} else {
  watchStarter();
  if (CHECKOUT) {
    const { register } = await import("tsx/esm/api");
    register();
  }
  try {
    const { main } = await import(new URL(CHECKOUT ? "main.ts" : "main.js", CLI).href);
    process.exitCode = await main(process.argv.slice(2));
  } catch (error) {
    // Content problems are diagnostics; reaching this is a bug in summitdesk, reported without a wall of stack.
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(
      `summitdesk stopped on an internal error: ${message.split("\n")[0]}\n` +
        "The output folder is as it was. Please report this with the command you ran; set SUMMITDESK_DEBUG=1 to see details.\n",
    );
    if (process.env.SUMMITDESK_DEBUG) process.stderr.write(`${error instanceof Error ? error.stack : ""}\n`);
    process.exitCode = 70;
  }
  // The command is over here: a build's or check's site, caches and report are written, a dev server has been
  // stopped. Left to itself, Node would now tear down a heap of hundreds of megabytes before exiting (0.2–0.3 s
  // after the last line of a build at 10,000 articles) or, for `dev`, wait on what Eleventy's server leaves open
  // (Ctrl-C once did not stop it). It ends at once instead, once what it wrote to stdout and stderr is handed over.
  if ((heavy && !watching) || process.argv[2] === "dev") {
    const flushed = (stream) => new Promise((done) => stream.write("", done));
    await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
    process.exit();
  }
}

/**
 * In the re-spawned child: stop as soon as the `summitdesk` process that started us is gone (kill -9 cannot be
 * trapped there, so we look: our parent changes when it dies). The swap itself checks once more, synchronously.
 */
function watchStarter() {
  const starter = Number(process.env.SUMMITDESK_PARENT_PID);
  if (!starter) return;
  if (process.ppid !== starter) {
    // Inherited from some other process tree: not ours to watch (and fd 3 is not its pipe).
    delete process.env.SUMMITDESK_PARENT_PID;
    return;
  }
  setInterval(() => {
    if (process.ppid !== starter) process.exit(129);
  }, 200).unref();
}
