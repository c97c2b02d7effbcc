/**
 * Global setup of the tests that run the summitdesk command (vitest.config.ts): they run the compiled dist/ —
 * what an installed package runs, without tsx compiling TypeScript in every process they start (~0.5 s each,
 * hundreds of times) — so dist/ is made again here whenever a file it is made from is newer than it.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** What `npm run dist` reads, and the file it writes last. */
const INPUTS = [
  "src",
  "layouts",
  "registry",
  "scripts/dist.js",
  "tsconfig.json",
  "tsconfig.build.json",
  "package.json",
];
const LAST_WRITTEN = "dist/world-registry.json";

/** The newest modification time of a file or of any file below a folder. */
function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const name of readdirSync(path)) latest = Math.max(latest, newest(join(path, name)));
  return latest;
}

export default function setup(): void {
  const made = join(ROOT, LAST_WRITTEN);
  const madeAt = existsSync(made) ? statSync(made).mtimeMs : 0;
  if (INPUTS.every((input) => newest(join(ROOT, input)) < madeAt)) return;
  const run = spawnSync(process.execPath, [join(ROOT, "scripts/dist.js")], { cwd: ROOT, stdio: "inherit" });
  if (run.status !== 0)
    throw new Error("npm run dist failed: the tests of the summitdesk command cannot run");
}
