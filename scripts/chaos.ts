/**
 * The chaos run behind RELIABILITY.md's figures: kills builds of a small project with SIGKILL at every named
 * point (SUMMITDESK_TEST_CRASH_AT) `--runs` times each, at `--random` random moments, and through their parent,
 * and checks after each kill that _site is byte for byte the whole old or the whole new site, and that the next
 * build leaves no leftover and writes the new site. Prints one line per kind of kill and a total.
 *
 *   npx tsx scripts/chaos.ts [--runs 3] [--random 30] [--articles 4]
 *
 * tests/hostile/crash-safety.test.ts checks the same promises once per point on every test run.
 */
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { KILL_POINTS } from "../src/output/index.ts";

const { values } = parseArgs({
  options: { runs: { type: "string" }, random: { type: "string" }, articles: { type: "string" } },
});
const RUNS = Number(values.runs ?? 3);
const RANDOM = Number(values.random ?? 30);
const ARTICLES = Number(values.articles ?? 4);
const REPO = fileURLToPath(new URL("../", import.meta.url));
const BIN = join(REPO, "bin/summitdesk.js");
const ENV = { ...process.env, TZ: "UTC", SUMMITDESK_NOW: "2026-01-01T00:00:00Z" };
const NO_RESPAWN = { NODE_OPTIONS: "--max-old-space-size=4096" };

function build(root: string, extra: Record<string, string> = {}, args: string[] = []) {
  return spawnSync(process.execPath, [BIN, "build", ...args], {
    cwd: root,
    env: { ...ENV, ...extra },
    encoding: "utf8",
  });
}

function hashTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const abs = join(d, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else out.set(relative(dir, abs), createHash("sha256").update(readFileSync(abs)).digest("hex"));
    }
  };
  walk(dir);
  return out;
}

const same = (a: Map<string, string>, b: Map<string, string>) =>
  a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);

// The template: the sample content's registry and config with a few of its articles (small, so that many kills
// fit in a run), built once; then one article added (the "new" site).
const template = mkdtempSync(join(tmpdir(), "summitdesk-chaos-"));
cpSync(join(REPO, "content"), join(template, "content"), { recursive: true });
const articles = join(template, "content/articles/2025");
for (const name of readdirSync(articles).sort().slice(ARTICLES)) rmSync(join(articles, name));
if (build(template).status !== 0) throw new Error("template build failed");
const oldSite = hashTree(join(template, "_site"));
writeFileSync(
  join(template, "content/articles/2025/chaos-neu.md"),
  "---\ntitle: Ein neuer Artikel\ndate: 2025-08-30\nlang: de\n---\nText.\n",
);
if (build(template, {}, ["--output", "expected", "--no-cache"]).status !== 0)
  throw new Error("expected build failed");
const newSite = hashTree(join(template, "expected"));

function copy(layout: "link" | "folder"): string {
  const root = mkdtempSync(join(tmpdir(), "summitdesk-chaos-run-"));
  cpSync(template, root, { recursive: true, verbatimSymlinks: true });
  if (layout === "folder") {
    const real = join(root, readlinkSync(join(root, "_site")));
    rmSync(join(root, "_site"));
    renameSync(real, join(root, "_site"));
  }
  return root;
}

function state(root: string): string {
  if (!existsSync(join(root, "_site"))) return "absent";
  const now = hashTree(join(root, "_site"));
  return same(now, oldSite) ? "old" : same(now, newSite) ? "new" : "neither";
}

/** Siblings of _site but the version it links to and one spare (src/output/spare.ts), and cache temp files. */
function leftovers(root: string): string[] {
  const site = join(root, "_site");
  const linked = lstatSync(site).isSymbolicLink() ? readlinkSync(site) : "";
  const cache = join(root, ".cache/summitdesk");
  const siblings = readdirSync(root).filter((n) => n.startsWith("_site.") && n !== linked);
  const spares = siblings.filter((n) => n.startsWith("_site.spare-"));
  return [
    ...siblings.filter((n) => spares.length > 1 || !spares.includes(n)),
    ...readdirSync(cache, { recursive: true, encoding: "utf8" }).filter((n) => /\.tmp-/.test(n)),
  ];
}

/** The next build must write the new site and leave nothing behind. */
function recovers(root: string): boolean {
  const run = build(root);
  const ok = run.status === 0 && state(root) === "new" && leftovers(root).length === 0;
  rmSync(root, { recursive: true, force: true });
  return ok;
}

const rows: [string, number, number][] = [];
function tally(kind: string, results: boolean[]) {
  rows.push([kind, results.length, results.filter(Boolean).length]);
  console.log(`${kind}: ${results.filter(Boolean).length}/${results.length} held`);
}

for (const layout of ["link", "folder"] as const) {
  for (const [point, after] of KILL_POINTS) {
    if (
      layout === "folder" &&
      !["after-search-index", "after-link-made", "after-link-swapped"].includes(point)
    )
      continue;
    const results: boolean[] = [];
    for (let i = 0; i < RUNS; i++) {
      const root = copy(layout);
      build(root, { ...NO_RESPAWN, SUMMITDESK_TEST_CRASH_AT: point });
      results.push(state(root) === after && recovers(root));
    }
    tally(`${point}${layout === "folder" ? " (from a real folder)" : ""}`, results);
  }
}
{
  // Between the two renames that turn a real folder into a link: absent, then restored by the next start.
  const results: boolean[] = [];
  for (let i = 0; i < RUNS; i++) {
    const root = copy("folder");
    build(root, { SUMMITDESK_TEST_CRASH_AT: "after-old-moved" });
    const moved = state(root) === "absent";
    const restored = spawnSync(process.execPath, [BIN, "build", "--output", "_site"], {
      cwd: root,
      env: { ...ENV, SUMMITDESK_TEST_CRASH_AT: "after-cache-read" },
    });
    results.push(moved && restored.status !== 0 && state(root) === "old" && recovers(root));
  }
  tally("after-old-moved (from a real folder; restored on the next start)", results);
}

const timing = copy("link");
const started = Date.now();
build(timing, NO_RESPAWN);
const duration = Date.now() - started;
rmSync(timing, { recursive: true, force: true });
{
  const results: boolean[] = [];
  for (let i = 0; i < RANDOM; i++) {
    const root = copy("link");
    const child = spawn(process.execPath, [BIN, "build"], {
      cwd: root,
      env: { ...ENV, ...NO_RESPAWN },
      stdio: "ignore",
    });
    await new Promise((r) => setTimeout(r, Math.round(duration * (0.2 + 0.8 * Math.random()))));
    child.kill("SIGKILL");
    await new Promise((r) => child.once("exit", r));
    const now = state(root);
    results.push((now === "old" || now === "new") && recovers(root));
  }
  tally(`random moment within a build (~${duration} ms)`, results);
}
{
  // The summitdesk command killed at a random moment: its re-spawned child must not swap afterwards.
  const results: boolean[] = [];
  for (let i = 0; i < RANDOM; i++) {
    const root = copy("link");
    const child = spawn(process.execPath, [BIN, "build"], { cwd: root, env: ENV, stdio: "ignore" });
    const delay = Math.round(duration * (0.2 + 0.8 * Math.random()));
    await new Promise((r) => setTimeout(r, delay));
    child.kill("SIGKILL");
    await new Promise((r) => child.once("exit", r));
    const right = state(root);
    await new Promise((r) => setTimeout(r, 3000));
    // Whatever the output was right after the kill, it stays so: no writer carried on.
    results.push((right === "old" || right === "new") && state(root) === right && recovers(root));
  }
  tally("summitdesk command (parent) killed at a random moment", results);
}

const total = rows.reduce((n, [, tried]) => n + tried, 0);
const held = rows.reduce((n, [, , ok]) => n + ok, 0);
console.log(
  `\ntotal: ${held}/${total} kills held (${KILL_POINTS.length + 1} named points, runs ${RUNS}, random ${RANDOM} + ${RANDOM})`,
);
rmSync(template, { recursive: true, force: true });
process.exit(held === total ? 0 : 1);
