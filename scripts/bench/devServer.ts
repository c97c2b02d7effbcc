/**
 * `npm run bench -- --dev`: how long an edit takes to show with the dev server (`summitdesk dev`, what `npm start`
 * runs) running on the corpus. Starts the server in the temp project, waits for the first build, then retitles a
 * few articles one after another and polls each article's page until the new title is served.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { articleFiles } from "./project.ts";

/** Time to the first page, and per edit the time from saving the file to the page showing it. */
export interface DevResult {
  readonly startMs: number;
  readonly editMs: readonly number[];
}

const POLL_MS = 20;

/**
 * Starts the dev server of `bin` in `root`, makes `edits` edits, stops the server. `bin` must be the summitdesk
 * that built the site before: the build cache holds only what the same code made (src/cache), so a dev server
 * from another copy (this checkout, when the builds ran the installed package) processes every article again —
 * 21 s to the first page at 10,000 articles instead of 4.2 s.
 */
export async function measureDevServer(root: string, bin: string, edits = 5): Promise<DevResult> {
  const port = 19_000 + Math.floor(Math.random() * 1000);
  const base = `http://localhost:${port}`;
  const started = performance.now();
  // What `npm start` runs. (Eleventy's own CLI with this checkout's config is not how a site is served: it
  // answered with the first build and never noticed a save, which this bench once measured as a timeout.)
  const server = spawn(process.execPath, [bin, "dev", "--port", String(port)], {
    cwd: root,
    env: { ...process.env, TZ: "UTC" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  server.stdout?.on("data", (c: Buffer) => {
    log = (log + c.toString()).slice(-5000);
  });
  server.stderr?.on("data", (c: Buffer) => {
    log = (log + c.toString()).slice(-5000);
  });
  try {
    await until(
      server,
      `${base}/de/`,
      (body) => body.includes("<main"),
      300_000,
      () => log,
    );
    const startMs = performance.now() - started;
    // Edits before the file watcher has finished its first scan go unnoticed; give it a moment.
    while (!log.includes("Watching")) await new Promise((r) => setTimeout(r, POLL_MS));
    await new Promise((r) => setTimeout(r, 2000));
    const files = articleFiles(root);
    const editMs: number[] = [];
    for (let k = 0; k < edits; k++) {
      const file = files[Math.floor(((k + 0.5) * files.length) / edits)] as string;
      const marker = `bench-edit-${k}-${Date.now()}`;
      const text = readFileSync(join(root, file), "utf8");
      const url = `${base}${pageOf(file, text)}`;
      const saved = performance.now();
      writeFileSync(join(root, file), text.replace(/^title: .*$/m, `title: "Edit ${marker}"`));
      await until(
        server,
        url,
        (body) => body.includes(marker),
        60_000,
        () => log,
      );
      editMs.push(performance.now() - saved);
      await new Promise((r) => setTimeout(r, 500));
    }
    return { startMs, editMs };
  } finally {
    server.kill("SIGTERM");
  }
}

/** content/articles/2024/slug.md with `lang: de` → /de/2024/slug/ (src/render/urls.ts articleUrl). */
function pageOf(file: string, text: string): string {
  const m = /^content\/articles\/(\d{4})\/(.+)\.md$/.exec(file);
  const lang = /^lang: (\w+)$/m.exec(text)?.[1];
  if (!m || !lang) throw new Error(`bench: cannot tell the page of ${file}`);
  return `/${lang}/${m[1]}/${m[2]}/`;
}

async function until(
  server: ChildProcess,
  url: string,
  test: (body: string) => boolean,
  timeoutMs: number,
  log: () => string,
): Promise<void> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    if (server.exitCode !== null)
      throw new Error(`bench: dev server exited with ${server.exitCode}\n${log()}`);
    const body = await fetch(url).then(
      (r) => r.text(),
      () => "",
    );
    if (test(body)) return;
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  throw new Error(`bench: ${url} did not show the change within ${timeoutMs} ms\n${log()}`);
}
