/** The benchmark's results as data (for --json and chart.ts) and as the text table `npm run bench` prints. */
import type { Machine } from "./machine.ts";
import type { Measurement } from "./measure.ts";
import type { Hotspot, ThreadTime } from "./profile.ts";

/** One measured build: the measurement without its raw output, plus what it produced. */
export interface BuildResult extends Omit<Measurement, "stdout" | "stderr"> {
  /** HTML pages and all files in the output folder, and the count the build itself printed. */
  readonly pages: number;
  readonly files: number;
  readonly reportedFiles?: number;
  /** Stage → ms from `timing <stage> <ms>` lines; empty until the build prints them. */
  readonly stages: Readonly<Record<string, number>>;
  /** Why it did not finish (a baseline may not: see failure()); its times are then those until it ended. */
  readonly failed?: string;
}

/** Why a command did not finish, in words: its signal (9 at a memory peak: the OOM killer) or exit and last line. */
export function failure(exitCode: number | null, signal: number | undefined, stderr: string): string {
  if (signal !== undefined)
    return `killed by signal ${signal}${signal === 9 ? " (SIGKILL; the bench sends none: the kernel's out-of-memory killer)" : ""}`;
  const last = stderr.trim().split("\n").at(-1)?.trim();
  return `exit ${exitCode ?? "?"}${last ? `: ${last.slice(0, 200)}` : ""}`;
}

/** One corpus size. */
export interface RunResult {
  readonly articles: number;
  readonly seed: number;
  readonly bytes: number;
  readonly generateMs: number;
  readonly ours: BuildResult;
  /** The plain-Eleventy baseline, cold (Eleventy alone). */
  readonly baseline?: BuildResult;
  /** Pagefind over the Eleventy baseline's article pages, run right after it. */
  readonly baselineSearch?: BuildResult;
  /** The Hugo baseline, cold, and Pagefind over its article pages right after it. */
  readonly hugo?: BuildResult;
  readonly hugoSearch?: BuildResult;
  /** Hugo's version line, or why the Hugo baseline was skipped. */
  readonly hugoVersion?: string;
  readonly hugoSkipped?: string;
  /** Our rebuild after editing one article, with the cache the cold build left. */
  readonly warm?: BuildResult;
  /** Then after editing ten other articles, with what the 1-edit build left. */
  readonly edits10?: BuildResult;
  /** Then after adding an alias to a person of the site's registry (content/registry/people.yaml). */
  readonly registryChange?: BuildResult;
  /**
   * `build --watch` kept running after those builds: its first build (nothing changed), then from each save of
   * one article to its site in place, and (readyMs; absent in lines of older rounds) to the process ready for the
   * next edit, the caches written (watchEdits.ts). Older rounds' editMs measured to that end.
   */
  readonly watch?: {
    readonly firstMs: number;
    readonly editMs: readonly number[];
    readonly readyMs?: readonly number[];
  };
  /** Dev server on the corpus: time to the first page, and from each save to the edited page showing it. */
  readonly dev?: { readonly startMs: number; readonly editMs: readonly number[] };
  /** Coarse stages from probe.ts (a separate run), when the build printed none. */
  readonly probe?: {
    readonly stages: Readonly<Record<string, number>>;
    readonly memory: Readonly<Record<string, { readonly rssKb: number; readonly heapKb: number }>>;
  };
  readonly profile?: {
    /** The main thread's profile; the others are beside it. */
    readonly file: string;
    /** Each profiled thread or process, busiest first, by file name. */
    readonly threads: readonly ThreadTime[];
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

/**
 * Two builds run one after the other as one (a baseline and Pagefind over its output): times and CPU added,
 * memory the larger, output as the second left it, load as the first saw it.
 */
export function combine(first: BuildResult, second: BuildResult): BuildResult {
  const add = (a: number | undefined, b: number | undefined) =>
    a === undefined || b === undefined ? undefined : a + b;
  const max = (a: number | undefined, b: number | undefined) =>
    a === undefined || b === undefined ? undefined : Math.max(a, b);
  const userMs = add(first.userMs, second.userMs);
  const sysMs = add(first.sysMs, second.sysMs);
  const maxRssKb = max(first.maxRssKb, second.maxRssKb);
  const treeRssKb = max(first.treeRssKb, second.treeRssKb);
  const treeCpuMs = add(first.treeCpuMs, second.treeCpuMs);
  return {
    exitCode: second.exitCode,
    wallMs: first.wallMs + second.wallMs,
    load1: first.load1,
    ...(userMs !== undefined ? { userMs } : {}),
    ...(sysMs !== undefined ? { sysMs } : {}),
    ...(maxRssKb !== undefined ? { maxRssKb } : {}),
    ...(treeRssKb !== undefined ? { treeRssKb } : {}),
    ...(treeCpuMs !== undefined ? { treeCpuMs } : {}),
    pages: second.pages,
    files: second.files,
    stages: {},
    ...(first.failed || second.failed ? { failed: first.failed ?? second.failed } : {}),
  };
}

/** Eleventy + Pagefind and Hugo + Pagefind of a run, when measured. */
export function baselinesWithSearch(run: RunResult): { eleventy?: BuildResult; hugo?: BuildResult } {
  // A site generator that failed had no Pagefind run after it: the pair is what it did until it ended.
  const pair = (first: BuildResult | undefined, second: BuildResult | undefined) =>
    first && second ? combine(first, second) : first?.failed ? first : undefined;
  const eleventy = pair(run.baseline, run.baselineSearch);
  const hugo = pair(run.hugo, run.hugoSearch);
  return { ...(eleventy ? { eleventy } : {}), ...(hugo ? { hugo } : {}) };
}

/** Our time over a baseline's; a baseline that did not finish has none to divide by. */
function versus(
  ours: number | undefined,
  base: BuildResult,
  of: (b: BuildResult) => number | undefined,
): string {
  return base.failed ? "did not finish" : ratio(ours, of(base));
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
    b.failed ? `${name} (did not finish)` : name,
    b.failed ? `> ${s(b.wallMs)}` : s(b.wallMs),
    cpu(b),
    s(b.treeCpuMs),
    mb(b.maxRssKb),
    mb(b.treeRssKb),
    String(b.pages),
    String(b.files),
    b.load1.toFixed(1),
  ];
  const rows = [cols, row("ours, cold", run.ours)];
  if (run.warm) rows.push(row("ours, 1 edit", run.warm));
  if (run.edits10) rows.push(row("ours, 10 edits", run.edits10));
  if (run.registryChange) rows.push(row("ours, registry change", run.registryChange));
  const both = baselinesWithSearch(run);
  if (run.baseline) rows.push(row("Eleventy", run.baseline));
  if (run.baselineSearch) rows.push(row("  Pagefind over it", run.baselineSearch));
  if (both.eleventy) rows.push(row("Eleventy+Pagefind", both.eleventy));
  if (run.hugo) rows.push(row("Hugo", run.hugo));
  if (run.hugoSearch) rows.push(row("  Pagefind over it", run.hugoSearch));
  if (both.hugo) rows.push(row("Hugo+Pagefind", both.hugo));
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
    (both.eleventy ? `; Eleventy+Pagefind ${(both.eleventy.wallMs / run.articles).toFixed(2)} ms` : "") +
    (both.hugo ? `; Hugo+Pagefind ${(both.hugo.wallMs / run.articles).toFixed(2)} ms` : "") +
    (run.hugoVersion ? `\n  ${run.hugoVersion}` : "");
  const dev = run.dev
    ? `dev server: first page after ${s(run.dev.startMs)}; save → edited page shown: ${run.dev.editMs.map((ms) => s(ms)).join(", ")} (median ${s(median(run.dev.editMs))})`
    : undefined;
  const watchBase = both.hugo ?? both.eleventy;
  const watch = run.watch
    ? `build --watch (kept running): first build ${s(run.watch.firstMs)}; save → site in place: ${run.watch.editMs.map((ms) => s(ms)).join(", ")} (median ${s(median(run.watch.editMs))}${watchBase ? `, ${versus(median(run.watch.editMs), watchBase, (b) => b.wallMs)} ${both.hugo ? "Hugo" : "Eleventy"}+Pagefind cold` : ""})${ready(run.watch.readyMs)}`
    : undefined;
  const stagesOf = (label: string, b: BuildResult | undefined) =>
    b
      ? [
          `stages (${label}): ${Object.entries(b.stages)
            .map(([name, ms]) => `${name} ${ms.toFixed(0)} ms`)
            .join(" · ")}`,
        ]
      : [];
  const warmStages = [
    ...stagesOf("ours, 1 edit", run.warm),
    ...stagesOf("ours, 10 edits", run.edits10),
    ...stagesOf("ours, registry change", run.registryChange),
  ];
  const ratios = ratioTable(run, both);
  const ran: [string, BuildResult | undefined][] = [
    ["Eleventy", run.baseline],
    ["Pagefind over Eleventy's pages", run.baselineSearch],
    ["Hugo", run.hugo],
    ["Pagefind over Hugo's pages", run.hugoSearch],
  ];
  const failures = ran.flatMap(([name, b]) =>
    b?.failed
      ? [
          `${name} did not finish: ${b.failed}, after ${s(b.wallMs)} at a peak of ${mb(b.treeRssKb ?? b.maxRssKb)}`,
        ]
      : [],
  );
  return [
    header,
    ...table.map((l) => `  ${l}`),
    ...(ratios.length > 0 ? ["", ...ratios.map((l) => `  ${l}`), ""] : []),
    ...failures.map((l) => `  ${l}`),
    ...(run.hugoSkipped ? [`  Hugo baseline skipped: ${run.hugoSkipped}`] : []),
    `  ${stageLine}`,
    ...warmStages.map((l) => `  ${l}`),
    ...(probe ? [`  ${probe}`] : []),
    ...(watch ? [`  ${watch}`] : []),
    ...(dev ? [`  ${dev}`] : []),
    `  ${perArticle}`,
  ].join("\n");
}

/** Each of our scenarios against each cold baseline with Pagefind, measured in the same run: wall (tree CPU). */
function ratioTable(run: RunResult, both: { eleventy?: BuildResult; hugo?: BuildResult }): string[] {
  const bases: [string, BuildResult][] = [];
  if (both.eleventy) bases.push(["/ Eleventy+Pagefind cold", both.eleventy]);
  if (both.hugo) bases.push(["/ Hugo+Pagefind cold", both.hugo]);
  if (bases.length === 0) return [];
  const ours: [string, BuildResult | undefined][] = [
    ["ours, cold", run.ours],
    ["ours, 1 edit", run.warm],
    ["ours, 10 edits", run.edits10],
    ["ours, registry change", run.registryChange],
  ];
  const rows = [["wall (tree cpu)", ...bases.map(([name]) => name)]];
  for (const [name, b] of ours) {
    if (!b) continue;
    rows.push([
      name,
      ...bases.map(([, base]) =>
        base.failed
          ? versus(b.wallMs, base, (x) => x.wallMs)
          : `${ratio(b.wallMs, base.wallMs)} (${ratio(b.treeCpuMs, base.treeCpuMs)})`,
      ),
    ]);
  }
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  return rows.map((r) =>
    r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join("  "),
  );
}

/** "; ready for the next edit (caches written): …", when the run measured it. */
function ready(ms: readonly number[] | undefined): string {
  if (!ms || ms.length === 0) return "";
  return `; ready for the next edit (caches written): ${ms.map((t) => s(t)).join(", ")}`;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
