// Runs Pagefind (or any program given as arguments) tied to the build that started it. Pagefind cannot watch
// its parent, and `kill -9` of a build cannot be trapped, so this small process sits in between: the build
// holds the other end of our stdin, and when that closes — the build exited or was killed in any way — the
// program and everything it started (its own process group) is killed before it can write any more.
// Its exit code, or the signal that ended it, is passed on as ours.
import { spawn } from "node:child_process";

const [program, ...args] = process.argv.slice(2);
if (!program) process.exit(64);

const child = spawn(program, args, { stdio: ["ignore", "inherit", "inherit"], detached: true });
let stopped = false;
const stop = () => {
  if (stopped || child.pid === undefined) return;
  stopped = true;
  try {
    process.kill(-child.pid, "SIGKILL");
  } catch {
    // already gone
  }
};

process.stdin.on("end", stop);
process.stdin.on("close", stop);
process.stdin.on("error", stop);
process.stdin.resume();
for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"]) process.on(signal, stop);

child.on("error", (error) => {
  process.stderr.write(`Pagefind could not start: ${error.message}\n`);
  process.exit(127);
});
child.on("exit", (code, signal) => {
  process.stdin.destroy();
  if (signal) {
    // End the same way, so the build reports what ended Pagefind (e.g. SIGKILL from the OOM killer).
    process.removeAllListeners(signal);
    process.kill(process.pid, signal);
  } else {
    process.exit(code ?? 1);
  }
});
