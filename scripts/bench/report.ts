/** The benchmark's results as data (for --json and chart.ts) and as the text table `npm run bench` prints. */
import type { Machine } from "./machine.ts";
import type { Measurement } from "./measure.ts";
import type { Hotspot } from "./profile.ts";

/** One measured build: the measurement without its raw output, plus what it produced. */
export interface BuildResult extends Omit<Measurement, "stdout" | "stderr"> {
  /** HTML pages and all files in the output folder, and the count the build itself printed. */
  readonly pages: number;
  readonly files: number;
  readonly reportedFiles?: number;
  /** Stage → ms from `timing <stage> <ms>` lines; empty until the build prints them. */
  readonly stages: Readonly<Record<string, number>>;
}

/** One corpus size. */
export interface RunResult {
  readonly articles: number;
  readonly seed: number;
  readonly bytes: number;
  readonly generateMs: number;
  readonly ours: BuildResult;
  readonly baseline?: BuildResult;
  /** Our rebuild after editing one article, with the cache the cold build left. */
  readonly warm?: BuildResult;
  /** Dev server on the corpus: time to the first page, and from each save to the edited page showing it. */
  readonly dev?: { readonly startMs: number; readonly editMs: readonly number[] };
  /** Coarse stages from probe.ts (a separate run), when the build printed none. */
  readonly probe?: {
    readonly stages: Readonly<Record<string, number>>;
    readonly memory: Readonly<Record<string, { readonly rssKb: number; readonly heapKb: number }>>;
  };
  readonly profile?: {
    readonly file: string;
    readonly totalMs: number;
    readonly areas: readonly Hotspot[];
    readonly files: readonly Hotspot[];
    readonly functions: readonly Hotspot[];
  };
}

/** What --json writes. */
export interface BenchReport {
  readonly machine: Machine;
  readonly date: string;
  readonly runs: readonly RunResult[];
}

/** A build result from a measurement and the output counts. */
export function toBuildResult(
  m: Measurement,
  output: { pages: number; files: number },
  reportedFiles: number | undefined,
  stages: ReadonlyMap<string, number>,
): BuildResult {
  const { stdout: _o, stderr: _e, ...numbers } = m;
  return {
    ...numbers,
    ...output,
    ...(reportedFiles !== undefined ? { reportedFiles } : {}),
    stages: Object.fromEntries(stages),
  };
}

const s = (ms: number | undefined) => (ms === undefined ? "n/a" : `${(ms / 1000).toFixed(2)} s`);
const mb = (kb: number | undefined) => (kb === undefined ? "n/a" : `${(kb / 1024).toFixed(0)} MB`);
const ratio = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined || b === 0 ? "n/a" : `${(a / b).toFixed(2)}×`;
const cpu = (b: BuildResult) =>
  b.userMs === undefined || b.sysMs === undefined
    ? "n/a"
    : `${s(b.userMs + b.sysMs)} (${(b.userMs / 1000).toFixed(1)}+${(b.sysMs / 1000).toFixed(1)})`;

/** The printed table of one run. */
export function formatRun(run: RunResult): string {
  const header = `${run.articles.toLocaleString("en")} articles, ${(run.bytes / 1048576).toFixed(1)} MB of Markdown, generated in ${s(run.generateMs)}`;
  const cols = ["", "wall", "cpu user+sys", "tree cpu", "peak RSS", "tree RSS", "pages", "files", "load"];
  const row = (name: string, b: BuildResult) => [
    name,
    s(b.wallMs),
    cpu(b),
    s(b.treeCpuMs),
    mb(b.maxRssKb),
    mb(b.treeRssKb),
    String(b.pages),
    String(b.files),
    b.load1.toFixed(1),
  ];
  const rows = [cols, row("ours", run.ours)];
  if (run.warm) rows.push(row("ours, 1 edit", run.warm));
  if (run.baseline) {
    rows.push(row("baseline", run.baseline));
    const o = run.ours;
    const b = run.baseline;
    const oc = o.userMs !== undefined && o.sysMs !== undefined ? o.userMs + o.sysMs : undefined;
    const bc = b.userMs !== undefined && b.sysMs !== undefined ? b.userMs + b.sysMs : undefined;
    rows.push([
      "ours/baseline",
      ratio(o.wallMs, b.wallMs),
      ratio(oc, bc),
      ratio(o.treeCpuMs, b.treeCpuMs),
      ratio(o.maxRssKb, b.maxRssKb),
      ratio(o.treeRssKb, b.treeRssKb),
      ratio(o.pages, b.pages),
      ratio(o.files, b.files),
      "",
    ]);
    if (run.warm)
      rows.push([
        "1 edit/baseline",
        ratio(run.warm.wallMs, b.wallMs),
        "",
        ratio(run.warm.treeCpuMs, b.treeCpuMs),
        "",
        "",
        "",
        "",
        "",
      ]);
  }
  const widths = cols.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  const table = rows.map((r) =>
    r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join("  "),
  );
  const stages = Object.entries(run.ours.stages);
  const stageLine =
    stages.length === 0
      ? "stages (ours): n/a (the build printed no `timing <stage> <ms>` lines; see scripts/bench/README.md)"
      : `stages (ours): ${stages.map(([name, ms]) => `${name} ${ms.toFixed(0)} ms`).join(" · ")}`;
  const probe = run.probe
    ? `stages (probe, separate run): ${Object.entries(run.probe.stages)
        .map(([name, ms]) => `${name} ${ms.toFixed(0)} ms`)
        .join(" · ")}\n  RSS/heap after each (probe): ${Object.entries(run.probe.memory)
        .map(([name, m]) => `${name} ${mb(m.rssKb)}/${mb(m.heapKb)}`)
        .join(" · ")}`
    : undefined;
  const perArticle =
    `per article (ours): ${(run.ours.wallMs / run.articles).toFixed(2)} ms wall` +
    (run.baseline ? `; baseline ${(run.baseline.wallMs / run.articles).toFixed(2)} ms` : "");
  const dev = run.dev
    ? `dev server: first page after ${s(run.dev.startMs)}; save → edited page shown: ${run.dev.editMs.map((ms) => s(ms)).join(", ")} (median ${s(median(run.dev.editMs))})`
    : undefined;
  const warmStages = run.warm
    ? `stages (ours, 1 edit): ${Object.entries(run.warm.stages)
        .map(([name, ms]) => `${name} ${ms.toFixed(0)} ms`)
        .join(" · ")}`
    : undefined;
  return [
    header,
    ...table.map((l) => `  ${l}`),
    `  ${stageLine}`,
    ...(warmStages ? [`  ${warmStages}`] : []),
    ...(probe ? [`  ${probe}`] : []),
    ...(dev ? [`  ${dev}`] : []),
    `  ${perArticle}`,
  ].join("\n");
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
