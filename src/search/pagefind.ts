/**
 * Builds the Pagefind index of a written site (into <dir>/pagefind/). Only elements marked data-pagefind-body
 * (the articles) are indexed, so navigation and lists never match; one index per language, found by <html lang>.
 *
 * Pagefind runs as a child process we start and wait for ourselves: its Node API loses track of a service that
 * dies (say, killed for memory on a huge archive) and Node then exits mid-build without a word. Here the exit
 * code or signal becomes a one-line error, and the build fails atomically like any other. It runs under
 * tether.js, which kills it when this process goes away in any way (kill -9 included): no Pagefind outlives
 * the build that started it.
 */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

/** One language's article pages, as src/render/urls.ts builds them: the only pages with data-pagefind-body. */
export function articlePages(lang: string): string {
  return `${lang}/[0-9][0-9][0-9][0-9]/*/index.html`;
}

/** What indexing did. */
export interface SearchIndexResult {
  /** Pages indexed, as Pagefind reports them. */
  readonly pages: number;
}

/** The Pagefind binary shipped in its platform package (installed as an optional dependency of `pagefind`). */
function pagefindBinary(): string {
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

/**
 * Indexes the article pages of `dir`, one bundle per language in `dir/pagefind/<lang>/`. One Pagefind run per
 * language halves its peak memory (it holds a whole run's pages: about 18 GB for 100,000 articles in one run);
 * the search page merges the other language's bundle at query time.
 */
export async function writeSearchIndex(
  dir: string,
  langs: readonly string[],
  signal?: AbortSignal,
  parallel = false,
): Promise<SearchIndexResult> {
  if (parallel) {
    const results = await Promise.all(langs.map((lang) => indexLanguage(dir, lang, signal)));
    return { pages: results.reduce((sum, r) => sum + r.pages, 0) };
  }
  let pages = 0;
  for (const lang of langs) {
    signal?.throwIfAborted();
    pages += (await indexLanguage(dir, lang, signal)).pages;
  }
  return { pages };
}

const TETHER = fileURLToPath(new URL("./tether.js", import.meta.url));

function indexLanguage(dir: string, lang: string, signal?: AbortSignal): Promise<SearchIndexResult> {
  return new Promise((resolve, reject) => {
    const args = ["--site", dir, "--glob", articlePages(lang), "--output-subdir", `pagefind/${lang}`];
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
