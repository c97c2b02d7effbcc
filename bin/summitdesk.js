#!/usr/bin/env node
// Entry point of `npx summitdesk`: registers tsx so the TypeScript sources run directly on Node 20.
import { spawnSync } from "node:child_process";
import { constants, totalmem } from "node:os";
import { fileURLToPath } from "node:url";
import { quickAnswer } from "../src/cli/commands.js";

// Help and the version come from a plain-JS table, before tsx, Eleventy or a child process: they appear at once.
const quick = quickAnswer(process.argv.slice(2));
if (quick) {
  const [stream, text] =
    quick.stdout !== undefined ? [process.stdout, quick.stdout] : [process.stderr, quick.stderr];
  await new Promise((done) => stream.write(text ?? "", done));
  process.exit(quick.code);
}

const HEAP = "--max-old-space-size";
const heavy = ["build", "check"].includes(process.argv[2] ?? "");
const heapSet = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? "").split(/\s+/)].some((a) =>
  a.startsWith(HEAP),
);

if (heavy && !heapSet) {
  // V8's default heap limit here is ~4 GB; an archive of 100,000 articles needs ~12 GB. Allow three quarters
  // of the machine's memory instead (set NODE_OPTIONS=--max-old-space-size=… to choose yourself).
  const mb = Math.floor((totalmem() / 1048576) * 0.75);
  const script = fileURLToPath(import.meta.url);
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, `${HEAP}=${mb}`, script, ...process.argv.slice(2)],
    {
      stdio: "inherit",
    },
  );
  if (child.signal) {
    const why = child.signal === "SIGKILL" ? " (most likely out of memory)" : "";
    process.stderr.write(`summitdesk was stopped by ${child.signal}${why}; nothing was written.\n`);
    process.exit(128 + (constants.signals[child.signal] ?? 0));
  }
  process.exit(child.status ?? 1);
}

const { register } = await import("tsx/esm/api");
register();
try {
  const { main } = await import("../src/cli/main.ts");
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // Content problems are diagnostics; reaching this is a bug in summitdesk, reported without a wall of stack.
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    `summitdesk stopped on an internal error: ${message.split("\n")[0]}\n` +
      "Nothing was written. Please report this with the command you ran; set SUMMITDESK_DEBUG=1 to see details.\n",
  );
  if (process.env.SUMMITDESK_DEBUG) process.stderr.write(`${error instanceof Error ? error.stack : ""}\n`);
  process.exitCode = 70;
}
