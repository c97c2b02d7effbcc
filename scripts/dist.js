// `npm run dist` (and `prepare`, so `npm ci` and `npm pack` do it): compiles src/ and layouts/ to dist/ with tsc
// (.js and .d.ts; relative ".ts" imports rewritten to ".js"), then copies the plain-JavaScript files tsc does not
// emit: worker and helper-process entries, the CLI's command table and its declaration, and parses the bundled
// registry ahead (src/load/preparsed.ts). Plain JavaScript, so it runs before anything else is built. dist/ is
// made from nothing each time (a deleted source leaves nothing behind), in a folder beside it that then takes its
// place: a process running from dist/ meanwhile (a dev server; the tests while `npm pack` runs this) never finds
// it missing or half-made.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));
const dist = join(root, "dist");
const next = join(root, `dist.next-${process.pid}`);
const old = join(root, `dist.old-${process.pid}`);
// What a dist run that was stopped left beside dist/ (one still running keeps its own).
for (const name of readdirSync(root)) {
  const pid = /^dist\.(?:next|old)-(\d+)$/.exec(name)?.[1];
  if (pid && !running(Number(pid))) rmSync(join(root, name), { recursive: true, force: true });
}

function running(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
const run = spawnSync(process.execPath, [tsc, "-p", join(root, "tsconfig.build.json"), "--outDir", next], {
  stdio: "inherit",
});
if (run.status !== 0) {
  rmSync(next, { recursive: true, force: true });
  rmSync(dist, { recursive: true, force: true });
  process.stderr.write("dist: tsc failed; dist/ was removed, so nothing half-built is used.\n");
  process.exit(run.status ?? 1);
}

/** Files below `dir` (relative to the root) that tsc leaves out: .js sources and hand-written .d.ts. */
function plainFiles(dir) {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = join(dir, entry.name);
    if (entry.isDirectory()) return plainFiles(rel);
    return entry.name.endsWith(".js") || entry.name.endsWith(".d.ts") ? [rel] : [];
  });
}

let copied = 0;
for (const file of plainFiles("src")) {
  const target = join(next, file);
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(join(root, file), target);
  copied++;
}

// The bundled registry parsed ahead, with the parser just compiled: ~0.9 s of every cold build. A table that
// cannot be made is no failure: the build then parses the files, as it always could.
let parsed = "";
try {
  const load = await import(pathToFileURL(join(next, "src/load/index.js")).href);
  const table = load.makePreparsedTable(join(root, "registry"), root);
  writeFileSync(join(next, relative("dist", load.PREPARSED_TABLE)), `${JSON.stringify(table)}\n`);
  parsed = `, parsed ${Object.keys(table.files).length} registry files ahead`;
} catch (error) {
  process.stderr.write(
    `dist: the registry was not parsed ahead (${error instanceof Error ? error.message : error})\n`,
  );
}

// Two renames: between them (microseconds) there is no dist/, never a half-made one.
if (existsSync(dist)) renameSync(dist, old);
renameSync(next, dist);
rmSync(old, { recursive: true, force: true });
process.stdout.write(
  `dist: compiled src/ and layouts/, copied ${copied} plain files${parsed}, into ${relative(process.cwd(), dist) || "."}/\n`,
);
