/**
 * `summitdesk init`: a working site from flags alone, never overwriting a file. Run in-process (no child):
 * what it writes is checked by running the real pipeline over it; building it is the pack test's part.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readContent } from "../../src/load/index.ts";
import { runPipeline } from "../../src/pipeline.ts";
import { runMain } from "../helpers/main.ts";

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
function emptyFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), "summitdesk-init-"));
  dirs.push(dir);
  return dir;
}
const read = (dir: string, path: string) => readFileSync(join(dir, path), "utf8");

describe("summitdesk init", () => {
  it("writes a site whose content passes every check, with pages for the world registry's entities", async () => {
    const dir = emptyFolder();
    const r = await runMain(dir, [
      "init",
      "--title",
      "Gipfel: Wache",
      "--time-zone",
      "Europe/Vienna",
      "--url",
      "https://news.example.at/",
    ]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(read(dir, "content/site.yaml")).toBe(
      [
        "# Site settings, read by summitdesk; EDITING.md explains each one.",
        'title: "Gipfel: Wache"',
        "description:",
        "  de: Berichte von internationalen Gipfeltreffen",
        "  en: Reporting from international summits",
        "url: https://news.example.at/",
        "languages: [de, en]",
        "defaultLang: de",
        "timeZone: Europe/Vienna",
        "pageSize: 20",
        "summitWindow: { before: 7, after: 7 }",
        "",
      ].join("\n"),
    );
    for (const path of [
      "content/articles/2026/willkommen.md",
      "content/articles/2026/welcome.md",
      "content/registry/README.md",
      "eleventy.config.js",
      ".gitignore",
      "package.json",
    ]) {
      expect(existsSync(join(dir, path)), path).toBe(true);
    }
    expect(read(dir, "content/articles/2026/welcome.md")).toMatch(
      /^---\ntitle: "Welcome to Gipfel: Wache"\ndate: 2026-01-01 01:00\n/,
    );
    expect(read(dir, ".gitignore")).toBe("node_modules/\n_site\n_site.*\n.cache/\n");
    expect(read(dir, "eleventy.config.js")).toBe(
      read(join(import.meta.dirname, "..", ".."), "eleventy.config.js"),
    );
    const files = readContent(dir);
    const result = runPipeline(files.value, { dev: false, now: Date.parse("2026-01-01T12:00:00Z") });
    expect([...files.diagnostics, ...result.diagnostics].filter((d) => d.severity !== "info")).toEqual([]);
    const urls = new Set(result.model?.pages.map((p) => p.url));
    for (const url of [
      "/de/2026/willkommen/",
      "/en/2026/welcome/",
      "/en/organisations/nato/",
      "/de/organisationen/g7/",
    ]) {
      expect(urls.has(url), url).toBe(true);
    }
    expect(r.stdout).toContain("Next: npx summitdesk dev");
  });

  it("makes a one-language site when asked", async () => {
    const dir = emptyFolder();
    const r = await runMain(dir, ["init", "--languages", "en", "--time-zone", "UTC"]);
    expect(r.code).toBe(0);
    expect(read(dir, "content/site.yaml")).toContain("title: Summit Desk\n");
    expect(existsSync(join(dir, "content/articles/2026/willkommen.md"))).toBe(false);
    const result = runPipeline(readContent(dir).value, {
      dev: false,
      now: Date.parse("2026-01-01T12:00:00Z"),
    });
    expect(result.model?.config.languages).toEqual(["en"]);
    expect(result.model?.pages.some((p) => p.url.startsWith("/de/"))).toBe(false);
    expect(r.stdout).toContain("Set url: in content/site.yaml");
  });

  it("refuses to overwrite anything, and writes nothing then", async () => {
    const dir = emptyFolder();
    mkdirSync(join(dir, "content"));
    writeFileSync(join(dir, "content", "site.yaml"), "title: Mine\n");
    const r = await runMain(dir, ["init"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^content\/site\.yaml already exists; nothing was written\./);
    expect(read(dir, "content/site.yaml")).toBe("title: Mine\n");
    expect(existsSync(join(dir, "content", "articles"))).toBe(false);
    expect(existsSync(join(dir, "package.json"))).toBe(false);
  });

  it("adds only the npm scripts package.json lacks, and keeps an existing .gitignore", async () => {
    const dir = emptyFolder();
    const manifest = {
      name: "paper",
      scripts: { build: "make site" },
      devDependencies: { summitdesk: "^0.1.0" },
    };
    writeFileSync(join(dir, "package.json"), JSON.stringify(manifest));
    writeFileSync(join(dir, ".gitignore"), "node_modules/\n");
    const r = await runMain(dir, ["init", "--time-zone", "UTC"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(read(dir, "package.json"))).toEqual({
      ...manifest,
      type: "module",
      scripts: {
        build: "make site",
        start: "summitdesk dev",
        dev: "summitdesk dev",
        check: "summitdesk check",
      },
    });
    expect(read(dir, ".gitignore")).toBe("node_modules/\n");
    expect(r.stdout).toContain("Your .gitignore was kept; add _site, _site.*, .cache/ to it.");
  });

  it("creates the folder --root names, with the content folder --content names", async () => {
    const dir = emptyFolder();
    const r = await runMain(dir, ["init", "--root", "site", "--content", "site/text", "--time-zone", "UTC"]);
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, "site", "text", "site.yaml"))).toBe(true);
    expect(JSON.parse(read(join(dir, "site"), "package.json")).scripts.build).toBe(
      "summitdesk build --content text",
    );
    expect(r.stdout).toContain("Next: cd site && npx summitdesk dev");
  });

  it("says what to type when a flag is wrong, and writes nothing (exit 2)", async () => {
    const cases: [string[], string][] = [
      [["--languages", "fr"], "--languages fr: give de, en or de,en (comma-separated).\n"],
      [
        ["--languages", "en", "--default-language", "de"],
        "--default-language de is not among --languages en.\n",
      ],
      [
        ["--time-zone", "Berlin"],
        "--time-zone Berlin is not an IANA time zone; write it like Europe/Berlin or America/New_York.\n",
      ],
      [
        ["--url", "news.example.org"],
        "--url news.example.org: give the site's absolute address, e.g. https://news.example.org\n",
      ],
      [["--title", " "], "--title needs a name for the site of 1 to 200 characters.\n"],
    ];
    for (const [flags, message] of cases) {
      const dir = emptyFolder();
      const r = await runMain(dir, ["init", ...flags]);
      expect([r.code, r.stderr], flags.join(" ")).toEqual([2, message]);
      expect(existsSync(join(dir, "content")), flags.join(" ")).toBe(false);
    }
  });
});
