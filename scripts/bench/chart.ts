/**
 * `tsx scripts/bench/chart.ts RESULTS.jsonl [OUT.svg]`: a small SVG of wall time, CPU time and peak memory
 * against the number of articles, ours vs the Eleventy baseline, from the lines `npm run bench -- --json` wrote.
 * Hand-written SVG, no dependencies. When a size was measured twice, the last line wins.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { type BenchReport, type BuildResult, baselinesWithSearch, type RunResult } from "./report.ts";

interface Series {
  readonly name: string;
  readonly colour: string;
  readonly dashed: boolean;
  readonly points: readonly (readonly [number, number])[];
}

const W = 360;
const H = 240;
const M = { left: 56, right: 28, top: 28, bottom: 40 };

/** One panel: log-scaled x (articles), linear y from 0. */
function panel(title: string, unit: string, series: readonly Series[], dx: number): string {
  const xs = series.flatMap((s) => s.points.map((p) => p[0]));
  const ys = series.flatMap((s) => s.points.map((p) => p[1]));
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const step = niceStep(Math.max(...ys, 1e-9) / 4);
  const ticks = Math.ceil(Math.max(...ys, 1e-9) / step);
  const yMax = step * ticks;
  const lx = (x: number) =>
    x1 === x0 ? 0.5 : (Math.log10(x) - Math.log10(x0)) / (Math.log10(x1) - Math.log10(x0));
  const px = (x: number) => dx + M.left + lx(x) * (W - M.left - M.right);
  const py = (y: number) => M.top + (1 - y / yMax) * (H - M.top - M.bottom);
  const parts: string[] = [
    `<text x="${dx + M.left}" y="18" font-weight="bold">${esc(title)}</text>`,
    `<line x1="${dx + M.left}" y1="${py(0)}" x2="${dx + W - M.right}" y2="${py(0)}" stroke="#444"/>`,
    `<line x1="${dx + M.left}" y1="${M.top}" x2="${dx + M.left}" y2="${py(0)}" stroke="#444"/>`,
  ];
  for (let i = 0; i <= ticks; i++) {
    const y = step * i;
    parts.push(
      `<line x1="${dx + M.left}" y1="${py(y)}" x2="${dx + W - M.right}" y2="${py(y)}" stroke="#ddd"/>`,
      `<text x="${dx + M.left - 6}" y="${py(y) + 4}" text-anchor="end">${fmt(y)}</text>`,
    );
  }
  for (const x of [...new Set(xs)].sort((a, b) => a - b)) {
    parts.push(
      `<text x="${px(x)}" y="${H - M.bottom + 16}" text-anchor="middle">${x.toLocaleString("en")}</text>`,
    );
  }
  parts.push(
    `<text x="${dx + (M.left + W - M.right) / 2}" y="${H - 6}" text-anchor="middle">articles (log scale) · ${esc(unit)}</text>`,
  );
  series.forEach((s, i) => {
    const d = s.points
      .map((p, k) => `${k === 0 ? "M" : "L"}${px(p[0]).toFixed(1)},${py(p[1]).toFixed(1)}`)
      .join(" ");
    parts.push(
      `<path d="${d}" fill="none" stroke="${s.colour}" stroke-width="2"${s.dashed ? ' stroke-dasharray="5 3"' : ""}/>`,
      ...s.points.map(
        (p) => `<circle cx="${px(p[0]).toFixed(1)}" cy="${py(p[1]).toFixed(1)}" r="3" fill="${s.colour}"/>`,
      ),
      `<text x="${dx + M.left + 8}" y="${M.top + 14 + i * 14}" fill="${s.colour}">${esc(s.name)}</text>`,
    );
  });
  return parts.join("\n");
}

/** The smallest of 1, 2, 5 × 10^k that is at least `v`: a round tick step. */
function niceStep(v: number): number {
  const p = 10 ** Math.floor(Math.log10(v));
  return ([1, 2, 5, 10].find((m) => m * p >= v) ?? 10) * p;
}
const fmt = (v: number) => (Number.isInteger(v) ? v.toLocaleString("en") : v.toFixed(1));
const esc = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;");

const cpuOf = (b: BuildResult) => b.treeCpuMs ?? (b.userMs ?? 0) + (b.sysMs ?? 0);
const rssOf = (b: BuildResult) => b.treeRssKb ?? b.maxRssKb ?? 0;

/** The chart of a list of runs (one per corpus size). */
export function chart(runs: readonly RunResult[]): string {
  const sorted = [...runs].sort((a, b) => a.articles - b.articles);
  type Which = "ours" | "baseline" | "warm" | "edits10" | "registryChange" | "eleventySearch" | "hugoSearch";
  const result = (r: RunResult, which: Which): BuildResult | undefined =>
    which === "eleventySearch"
      ? baselinesWithSearch(r).eleventy
      : which === "hugoSearch"
        ? baselinesWithSearch(r).hugo
        : r[which];
  const pick = (f: (b: BuildResult) => number, which: Which) =>
    sorted.flatMap((r) => {
      const b = result(r, which);
      // A baseline that did not finish has no time to draw (the printed report says why).
      return b && !b.failed ? [[r.articles, f(b)] as const] : [];
    });
  const two = (f: (b: BuildResult) => number): Series[] => [
    { name: "summitdesk build", colour: "#c0392b", dashed: false, points: pick(f, "ours") },
    { name: "plain Eleventy baseline", colour: "#2471a3", dashed: true, points: pick(f, "baseline") },
  ];
  // The baselines the issue sets its targets against, with their search index: the site a reader could use.
  const searchBaselines = (f: (b: BuildResult) => number): Series[] =>
    [
      { name: "Eleventy + Pagefind", colour: "#117a65", dashed: true, points: pick(f, "eleventySearch") },
      { name: "Hugo + Pagefind", colour: "#7f8c8d", dashed: true, points: pick(f, "hugoSearch") },
    ].filter((series) => series.points.length > 0);
  const panels = [
    panel(
      "Wall time",
      "seconds",
      [
        ...two((b) => b.wallMs / 1000),
        // Runs without a warm rebuild (--no-warm, e.g. 100k) leave that line shorter.
        {
          name: "summitdesk, 1 edit (cache)",
          colour: "#e67e22",
          dashed: false,
          points: pick((b) => b.wallMs / 1000, "warm"),
        },
        {
          name: "summitdesk, 10 edits",
          colour: "#f1c40f",
          dashed: false,
          points: pick((b) => b.wallMs / 1000, "edits10"),
        },
        {
          name: "summitdesk, registry change",
          colour: "#8e44ad",
          dashed: false,
          points: pick((b) => b.wallMs / 1000, "registryChange"),
        },
        ...searchBaselines((b) => b.wallMs / 1000),
      ].filter((series) => series.points.length > 0),
      0,
    ),
    panel(
      "CPU time (whole process tree)",
      "seconds",
      [...two((b) => cpuOf(b) / 1000), ...searchBaselines((b) => cpuOf(b) / 1000)],
      W,
    ),
    panel(
      "Peak memory (process tree)",
      "MB",
      [...two((b) => rssOf(b) / 1024), ...searchBaselines((b) => rssOf(b) / 1024)],
      2 * W,
    ),
  ];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${3 * W}" height="${H}" viewBox="0 0 ${3 * W} ${H}" font-family="sans-serif" font-size="11">
<rect width="100%" height="100%" fill="#fff"/>
${panels.join("\n")}
</svg>
`;
}

function main(argv: readonly string[]): void {
  const [input, output = "docs/bench/chart.svg"] = argv;
  if (!input) throw new Error("usage: tsx scripts/bench/chart.ts RESULTS.jsonl [OUT.svg]");
  const bySize = new Map<number, RunResult>();
  for (const line of readFileSync(input, "utf8").split("\n")) {
    if (!line.trim()) continue;
    for (const run of (JSON.parse(line) as BenchReport).runs) bySize.set(run.articles, run);
  }
  writeFileSync(output, chart([...bySize.values()]));
  process.stdout.write(`wrote ${output} (${bySize.size} sizes)\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
