/**
 * One of each: one YAML parser doing the parsing, one markdown-it, one gray-matter; and `engines` exactly what
 * the installed packages need. Read from package-lock.json, which is what `npm ci` installs.
 */
import { readFileSync } from "node:fs";
import semver from "semver";
import { describe, expect, it } from "vitest";
import { parseLayoutYaml } from "../src/eleventy/plugin.ts";
import { parseArticleFile } from "../src/load/index.ts";

interface LockEntry {
  readonly version: string;
  readonly name?: string;
  readonly dev?: boolean;
  readonly optional?: boolean;
  readonly engines?: { readonly node?: string };
  readonly dependencies?: Record<string, string>;
}

const read = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8"));
const lock = read("../package-lock.json") as { packages: Record<string, LockEntry> };
const pkg = read("../package.json") as { engines: { node: string } };

/** Installed copies of a package (by its real name, so npm aliases count), as "path@version". */
function copies(name: string): string[] {
  return Object.entries(lock.packages)
    .filter(([path, entry]) => path.endsWith(`node_modules/${name}`) || entry.name === name)
    .map(([path, entry]) => `${path}@${entry.version}`);
}

/** Who depends on `name` (path of the dependent package). */
function dependents(name: string): string[] {
  return Object.entries(lock.packages)
    .filter(([, entry]) => entry.dependencies && name in entry.dependencies)
    .map(([path]) => path.replace(/^.*node_modules\//, ""));
}

describe("one of each", () => {
  it("installs one markdown-it: ours is the version Eleventy 3 asks for", () => {
    expect(copies("markdown-it")).toEqual(["node_modules/markdown-it@14.3.3"]);
  });

  it("installs one gray-matter, Eleventy's maintained fork, which brings no YAML parser of its own", () => {
    expect(copies("gray-matter")).toHaveLength(1);
    expect(copies("@11ty/gray-matter")).toEqual(copies("gray-matter"));
  });

  it("keeps js-yaml only because Eleventy and gray-matter import it; one copy, and nothing of ours uses it", () => {
    expect(copies("js-yaml")).toEqual([expect.stringMatching(/^node_modules\/js-yaml@4\./)]);
    expect(dependents("js-yaml").sort()).toEqual(["@11ty/eleventy", "gray-matter"]);
    expect(copies("yaml")).toHaveLength(1);
    for (const other of ["yamljs", "yaml-js", "js-yaml-loader", "toml", "@iarna/toml"])
      expect(copies(other)).toEqual([]);
  });

  it("parses front matter with the yaml package: dates stay text (js-yaml would make them Date objects)", () => {
    const parsed = parseArticleFile({ path: "a.md", text: "---\ntitle: A\ndate: 2025-08-31\n---\nText\n" });
    expect(parsed.value?.data.date).toBe("2025-08-31");
    expect(parseLayoutYaml("date: 2025-08-31\nlayout: base")).toEqual({ date: "2025-08-31", layout: "base" });
    expect(parseLayoutYaml("")).toEqual({});
  });
});

describe("engines", () => {
  const installed = Object.entries(lock.packages).filter(([path, entry]) => path && entry.engines?.node);

  it("admits only Node versions every installed package supports", () => {
    const refusing = installed
      .filter(([, entry]) => !semver.subset(pkg.engines.node, entry.engines?.node ?? "*"))
      .map(([path, entry]) => `${path.replace(/^.*node_modules\//, "")} needs ${entry.engines?.node}`);
    expect(refusing).toEqual([]);
  });

  it("refuses no version without a reason: each excluded release line is refused by some package", () => {
    for (const version of ["20.18.3", "21.7.3", "22.15.1", "23.11.1"]) {
      expect(semver.satisfies(version, pkg.engines.node)).toBe(false);
      const refusedBy = installed.filter(
        ([, entry]) => !semver.satisfies(version, entry.engines?.node ?? "*"),
      );
      expect(refusedBy.length, `nothing needs more than Node ${version}`).toBeGreaterThan(0);
    }
    for (const version of ["20.19.0", "22.16.0", "24.0.0"])
      expect(semver.satisfies(version, pkg.engines.node)).toBe(true);
  });
});
