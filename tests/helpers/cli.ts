/** Runs the summitdesk command as an editor would: a child process, its output and exit code. */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const BIN = fileURLToPath(new URL("../../bin/summitdesk.js", import.meta.url));

export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `summitdesk ...args` in `cwd`, with a fixed reference time and time zone; killed after `timeout` ms. */
export function runCli(
  cwd: string,
  args: readonly string[],
  env: Record<string, string> = {},
  timeout = 120_000,
): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, TZ: "UTC", SUMMITDESK_NOW: "2026-01-01T00:00:00Z", ...env },
    timeout,
    killSignal: "SIGKILL",
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The line a build prints per stage without a terminal (src/cli/progress.ts): `articles 18 in 0.41 s`. */
export const STAGE_LINE =
  /^(read|registry|articles|plan|render|search|pictures) [\d,]+( [a-z]+)? in \d+\.\d\d s( \([^)]*\))?$/;

/** stderr without the build's stage lines: the diagnostics and warnings alone. */
export function withoutProgress(stderr: string): string {
  return stderr
    .split(/(?<=\n)/)
    .filter((line) => !STAGE_LINE.test(line.replace(/\n$/, "")))
    .join("");
}
