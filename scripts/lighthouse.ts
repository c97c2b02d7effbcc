/**
 * Lighthouse 12 (mobile, simulated throttling) on the built sample site, served on 127.0.0.1 under the production
 * Content-Security-Policy: the front page and an article with a picture. Accessibility, SEO and best practices must
 * score 100 and performance at least 95. Performance is noisy on a shared machine: a page whose run falls short
 * runs again, up to three times, and the best performance score counts (the other categories must hold in every
 * run).
 * Usage: node --import tsx scripts/lighthouse.ts [--runs N] [--out DIR]   (CI: .ci/run, after the tests)
 * Needs Chromium at /usr/bin/chromium (or CHROME_PATH).
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "../tests/e2e/serve.ts";
import { CHROMIUM } from "./chromium.ts";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const CHROME = process.env.CHROME_PATH ?? CHROMIUM;
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf("--runs") + 1] ?? 3) || 3;
const out = args.includes("--out")
  ? (args[args.indexOf("--out") + 1] ?? "artifacts/lighthouse")
  : "artifacts/lighthouse";
const REQUIRED = { accessibility: 100, seo: 100, "best-practices": 100, performance: 95 } as const;
type Category = keyof typeof REQUIRED;

/** An article page with a lead picture, or the first article when the sample has none (said in the output). */
function articleWithPicture(site: string): { path: string; picture: boolean } {
  let first: string | undefined;
  for (const lang of ["de", "en"]) {
    for (const year of readdirSync(join(site, lang)).filter((d) => /^\d{4}$/.test(d))) {
      for (const slug of readdirSync(join(site, lang, year))
        .filter((d) => /[a-z]/.test(d))
        .sort()) {
        const file = join(site, lang, year, slug, "index.html");
        if (!existsSync(file)) continue;
        first ??= `/${lang}/${year}/${slug}/`;
        if (readFileSync(file, "utf8").includes('class="picture lead-image"'))
          return { path: `/${lang}/${year}/${slug}/`, picture: true };
      }
    }
  }
  return { path: first ?? "/", picture: false };
}

/** Runs one Lighthouse in a child process (asynchronously: the static server lives in this process). */
function run(
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), 180_000);
    child.on("close", (status) => {
      clearTimeout(timer);
      resolve({ status, stderr });
    });
  });
}

async function lighthouse(url: string, report: string): Promise<Record<Category, number>> {
  const result0 = await run(
    join(ROOT, "node_modules/.bin/lighthouse"),
    [
      url,
      "--quiet",
      "--output=json",
      `--output-path=${report}`,
      "--only-categories=performance,accessibility,best-practices,seo",
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run",
    ],
    { ...process.env, CHROME_PATH: CHROME },
  );
  if (result0.status !== 0) throw new Error(`lighthouse failed on ${url}: ${result0.stderr.slice(-2000)}`);
  const result = JSON.parse(readFileSync(report, "utf8")) as {
    categories: Record<Category, { score: number }>;
    audits: Record<string, { score: number | null; title: string }>;
  };
  const scores = Object.fromEntries(
    Object.keys(REQUIRED).map((c) => [c, Math.round((result.categories[c as Category]?.score ?? 0) * 100)]),
  ) as Record<Category, number>;
  const failing = Object.entries(result.audits)
    .filter(([, a]) => a.score !== null && a.score < 1 && a.score !== undefined)
    .map(([id]) => id);
  process.stdout.write(
    `  ${url}: ${JSON.stringify(scores)}${failing.length ? ` (below 1: ${failing.join(", ")})` : ""}\n`,
  );
  return scores;
}

async function main(): Promise<number> {
  if (!existsSync(CHROME)) {
    process.stderr.write(`lighthouse: ${CHROME} not found (apt-get install -y chromium); skipped\n`);
    return 0;
  }
  const work = join(tmpdir(), `summitdesk-lighthouse-${process.pid}`);
  const site = join(work, "site");
  const build = spawnSync(
    process.execPath,
    [join(ROOT, "bin/summitdesk.js"), "build", "--no-cache", "--output", site],
    {
      cwd: ROOT,
      env: {
        // The pictures the tests made (named by content hash and settings: a build faster, never different).
        SUMMITDESK_IMAGE_CACHE: join(ROOT, "node_modules/.cache/summitdesk-test-images"),
        ...process.env,
        SUMMITDESK_NOW: process.env.SUMMITDESK_NOW ?? "2025-09-02T12:00:00Z",
      },
      encoding: "utf8",
    },
  );
  if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`);
  mkdirSync(resolve(ROOT, out), { recursive: true });
  const server = await serve(site);
  const article = articleWithPicture(site);
  if (!article.picture)
    process.stdout.write(`lighthouse: no article with a picture in the sample yet; using ${article.path}\n`);
  const pages: [string, string][] = [
    ["front", "/de/"],
    ["article", article.path],
  ];
  let failed = false;
  try {
    for (const [name, path] of pages) {
      process.stdout.write(`lighthouse ${name} ${path} (best performance of up to ${runs}):\n`);
      const all: Record<Category, number>[] = [];
      // A run that meets every requirement settles it: only a noisy performance score needs another. (Three
      // runs of each page were ~90 s of CI's 20 minutes, and the first run nearly always scores 99-100.)
      for (let i = 1; i <= runs; i++) {
        const scores = await lighthouse(server.origin + path, join(resolve(ROOT, out), `${name}-${i}.json`));
        all.push(scores);
        if ((Object.keys(REQUIRED) as Category[]).every((c) => scores[c] >= REQUIRED[c])) break;
      }
      const best = Object.fromEntries(
        Object.keys(REQUIRED).map((c) => [c, Math.max(...all.map((s) => s[c as Category]))]),
      ) as Record<Category, number>;
      // Only performance varies between runs; the others must hold in every run.
      for (const c of ["accessibility", "seo", "best-practices"] as const)
        best[c] = Math.min(...all.map((s) => s[c]));
      const short = (Object.keys(REQUIRED) as Category[]).filter((c) => best[c] < REQUIRED[c]);
      process.stdout.write(
        `  => ${JSON.stringify(best)}${short.length ? `  FAIL: ${short.join(", ")}` : "  ok"}\n`,
      );
      if (short.length) failed = true;
    }
  } finally {
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
  return failed ? 1 : 0;
}

process.exitCode = await main();
