/**
 * Builds the Pagefind index of a written site, one bundle per shard (src/search/shards.ts) in
 * <site>/pagefind/<shard>/, each opened to the search page's ranking across shards (exposeRanking.ts). Only
 * article pages are given to it, and in them only elements marked data-pagefind-body, so navigation and lists
 * never match; the language comes from <html lang>.
 *
 * Pagefind runs as a child process we start and wait for ourselves: its Node API loses track of a service that
 * dies (say, killed for memory on a huge archive) and Node then exits mid-build without a word. Here the exit
 * code or signal becomes a one-line error, and the build fails atomically like any other. It runs under
 * tether.js, which kills it when this process goes away in any way (kill -9 included): no Pagefind outlives
 * the build that started it.
 */
import { spawn } from "node:child_process";
import { copyFileSync, linkSync, mkdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PAGEFIND_BYTES_PER_PAGE, runWithinBudget, SEARCH_MEMORY_BUDGET } from "./budget.ts";
import { exposeMainThread } from "./exposeRanking.ts";

/** The folder of a site that holds the search bundles, one per shard: `pagefind/<shard>/`. */
export const SEARCH_DIR = "pagefind";

/** What indexing did. */
export interface SearchIndexResult {
  /** Pages indexed, as Pagefind reports them. */
  readonly pages: number;
}

/** The Pagefind binary shipped in its platform package (installed as an optional dependency of `pagefind`). */
export function pagefindBinary(): string {
  // Pagefind's own convention for a binary elsewhere (also how tests stand in a failing one).
  if (process.env.PAGEFIND_BINARY_PATH) return process.env.PAGEFIND_BINARY_PATH;
  const require = createRequire(import.meta.url);
  const platform = `${process.platform === "win32" ? "windows" : process.platform}-${process.arch}`;
  const exe = process.platform === "win32" ? ".exe" : "";
  for (const name of ["pagefind_extended", "pagefind"]) {
    try {
      return require.resolve(`@pagefind/${platform}/bin/${name}${exe}`);
    } catch {
      // try the next name
    }
  }
  throw new Error(`Pagefind has no binary for ${platform}; reinstall with optional dependencies (npm ci).`);
}

/** One shard to index: its name ("de-07") and its pages, by path relative to the site. */
export interface ShardInput {
  readonly name: string;
  readonly files: readonly string[];
}

/**
 * Indexes each shard of `site` into `site/pagefind/<name>/`: its pages are linked into a folder of their own
 * (Pagefind indexes a folder), so each bundle is made from exactly its shard's pages, at their own URLs.
 * Up to `parallel` runs are made at once (two keep both cores busy) while their expected memory stays within
 * `budget` (see budget.ts: at most SEARCH_MEMORY_BUDGET, and half the machine's memory on a small one); large
 * shards are indexed one after the other.
 */
export async function indexShards(
  site: string,
  shards: readonly ShardInput[],
  signal?: AbortSignal,
  parallel = 2,
  budget = Math.min(totalmem() / 2, SEARCH_MEMORY_BUDGET),
): Promise<SearchIndexResult> {
  let pages = 0;
  const stage = join(site, STAGE);
  const tasks = shards.map((shard) => ({
    bytes: shard.files.length * PAGEFIND_BYTES_PER_PAGE,
    run: async () => {
      const folder = join(stage, shard.name);
      for (const file of shard.files) {
        mkdirSync(dirname(join(folder, file)), { recursive: true });
        linkOrCopy(join(site, file), join(folder, file));
      }
      try {
        const bundle = join(site, SEARCH_DIR, shard.name);
        pages += (await runPagefind(folder, bundle, signal)).pages;
        exposeMainThread(bundle);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
  }));
  try {
    await runWithinBudget(tasks, parallel, budget, signal);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
  return { pages };
}

/** Where shards' pages are gathered for Pagefind, inside the site being built (removed before it is installed). */
export const SEARCH_STAGE = ".pagefind-stage";
const STAGE = SEARCH_STAGE;

function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

const TETHER = fileURLToPath(new URL("./tether.js", import.meta.url));

function runPagefind(site: string, bundle: string, signal?: AbortSignal): Promise<SearchIndexResult> {
  return new Promise((resolve, reject) => {
    const args = ["--site", site, "--output-path", bundle];
    // Our end of the tether's stdin stays open (never written) until this process ends.
    const child = spawn(process.execPath, [TETHER, pagefindBinary(), ...args], {
      stdio: ["pipe", "pipe", "pipe"],
      // A build that failed elsewhere stops its Pagefind before removing the folder it reads.
      ...(signal ? { signal } : {}),
    });
    let output = "";
    const collect = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.on("error", (error) =>
      reject(
        signal?.aborted
          ? new Error("Pagefind was stopped")
          : new Error(`Pagefind could not start: ${error.message}`),
      ),
    );
    child.on("close", (code, signal) => {
      if (code === 0) {
        const pages = Number(/Indexed (\d+) pages?/.exec(output)?.[1] ?? 0);
        resolve({ pages });
        return;
      }
      const why = signal
        ? `was stopped by ${signal}${signal === "SIGKILL" ? " (most likely out of memory)" : ""}`
        : `exited with code ${code}`;
      const last = output.trim().split("\n").slice(-1)[0] ?? "";
      reject(new Error(`Pagefind ${why} while indexing the search${last ? `: ${last}` : ""}`));
    });
  });
}
