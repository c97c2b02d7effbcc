/**
 * `--help` and `--version` come from bin/summitdesk.js and src/cli/commands.js alone: no tsx, no Eleventy, no
 * child process, so they answer at once. Proven by running them from a copy of those two files with no
 * node_modules at all (anything heavier would fail to load). Speed itself is measured by `npm run bench:help`.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { removeProject, writeProject } from "../helpers/project.ts";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const roots: string[] = [];
afterAll(() => roots.forEach(removeProject));

/**
 * The bin, the command table and package.json alone, laid out as an installed package has them (the table under
 * dist/) or, with `checkout`, as this repository has them (a src/cli/main.ts beside the table, never loaded here).
 */
function bare(checkout = false): string {
  const dir = writeProject({});
  roots.push(dir);
  const table = checkout ? "src/cli/commands.js" : "dist/src/cli/commands.js";
  const files: [string, string][] = [
    ["bin/summitdesk.js", "bin/summitdesk.js"],
    ["src/cli/commands.js", table],
    ["package.json", "package.json"],
  ];
  if (checkout) files.push(["src/cli/main.ts", "src/cli/main.ts"]);
  for (const [from, to] of files) {
    mkdirSync(join(dir, to, ".."), { recursive: true });
    copyFileSync(join(REPO, from), join(dir, to));
  }
  return dir;
}

/** Runs the copy in `dir`, laid out as `bare` made it (the tests' SUMMITDESK_DIST would make a checkout run dist/). */
const run = (dir: string, args: string[]) => {
  const { SUMMITDESK_DIST: _, ...env } = process.env;
  return spawnSync(process.execPath, [join(dir, "bin/summitdesk.js"), ...args], {
    cwd: dir,
    encoding: "utf8",
    env,
  });
};

describe("help without loading anything", () => {
  it.each([
    ["--help"],
    ["build", "--help"],
    ["check", "-h"],
    ["help", "tag"],
    ["new", "--help"],
    ["dev", "--help"],
  ])("summitdesk %s", (...args) => {
    const dir = bare();
    const r = run(dir, args);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^(usage: summitdesk|summitdesk \d)/);
  });

  it("answers --help the same way in a checkout, without tsx", () => {
    const r = run(bare(true), ["build", "--help"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^usage: summitdesk build/);
  });

  it("says in one line what to do when the package's dist/ is missing, and exits 70", () => {
    const dir = bare();
    rmSync(join(dir, "dist"), { recursive: true });
    const r = run(dir, ["--help"]);
    expect(r.status).toBe(70);
    expect(r.stderr).toMatch(/dist\/ folder is missing.*npm run dist/);
  });

  it("prints the version, and nothing is built or written", () => {
    const dir = bare();
    const version = (JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")) as { version: string })
      .version;
    expect(run(dir, ["--version"]).stdout).toBe(`${version}\n`);
    expect(run(dir, ["build", "--output", "out", "--help"]).status).toBe(0);
    expect(existsSync(join(dir, "out"))).toBe(false);
    expect(existsSync(join(dir, "_site"))).toBe(false);
  });

  it("gives the usage on stderr and exit 2 without a command", () => {
    const r = run(bare(), []);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("usage: summitdesk <command> [options]");
  });
});
