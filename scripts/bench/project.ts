/** The temporary project a benchmark builds: on /dev/shm when present (no disk in the figures), else os.tmpdir(). */
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { REPO_ROOT, writeCorpus } from "./corpus.ts";

/** A project folder holding content/ and a link to this repository's node_modules (for the baseline's Eleventy). */
export interface TempProject {
  readonly root: string;
  readonly articles: number;
  /** Total size of the article files. */
  readonly bytes: number;
  /** Time spent generating and writing the corpus. */
  readonly generateMs: number;
}

/**
 * Where temp projects go: BENCH_SCRATCH when set (use a disk folder at 100k: a RAM disk's files count against
 * the memory being measured), else /dev/shm if it exists (a RAM disk on Linux), otherwise the OS temp folder.
 */
export function scratchBase(): string {
  if (process.env.BENCH_SCRATCH) return process.env.BENCH_SCRATCH;
  return existsSync("/dev/shm") && statSync("/dev/shm").isDirectory() ? "/dev/shm" : tmpdir();
}

/** Creates a project with `articles` generated articles. */
export function createProject(articles: number, seed: number, base = scratchBase()): TempProject {
  const root = mkdtempSync(join(base, `summitdesk-bench-${articles}-`));
  const started = performance.now();
  const { bytes } = writeCorpus(root, articles, seed);
  const generateMs = performance.now() - started;
  symlinkSync(join(REPO_ROOT, "node_modules"), join(root, "node_modules"), "dir");
  writeFileSync(
    join(root, "package.json"),
    `${JSON.stringify({ private: true, type: "module" }, null, 2)}\n`,
  );
  return { root, articles, bytes, generateMs };
}

/** Removes a project (the node_modules link, never its target). */
export function removeProject(project: TempProject): void {
  rmSync(project.root, { recursive: true, force: true });
}

/**
 * Removes an output folder and what summitdesk keeps beside it (the `<dir>.v-…` site its link points to, and
 * leftovers), so that a measured build does not spend its time removing the previous site.
 */
export function removeOutput(dir: string): void {
  const parent = dirname(dir);
  const base = basename(dir);
  for (const name of existsSync(parent) ? readdirSync(parent) : []) {
    if (name === base || name.startsWith(`${base}.`))
      rmSync(join(parent, name), { recursive: true, force: true });
  }
}

/** Counts the files below `dir` and how many of them are HTML pages. */
export function countOutput(dir: string): { files: number; pages: number } {
  let files = 0;
  let pages = 0;
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(d, entry.name));
      else {
        files++;
        if (entry.name.endsWith(".html")) pages++;
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return { files, pages };
}

/** The project's article files, sorted, as paths relative to its root ("content/articles/2024/x.md"). */
export function articleFiles(root: string): string[] {
  const dir = join(root, "content/articles");
  return readdirSync(dir)
    .sort()
    .flatMap((year) =>
      readdirSync(join(dir, year))
        .sort()
        .map((name) => `content/articles/${year}/${name}`),
    );
}
