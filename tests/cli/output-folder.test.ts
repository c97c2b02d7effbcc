/**
 * `build --output` writes only where it may replace a folder whole: an absent or empty folder, or one that
 * carries summitdesk's marker. The project, its content, .git and the cache are never an output, whatever
 * the spelling; a misspelt flag is an error, not a silent build into _site/.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it, onTestFinished } from "vitest";
import { runCli } from "../helpers/cli.ts";
import {
  article,
  REGISTRY,
  readTree,
  registryProjects,
  removeProject,
  writeProject,
} from "../helpers/project.ts";

const project = registryProjects(afterAll);

const files = {
  "content/articles/2025/a.md": article("title: A\ndate: 2025-08-31\nlang: de"),
  "content/articles/2025/b.md": article("title: B\ndate: 2025-08-31\nlang: en"),
  ".git/HEAD": "ref: refs/heads/main\n",
};

describe("build --output", () => {
  it.each([
    ["content", "content/"],
    [".", "the project folder"],
    ["./", "the project folder"],
    ["", "an empty path"],
    ["..", "contains the project folder"],
    ["content/articles", "content/"],
    ["content/../content", "content/"],
    [".git", ".git"],
    [".cache", "the build cache"],
    [".cache/summitdesk", "the build cache"],
  ])("refuses --output %j (%s), names the folder and changes nothing", (out, why) => {
    // The project sits one level down, so that ".." is a folder of the fixture too.
    const nested = Object.entries({ ...REGISTRY, ...files }).map(([k, v]) => [`project/${k}`, v]);
    const root = writeProject(Object.fromEntries(nested));
    onTestFinished(() => removeProject(root));
    const cwd = join(root, "project");
    const before = readTree(root);
    const run = runCli(cwd, ["build", "--output", out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(why);
    expect(run.stderr).toMatch(/--output/);
    expect(run.stdout).toBe("");
    expect(readTree(root)).toEqual(before);
  });

  it("refuses a folder that holds files summitdesk did not write, and says what to do", () => {
    const root = project({ ...files, "public/index.html": "<p>hand-made</p>" });
    const run = runCli(root, ["build", "--output", "public"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("public/");
    expect(run.stderr).toContain(".summitdesk-output");
    expect(run.stderr).toMatch(/delete it|choose/i);
    expect(readdirSync(join(root, "public"))).toEqual(["index.html"]);
  });

  it("refuses a symbolic link it did not make, even to a folder it may write", () => {
    const root = project(files);
    mkdirSync(join(root, "elsewhere"));
    symlinkSync("elsewhere", join(root, "_site"));
    const run = runCli(root, ["build"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("_site/: it is a symbolic link to elsewhere that summitdesk did not make");
    expect(lstatSync(join(root, "_site")).isSymbolicLink()).toBe(true);
    expect(readdirSync(join(root, "elsewhere"))).toEqual([]);
    // A link to content/ is refused for what it points to.
    rmSync(join(root, "_site"));
    symlinkSync("content", join(root, "_site"));
    expect(runCli(root, ["build"]).stderr).toContain("it is content/");
    expect(existsSync(join(root, "content/articles/2025/a.md"))).toBe(true);
  });

  it("writes into an absent, an empty, or its own earlier folder, and marks every output", () => {
    const root = project(files);
    mkdirSync(join(root, "empty"));
    for (const out of ["fresh/site", "empty", "empty"]) {
      const run = runCli(root, ["build", "--output", out]);
      // Eleventy may print a "Benchmark" note on a slow machine: errors, warnings and refusals may not appear.
      expect(run.stderr).not.toMatch(/error|warning|refusing/i);
      expect(run.status).toBe(0);
      expect(existsSync(join(root, out, ".summitdesk-output"))).toBe(true);
      expect(existsSync(join(root, out, "de/2025/a/index.html"))).toBe(true);
    }
    expect(existsSync(join(root, "content/articles/2025/a.md"))).toBe(true);
  });

  it("rejects a misspelt flag with a did-you-mean instead of building into _site/", () => {
    const root = project(files);
    const run = runCli(root, ["build", "--ouput", "out"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Unknown option "--ouput" for build. Did you mean "--output"?');
    expect(existsSync(join(root, "_site"))).toBe(false);
    expect(existsSync(join(root, "out"))).toBe(false);
    const bare = runCli(root, ["build", "--output"]);
    expect(bare.status).toBe(2);
    expect(bare.stderr).toContain("--output needs a folder");
    const stray = runCli(root, ["build", "site"]);
    expect(stray.status).toBe(2);
    expect(stray.stderr).toContain('Unexpected argument "site"');
  });

  it("accepts --output=DIR", () => {
    const root = project(files);
    const run = runCli(root, ["build", "--output=out", "--no-cache"]);
    expect(run.status).toBe(0);
    expect(existsSync(join(root, "out/de/2025/a/index.html"))).toBe(true);
  });

  it("never follows a marker planted in content/: the rule for protected folders comes first", () => {
    const root = project(files);
    writeFileSync(join(root, "content/.summitdesk-output"), "");
    expect(runCli(root, ["build", "--output", "content"]).status).toBe(2);
    expect(existsSync(join(root, "content/articles/2025/a.md"))).toBe(true);
  });
});
