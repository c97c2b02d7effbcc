/**
 * `--help` and `--version` come from bin/summitdesk.js and src/cli/commands.js alone: no tsx, no Eleventy, no
 * child process, so they answer at once. Proven by running them from a copy of those two files with no
 * node_modules at all (anything heavier would fail to load). Speed itself is measured by `npm run bench:help`.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { removeProject, writeProject } from "../helpers/project.ts";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const roots: string[] = [];
afterAll(() => roots.forEach(removeProject));

function bare(): string {
  const dir = writeProject({});
  roots.push(dir);
  for (const file of ["bin/summitdesk.js", "src/cli/commands.js", "package.json"]) {
    mkdirSync(join(dir, file, ".."), { recursive: true });
    copyFileSync(join(REPO, file), join(dir, file));
  }
  return dir;
}

const run = (dir: string, args: string[]) =>
  spawnSync(process.execPath, [join(dir, "bin/summitdesk.js"), ...args], { cwd: dir, encoding: "utf8" });

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
