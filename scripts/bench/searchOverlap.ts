/**
 * `npm run bench:search -- --articles N`: do the sharded search bundles (src/search/shards.ts) show what a single
 * full index would? Builds a synthetic corpus with `summitdesk build`, writes beside its shards one full
 * Pagefind index per language over the same article pages (Pagefind's Node API; a bundle holds one index per
 * language anyway, as the site had before the shards), then runs a fixed set of queries (overlapQueries.ts)
 * against both in Chromium, through the site's own layouts/assets/search.js: `load()` opens the shards exactly
 * as the search page does and `topResults()` merges them as it shows them; the full index goes through the
 * same `openEdition`/`topResults` with one bundle per language. Reports each query's top-10 overlap
 * (|ours ∩ full| / the larger list) and the mean and minimum. A benchmark script, not a test.
 */
import { appendFileSync, readFileSync, realpathSync } from "node:fs";
import { join } from "node:path";
import { close as closePagefind, createIndex } from "pagefind";
import { exposeMainThread } from "../../src/search/exposeRanking.ts";
import { CHROMIUM, launchChromium } from "../chromium.ts";
import { BENCH_NOW, OUR_OUTPUT, ourBuild } from "./builds.ts";
import { corpusFiles, DEFAULT_SEED } from "./corpus.ts";
import { describeMachine } from "./machine.ts";
import { measure } from "./measure.ts";
import { type OverlapQuery, overlapQueries } from "./overlapQueries.ts";
import { articleFiles, createProject, removeProject, scratchBase } from "./project.ts";
import { serveStatic } from "./staticServer.ts";

/** Where the full index goes inside the built site: /pagefind-full/<lang>/. */
export const FULL_INDEX = "pagefind-full";
export const LANGS = ["de", "en"] as const;
const TOP = 10;

/** One query's top results from both. */
export interface QueryOverlap extends OverlapQuery {
  readonly ours: readonly string[];
  readonly full: readonly string[];
  /** How many results each found in all (the search page's count). */
  readonly oursTotal: number;
  readonly fullTotal: number;
  /** |ours ∩ full| / max(|ours|, |full|) of the top 10; undefined when both found nothing. */
  readonly overlap?: number;
  /** The largest relative difference between ranking.js's score and Pagefind's own for the full index's results. */
  readonly rescoreError: number;
}

/**
 * Writes one full Pagefind index per language over `site`'s article pages (the only pages with
 * data-pagefind-body) into `site/pagefind-full/<lang>/`. Returns the time it took.
 */
export async function writeFullIndex(site: string): Promise<number> {
  const started = performance.now();
  try {
    for (const lang of LANGS) {
      const { index, errors } = await createIndex();
      if (!index) throw new Error(`Pagefind: ${errors.join("; ")}`);
      const added = await index.addDirectory({
        path: site,
        glob: `${lang}/[0-9][0-9][0-9][0-9]/*/index.html`,
      });
      if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join("; ")}`);
      const written = await index.writeFiles({ outputPath: join(site, FULL_INDEX, lang) });
      if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join("; ")}`);
      exposeMainThread(join(site, FULL_INDEX, lang));
      await index.deleteIndex();
    }
  } finally {
    await closePagefind();
  }
  return performance.now() - started;
}

/**
 * What runs in the search page: plain JavaScript as text, because a function passed from here would carry what
 * tsx or vitest compiled into it (`__name(…)`, `__vite_ssr_dynamic_import__`), which the page does not define.
 * It imports the module the page itself loaded (its form handler is idle: no query in the address), opens our
 * editions with `load()` exactly as the page does (shards from the form, the page's language first), and the
 * full index per language, in the same order, with `openEdition`; `topResults` ranks and merges both.
 */
const IN_PAGE = `async ({ queries, langs, full, top }) => {
  const search = await import("/assets/search.js");
  const ranking = await import("/assets/ranking.js");
  const ours = await search.load();
  const single = await Promise.all(
    ours
      .map((edition) => edition.lang)
      .filter((lang) => langs.includes(lang))
      .map((lang) => search.openEdition(lang, [lang], (name) => "/" + full + "/" + name + "/")),
  );
  const urls = (datas) => datas.map((d) => d.url);
  const out = [];
  for (const q of queries) {
    const a = await search.topResults(ours, q.term, q.filters, top);
    const b = await search.topResults(single, q.term, q.filters, top);
    let rescoreError = 0;
    for (const edition of q.term === "" ? [] : single) {
      const shards = await search.askShards(edition, q.term, q.filters);
      for (const { result, score } of shards ? ranking.rankShards(shards) : [])
        rescoreError = Math.max(rescoreError, Math.abs(score / result.score - 1));
    }
    out.push({ ours: urls(a.datas), full: urls(b.datas), oursTotal: a.total, fullTotal: b.total, rescoreError });
  }
  return out;
}`;

/** Runs `queries` against the site's shards and the full index, in Chromium on the site's English search page. */
export async function compareSearch(
  site: string,
  queries: readonly OverlapQuery[],
  executablePath = CHROMIUM,
): Promise<QueryOverlap[]> {
  const server = await serveStatic(site);
  const browser = await launchChromium(executablePath);
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${server.origin}/en/search/`);
    const args = { queries, langs: [...LANGS], full: FULL_INDEX, top: TOP };
    const found = (await page.evaluate(`(${IN_PAGE})(${JSON.stringify(args)})`)) as {
      ours: string[];
      full: string[];
      oursTotal: number;
      fullTotal: number;
      rescoreError: number;
    }[];
    if (errors.length > 0) throw new Error(`search page errors: ${errors.join("; ")}`);
    return queries.map((q, i) => {
      const r = found[i] as (typeof found)[number];
      const larger = Math.max(r.ours.length, r.full.length);
      const shared = r.ours.filter((url) => r.full.includes(url)).length;
      return { ...q, ...r, ...(larger > 0 ? { overlap: shared / larger } : {}) };
    });
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Mean and minimum overlap over the queries that found anything; how many found nothing on either side. */
export function summarise(results: readonly QueryOverlap[]): {
  readonly queries: number;
  readonly measured: number;
  readonly emptyBoth: number;
  readonly totalsDiffer: number;
  readonly mean: number;
  readonly min: number;
  readonly rescoreError: number;
} {
  const measured = results.flatMap((r) => (r.overlap === undefined ? [] : [r.overlap]));
  return {
    queries: results.length,
    measured: measured.length,
    emptyBoth: results.length - measured.length,
    totalsDiffer: results.filter((r) => r.oursTotal !== r.fullTotal).length,
    mean: measured.reduce((a, b) => a + b, 0) / Math.max(1, measured.length),
    min: Math.min(...measured),
    rescoreError: Math.max(0, ...results.map((r) => r.rescoreError)),
  };
}

interface Options {
  articles: number;
  seed: number;
  keep: boolean;
  json?: string;
  /** A project `npm run bench -- --keep` left (same seed): measured there instead of generating a new corpus. */
  project?: string;
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = {
    articles: 1000,
    seed: DEFAULT_SEED,
    keep: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1] ?? "";
    if (flag === "--articles" || flag === "--seed") {
      const n = Number(value.replace(/_/g, ""));
      if (!Number.isInteger(n) || n < 1)
        throw new Error(`bench:search: ${flag} needs a positive whole number`);
      options[flag === "--articles" ? "articles" : "seed"] = n;
      i++;
    } else if (flag === "--json" && value) {
      options.json = value;
      i++;
    } else if (flag === "--project" && value) {
      options.project = value;
      i++;
    } else if (flag === "--keep") options.keep = true;
    else
      throw new Error(
        `bench:search: unknown argument "${flag}"\nusage: npm run bench:search -- [--articles N] [--seed S] [--keep] [--json FILE] [--project DIR]`,
      );
  }
  return options;
}

const pct = (v: number) => `${(v * 100).toFixed(1)} %`;

async function main(argv: readonly string[]): Promise<number> {
  const options = parseArgs(argv);
  const machine = describeMachine();
  process.stdout.write(
    `machine: ${machine.cores} cores, ${machine.cpu}, ${machine.memoryGiB} GiB, Node ${machine.node}; scratch ${scratchBase()}\n`,
  );
  // A kept bench project: its articles as generated (plus the bench's appended sentences), built again here.
  const articles = options.project ? articleFiles(options.project).length : options.articles;
  const project = options.project
    ? { root: options.project, articles, bytes: 0, generateMs: 0 }
    : createProject(options.articles, options.seed);
  try {
    const built = await measure(ourBuild(project.root));
    if (built.exitCode !== 0)
      throw new Error(`bench:search: build exited with ${built.exitCode}\n${built.stderr.slice(-3000)}`);
    const site = realpathSync(join(project.root, OUR_OUTPUT));
    const form = readFileSync(join(site, "en/search/index.html"), "utf8");
    const shards = LANGS.map((lang) => {
      const names = new RegExp(`data-shards-${lang}="([^"]*)"`).exec(form)?.[1] ?? "";
      return `${lang} ${names.split(" ").filter(Boolean).length} shards`;
    });
    const fullMs = await writeFullIndex(site);
    const queries = overlapQueries(corpusFiles(articles, options.seed));
    const results = await compareSearch(site, queries);
    const sum = summarise(results);
    process.stdout.write(
      `${articles.toLocaleString("en")} articles (seed ${options.seed}, now ${BENCH_NOW}): our build ${(built.wallMs / 1000).toFixed(1)} s at load ${built.load1}; ${shards.join(", ")}; full index (one per language) written in ${(fullMs / 1000).toFixed(1)} s\n\n`,
    );
    const width = Math.max(...results.map((r) => r.kind.length));
    for (const r of results) {
      const filters = Object.keys(r.filters).length > 0 ? ` ${JSON.stringify(r.filters)}` : "";
      process.stdout.write(
        `  ${r.kind.padEnd(width)}  ${r.overlap === undefined ? "  none" : pct(r.overlap).padStart(7)}  ${String(r.oursTotal).padStart(5)}/${String(r.fullTotal).padEnd(5)}  "${r.term}"${filters}\n`,
      );
    }
    process.stdout.write(
      `\ntop-${TOP} overlap with a single full index over ${sum.measured} queries with results (of ${sum.queries}; ${sum.emptyBoth} found nothing on either side): mean ${pct(sum.mean)}, minimum ${pct(sum.min)}; result counts differ on ${sum.totalsDiffer} queries; ranking.js's scores for the single index within ${sum.rescoreError.toExponential(1)} of Pagefind's\n`,
    );
    for (const [label, part] of [
      ["term queries", results.filter((r) => r.term !== "")],
      ["  of them with filters", results.filter((r) => r.term !== "" && Object.keys(r.filters).length > 0)],
      ["browsing by filter alone", results.filter((r) => r.term === "")],
    ] as const) {
      const p = summarise(part);
      const atLeast = part.filter((r) => r.overlap !== undefined && r.overlap >= 0.9).length;
      process.stdout.write(
        `  ${label}: ${p.measured} with results, mean ${pct(p.mean)}, minimum ${pct(p.min)}, ${atLeast} at ≥ 90 %, counts differ on ${p.totalsDiffer}\n`,
      );
    }
    if (options.json) {
      appendFileSync(
        options.json,
        `${JSON.stringify({ machine, date: new Date().toISOString(), articles, seed: options.seed, load1: built.load1, fullMs, summary: sum, results })}\n`,
      );
    }
    if (options.keep) process.stdout.write(`kept: ${project.root}\n`);
    return 0;
  } finally {
    if (!options.keep && !options.project) removeProject(project);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
