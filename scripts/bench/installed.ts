/**
 * What a newsroom runs: summitdesk as npm installs it, compiled JavaScript from dist/ (a checkout runs its
 * TypeScript through tsx instead, ~0.5 s more at every start; bin/summitdesk.js). The bench compiles dist/ as
 * `npm ci` and `npm pack` do (`npm run dist`), lays out the package's published files (package.json "files")
 * in a scratch folder beside a link to this checkout's node_modules, and runs that copy's bin/summitdesk.js.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "./corpus.ts";

/** The checkout's own entry point (TypeScript through tsx). */
export const CHECKOUT_BIN = join(REPO_ROOT, "bin/summitdesk.js");

/** Compiles dist/ and lays out an installed copy of the package under `scratch`; returns its bin/summitdesk.js. */
export function installedBin(scratch: string): string {
  const dist = spawnSync(process.execPath, [join(REPO_ROOT, "scripts/dist.js")], { encoding: "utf8" });
  if (dist.status !== 0) throw new Error(`bench: npm run dist failed\n${dist.stdout}${dist.stderr}`);
  const copy = mkdtempSync(join(scratch, "summitdesk-installed-"));
  const manifest = JSON.parse(readFileSync(join(REPO_ROOT, "package.json"), "utf8")) as { files: string[] };
  for (const entry of ["package.json", ...manifest.files]) {
    const from = join(REPO_ROOT, entry);
    if (existsSync(from)) cpSync(from, join(copy, entry), { recursive: true });
  }
  symlinkSync(join(REPO_ROOT, "node_modules"), join(copy, "node_modules"), "dir");
  const bin = join(copy, "bin/summitdesk.js");
  // bin/summitdesk.js runs dist/ only where there are no sources beside it: check this copy is such a one.
  if (existsSync(join(copy, "src/cli/main.ts"))) throw new Error(`bench: ${copy} holds sources`);
  return bin;
}
