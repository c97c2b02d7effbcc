/**
 * Stage timings from a build's stderr. With SUMMITDESK_TIMINGS=1 the build is expected to print one line per
 * stage, `timing <stage> <ms>` (e.g. `timing tag 1234.5`), and may print `memory <stage> <rssKiB> <heapUsedKiB>`
 * after a stage; see README.md. Both kinds of line are removed from the rest of stderr.
 */

/** Stage name → milliseconds, in the order printed (a repeated stage is summed). */
export type StageTimings = Map<string, number>;

/** Stage name → memory after the stage, in KiB. */
export type StageMemory = Map<string, { readonly rssKb: number; readonly heapKb: number }>;

const TIMING = /^timing (\S+) (\d+(?:\.\d+)?)\s*$/;
const MEMORY = /^memory (\S+) (\d+) (\d+)\s*$/;

/** Splits stderr into stage timings, memory readings and the remaining text. */
export function parseTimings(stderr: string): { timings: StageTimings; memory: StageMemory; rest: string } {
  const timings: StageTimings = new Map();
  const memory: StageMemory = new Map();
  const rest: string[] = [];
  for (const line of stderr.split("\n")) {
    const t = TIMING.exec(line);
    const m = MEMORY.exec(line);
    if (t) timings.set(t[1] as string, (timings.get(t[1] as string) ?? 0) + Number(t[2]));
    else if (m) memory.set(m[1] as string, { rssKb: Number(m[2]), heapKb: Number(m[3]) });
    else rest.push(line);
  }
  return { timings, memory, rest: rest.join("\n") };
}
