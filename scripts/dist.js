// `npm run dist` (and `prepare`, so `npm ci` and `npm pack` do it): compiles src/ and layouts/ to dist/ with tsc
// (.js and .d.ts; relative ".ts" imports rewritten to ".js"), then copies the plain-JavaScript files tsc does not
// emit: worker and helper-process entries, the CLI's command table and its declaration. Plain JavaScript, so it
// runs before anything else is built. dist/ is made from nothing each time: a deleted source leaves nothing behind.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));
const dist = join(root, "dist");
rmSync(dist, { recursive: true, force: true });

const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
const run = spawnSync(process.execPath, [tsc, "-p", join(root, "tsconfig.build.json")], { stdio: "inherit" });
if (run.status !== 0) {
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
  const target = join(dist, file);
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(join(root, file), target);
  copied++;
}
process.stdout.write(
  `dist: compiled src/ and layouts/, copied ${copied} plain files, into ${relative(process.cwd(), dist) || "."}/\n`,
);

// The bundled registry parsed ahead (src/load/preparsed.ts), with the parser just compiled: ~0.9 s of every cold
// build. A table that cannot be made is no failure: the build then parses the files, as it always could.
try {
  const { makePreparsedTable, PREPARSED_TABLE } = await import(
    new URL("../dist/src/load/index.js", import.meta.url).href
  );
  const table = makePreparsedTable(join(root, "registry"), root);
  writeFileSync(join(root, PREPARSED_TABLE), `${JSON.stringify(table)}\n`);
  process.stdout.write(
    `dist: parsed ${Object.keys(table.files).length} registry files ahead, into ${PREPARSED_TABLE}\n`,
  );
} catch (error) {
  process.stderr.write(
    `dist: the registry was not parsed ahead (${error instanceof Error ? error.message : error})\n`,
  );
}
