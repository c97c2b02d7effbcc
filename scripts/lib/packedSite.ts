/**
 * summitdesk as a second newsroom gets it: `npm pack` of this repository, installed into a folder of its own
 * without the network. The folder's package.json asks for the tarball, and its package-lock.json pins every
 * runtime dependency to the version this repository's lock holds, so `npm ci --offline` takes each from the
 * local npm cache (where this repository's own `npm ci` put them). Without a lock npm would need the registry's
 * metadata for every version range, which the cache does not hold (tried: ENOTCACHED for @11ty/eleventy).
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";

interface LockEntry {
  readonly dev?: boolean;
  readonly devOptional?: boolean;
  readonly [key: string]: unknown;
}

/** The output of a command that must succeed; throws with its output when it does not. */
function run(command: string, args: readonly string[], cwd: string, timeout: number): string {
  const r = spawnSync(command, args, { cwd, encoding: "utf8", timeout, killSignal: "SIGKILL" });
  if (r.status !== 0) {
    throw new Error(
      `${command} ${args.join(" ")} failed (${r.status ?? r.signal}):\n${r.stdout}\n${r.stderr}`,
    );
  }
  return r.stdout;
}

/** `npm pack` of the repository into `dest` (its prepare script compiles dist/ first); the tarball's path. */
export function packRepository(repo: string, dest: string): string {
  run("npm", ["pack", "--pack-destination", dest, "--silent"], repo, 600_000);
  const tarball = readdirSync(dest).find((name) => name.startsWith("summitdesk-") && name.endsWith(".tgz"));
  if (!tarball) throw new Error(`npm pack wrote no tarball into ${dest}`);
  return join(dest, tarball);
}

/** Writes package.json and package-lock.json of a site in `dir` that depends on the tarball (in `dir` too). */
export function writeConsumer(dir: string, tarball: string, repo: string): void {
  const manifest = JSON.parse(readFileSync(join(repo, "package.json"), "utf8")) as {
    version: string;
    license: string;
    dependencies: Record<string, string>;
    bin: Record<string, string>;
    engines: Record<string, string>;
  };
  const lock = JSON.parse(readFileSync(join(repo, "package-lock.json"), "utf8")) as {
    packages: Record<string, LockEntry>;
  };
  const spec = `file:${basename(tarball)}`;
  const integrity = `sha512-${createHash("sha512").update(readFileSync(tarball)).digest("base64")}`;
  const packages: Record<string, unknown> = {
    "": { name: "pack-site", devDependencies: { summitdesk: spec } },
    "node_modules/summitdesk": {
      version: manifest.version,
      resolved: spec,
      integrity,
      dev: true,
      license: manifest.license,
      dependencies: manifest.dependencies,
      bin: manifest.bin,
      engines: manifest.engines,
    },
  };
  // Everything summitdesk needs at run time: the lock's entries that are not for development only. In the site
  // they are there for a development dependency (summitdesk), so they are marked dev.
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (path === "" || entry.dev) continue;
    const { devOptional: _, ...rest } = entry;
    packages[path] = { ...rest, dev: true };
  }
  const site = { name: "pack-site", private: true, devDependencies: { summitdesk: spec } };
  writeFileSync(join(dir, "package.json"), `${JSON.stringify(site, null, 2)}\n`);
  const lockfile = { name: "pack-site", lockfileVersion: 3, requires: true, packages };
  writeFileSync(join(dir, "package-lock.json"), `${JSON.stringify(lockfile, null, 2)}\n`);
}

/** Installs the tarball (already in `dir`) into `dir` from the npm cache alone. */
export function installOffline(dir: string, tarball: string, repo: string): void {
  writeConsumer(dir, tarball, repo);
  run("npm", ["ci", "--offline", "--no-audit", "--no-fund", "--loglevel=error"], dir, 600_000);
}
