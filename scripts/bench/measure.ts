/**
 * Runs one child process and measures it: wall time, CPU (user + sys, children included), peak RSS of the
 * largest process (/usr/bin/time -v, i.e. getrusage), and the peak summed RSS of the whole process tree
 * (sampled from /proc every 50 ms, so it sees the Pagefind binary running next to Node).
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";

/** What to run. */
export interface Command {
  readonly command: string;
  readonly args: readonly string[];
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
}

/** The measurements of one run. Times in ms, sizes in KiB; undefined when this machine cannot tell. */
export interface Measurement {
  readonly exitCode: number | null;
  /** The signal that ended the measured command, when one did (GNU time says so): 9 is the kernel's OOM killer's. */
  readonly signal?: number;
  readonly wallMs: number;
  /** One-minute load average when the run started: above the core count, other work competed for the CPU. */
  readonly load1: number;
  readonly userMs?: number;
  readonly sysMs?: number;
  /** Largest maxRSS of any single process of the run (getrusage semantics). */
  readonly maxRssKb?: number;
  /** Largest sum of RSS over the process tree at one sample. */
  readonly treeRssKb?: number;
  /** CPU (user + sys) of every process of the tree, from /proc samples: counts children that exit unreaped (Pagefind). */
  readonly treeCpuMs?: number;
  readonly stdout: string;
  readonly stderr: string;
}

const TIME = "/usr/bin/time";
const SAMPLE_MS = 50;

/** Runs `cmd` to completion and measures it. */
export async function measure(cmd: Command): Promise<Measurement> {
  const withTime = existsSync(TIME);
  const scratch = mkdtempSync(join(tmpdir(), "summitdesk-bench-time-"));
  const report = join(scratch, "time.txt");
  const [command, args] = withTime
    ? [TIME, ["-v", "-o", report, cmd.command, ...cmd.args]]
    : [cmd.command, [...cmd.args]];
  const load1 = Math.round((loadavg()[0] ?? 0) * 100) / 100;
  const started = performance.now();
  const child = spawn(command, args, { cwd: cmd.cwd, env: cmd.env, stdio: ["ignore", "pipe", "pipe"] });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on("data", (b: Buffer) => out.push(b));
  child.stderr.on("data", (b: Buffer) => err.push(b));
  let treeRssKb = 0;
  const cpuTicks = new Map<number, number>();
  const sampler = setInterval(() => {
    if (child.pid !== undefined) treeRssKb = Math.max(treeRssKb, sampleTree(child.pid, cpuTicks));
  }, SAMPLE_MS);
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve(code));
  });
  const wallMs = performance.now() - started;
  clearInterval(sampler);
  const usage = withTime && existsSync(report) ? parseTimeReport(readFileSync(report, "utf8")) : {};
  rmSync(scratch, { recursive: true, force: true });
  return {
    exitCode,
    wallMs,
    load1,
    ...usage,
    ...(treeRssKb > 0 ? { treeRssKb } : {}),
    ...(cpuTicks.size > 0 ? { treeCpuMs: [...cpuTicks.values()].reduce((a, b) => a + b, 0) * TICK_MS } : {}),
    stdout: Buffer.concat(out).toString("utf8"),
    stderr: Buffer.concat(err).toString("utf8"),
  };
}

/** User and system time, maximum resident set size and the ending signal from GNU time's `-v` report. */
export function parseTimeReport(text: string): {
  userMs?: number;
  sysMs?: number;
  maxRssKb?: number;
  signal?: number;
} {
  const num = (label: string) => {
    const m = new RegExp(`${label}: ([\\d.]+)`).exec(text);
    return m ? Number(m[1]) : undefined;
  };
  const user = num("User time \\(seconds\\)");
  const sys = num("System time \\(seconds\\)");
  const rss = num("Maximum resident set size \\(kbytes\\)");
  const signal = /^Command terminated by signal (\d+)/m.exec(text)?.[1];
  return {
    ...(signal !== undefined ? { signal: Number(signal) } : {}),
    ...(user !== undefined ? { userMs: user * 1000 } : {}),
    ...(sys !== undefined ? { sysMs: sys * 1000 } : {}),
    ...(rss !== undefined ? { maxRssKb: rss } : {}),
  };
}

/** /proc/<pid>/stat counts CPU in clock ticks of 10 ms (USER_HZ is 100 on Linux). */
const TICK_MS = 10;

/**
 * Sum of VmRSS (KiB) of `pid` and all its descendants now; 0 when /proc cannot tell (not Linux, or it has
 * exited). Records each process's CPU ticks so far (utime + stime) in `cpuTicks`.
 */
function sampleTree(pid: number, cpuTicks: Map<number, number>): number {
  let total = 0;
  const pending = [pid];
  while (pending.length > 0) {
    const p = pending.pop() as number;
    try {
      const status = readFileSync(`/proc/${p}/status`, "utf8");
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
      const stat = readFileSync(`/proc/${p}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      cpuTicks.set(p, Number(fields[11]) + Number(fields[12]));
      for (const task of readdirSync(`/proc/${p}/task`)) {
        const children = readFileSync(`/proc/${p}/task/${task}/children`, "utf8").trim();
        if (children) pending.push(...children.split(/\s+/).map(Number));
      }
    } catch {
      // The process ended between two reads.
    }
  }
  return total;
}
