/**
 * Summarises a V8 CPU profile (`node --cpu-prof`): self time per function, per file and per area
 * (a src/ folder, layouts/, an npm package, Node internals, GC, idle), so the hotspots can be named.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "./corpus.ts";

interface CallFrame {
  readonly functionName: string;
  readonly url: string;
  readonly lineNumber: number;
}
interface ProfileNode {
  readonly id: number;
  readonly callFrame: CallFrame;
}
interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** One line of a summary: a name and its self time. */
export interface Hotspot {
  readonly name: string;
  readonly ms: number;
  readonly share: number;
}

/** Self time grouped three ways, heaviest first. */
export interface ProfileSummary {
  readonly totalMs: number;
  readonly functions: readonly Hotspot[];
  readonly files: readonly Hotspot[];
  readonly areas: readonly Hotspot[];
}

/** Every .cpuprofile in `dir`, largest first (the main thread's, then worker threads' and child processes'). */
export function profilesIn(dir: string): string[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".cpuprofile"))
    .map((f) => join(dir, f));
  return files.sort((a, b) => statSync(b).size - statSync(a).size || (a < b ? -1 : 1));
}

/** One profiled thread: the time it was sampled and the part of it not idle. */
export interface ThreadTime {
  readonly file: string;
  readonly totalMs: number;
  readonly busyMs: number;
}

/**
 * Reads and summarises profile files together: a build's card and article threads profile into files of their
 * own beside the main thread's, and hold about half of a cold build's CPU. Also each file's busy time.
 */
export function summariseProfile(...paths: string[]): ProfileSummary & { readonly threads: ThreadTime[] } {
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  const byArea = new Map<string, number>();
  const threads: ThreadTime[] = [];
  let totalMs = 0;
  for (const path of paths) {
    const profile = JSON.parse(readFileSync(path, "utf8")) as CpuProfile;
    const self = new Map<number, number>();
    profile.samples.forEach((id, i) => {
      self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
    let sampled = 0;
    let idle = 0;
    for (const node of profile.nodes) {
      const ms = self.get(node.id) ?? 0;
      if (ms === 0) continue;
      sampled += ms;
      const file = shortUrl(node.callFrame.url);
      const fn = node.callFrame.functionName || "(anonymous)";
      if (!file && fn === "(idle)") idle += ms;
      const name = file ? `${fn}  ${file}:${node.callFrame.lineNumber + 1}` : fn;
      add(byFunction, name, ms);
      add(byFile, file || fn, ms);
      add(byArea, areaOf(file, fn), ms);
    }
    totalMs += sampled;
    threads.push({ file: path, totalMs: sampled, busyMs: sampled - idle });
  }
  const rank = (m: Map<string, number>): Hotspot[] =>
    [...m]
      .map(([name, ms]) => ({ name, ms, share: totalMs > 0 ? ms / totalMs : 0 }))
      .sort((a, b) => b.ms - a.ms || (a.name < b.name ? -1 : 1));
  threads.sort((a, b) => b.busyMs - a.busyMs);
  return { totalMs, functions: rank(byFunction), files: rank(byFile), areas: rank(byArea), threads };
}

function add(map: Map<string, number>, key: string, ms: number): void {
  map.set(key, (map.get(key) ?? 0) + ms);
}

/** A file URL relative to the repository ("src/tag/scan.ts", "node_modules/liquidjs/dist/liquid.node.js"). */
function shortUrl(url: string): string {
  const path = url.startsWith("file://") ? decodeURIComponent(url.slice("file://".length)) : url;
  return path.startsWith(REPO_ROOT) ? path.slice(REPO_ROOT.length) : path;
}

/** The part of the system a file belongs to: a src/ folder, layouts, an npm package, Node, or V8 itself. */
function areaOf(file: string, fn: string): string {
  if (!file) return fn.startsWith("(") ? fn : "(native)";
  if (file.startsWith("node:")) return "node internals";
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  if (pkg) return `npm: ${pkg[1]}`;
  const src = /^(src\/[^/]+|layouts|bin|scripts)/.exec(file);
  return src ? (src[1] as string) : file;
}

/** A text table of the top entries. */
export function formatHotspots(title: string, spots: readonly Hotspot[], limit: number): string {
  const lines = spots
    .slice(0, limit)
    .map((s) => `  ${s.ms.toFixed(0).padStart(7)} ms ${(s.share * 100).toFixed(1).padStart(5)} %  ${s.name}`);
  return `${title}\n${lines.join("\n")}`;
}
