/**
 * `npm run bench:pagefind -- --site DIR`: how Pagefind's time grows with the pages of one index — what an edit
 * pays for the one search shard it changes (src/search/shards.ts sizes them). DIR is a site summitdesk built
 * (e.g. the `_site` of a project `npm run bench -- --keep` left). For each size it indexes that many of one
 * language's article pages, taken evenly across the archive as a shard's hash takes them, with the Pagefind
 * binary builds run, alone (nothing else of a build beside it), and prints the median of three runs: wall time,
 * CPU (user + sys) and peak memory, per page and against the smallest size. A benchmark, not a test: the numbers
 * depend on the machine; it exits 1 only when Pagefind fails.
 *   tsx scripts/bench-pagefind.ts --site DIR [--lang de] [--sizes 156,312,625,1250] [--runs 3]
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pagefindBinary } from "../src/search/index.ts";
import { measure } from "./bench/measure.ts";
import { median } from "./bench/report.ts";

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const site = arg("site", "");
const lang = arg("lang", "de");
const sizes = arg("sizes", "156,312,625,1250").split(",").map(Number);
const runs = Number(arg("runs", "3"));
if (!site) {
  process.stderr.write(
    "usage: npm run bench:pagefind -- --site DIR [--lang de] [--sizes 156,312,625,1250]\n",
  );
  process.exit(2);
}

/**
 * The language's article pages — /<lang>/<year>/<slug>/index.html (src/render/urls.ts articleUrl) — told from
 * the month archives beside them by what Pagefind indexes: an element marked data-pagefind-body.
 */
function articlePages(): string[] {
  const pages: string[] = [];
  const years = readdirSync(join(site, lang)).filter((name) => /^\d{4}$/.test(name));
  for (const year of years.sort()) {
    for (const slug of readdirSync(join(site, lang, year)).sort()) {
      const page = `${lang}/${year}/${slug}/index.html`;
      const file = join(site, page);
      if (existsSync(file) && readFileSync(file, "utf8").includes("data-pagefind-body")) pages.push(page);
    }
  }
  return pages;
}

/** `count` of `pages`, evenly spread (every n-th), as a hash spreads a shard over the archive. */
function spread(pages: readonly string[], count: number): string[] {
  const step = pages.length / count;
  return Array.from({ length: count }, (_, i) => pages[Math.floor(i * step)] as string);
}

const pages = articlePages();
const scratch = mkdtempSync(join(tmpdir(), "summitdesk-bench-pagefind-"));
const rows: { pages: number; wall: number; cpu: number; rss: number }[] = [];
try {
  for (const size of sizes.filter((n) => n > 0 && n <= pages.length)) {
    const stage = join(scratch, `stage-${size}`);
    for (const page of spread(pages, size)) {
      mkdirSync(dirname(join(stage, page)), { recursive: true });
      copyFileSync(join(site, page), join(stage, page));
    }
    const wall: number[] = [];
    const cpu: number[] = [];
    const rss: number[] = [];
    for (let run = 0; run < runs; run++) {
      const out = join(scratch, `bundle-${size}-${run}`);
      const m = await measure({
        command: pagefindBinary(),
        args: ["--site", stage, "--output-path", out],
        cwd: scratch,
        env: process.env,
      });
      if (m.exitCode !== 0) throw new Error(`Pagefind failed on ${size} pages: ${m.stderr.slice(-500)}`);
      wall.push(m.wallMs);
      cpu.push((m.userMs ?? 0) + (m.sysMs ?? 0));
      rss.push(m.maxRssKb ?? 0);
      rmSync(out, { recursive: true, force: true });
    }
    rows.push({ pages: size, wall: median(wall), cpu: median(cpu), rss: median(rss) });
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
const first = rows[0];
process.stdout.write(
  `Pagefind alone on ${lang} article pages of ${site} (${pages.length} there), median of ${runs}:\n`,
);
process.stdout.write("pages | wall s | CPU s | peak MB | wall ms a page | wall against the smallest\n");
for (const row of rows) {
  const perPage = row.wall / row.pages;
  const ratio = first
    ? `${(row.wall / first.wall).toFixed(2)}× for ${(row.pages / first.pages).toFixed(0)}× the pages`
    : "";
  process.stdout.write(
    `${row.pages} | ${(row.wall / 1000).toFixed(2)} | ${(row.cpu / 1000).toFixed(2)} | ${(row.rss / 1024).toFixed(0)} | ${perPage.toFixed(2)} | ${ratio}\n`,
  );
}
