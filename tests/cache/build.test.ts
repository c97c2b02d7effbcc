/**
 * The build cache: outcomes of unchanged articles are reused from the last build, and a warm build writes
 * exactly the site a cold one does — whatever changed in between (an article, the registry) or broke (the file).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { serialize } from "node:v8";
import { afterAll, describe, expect, it } from "vitest";
import { CACHE_DIR } from "../../src/cache/store.ts";
import { runCli } from "../helpers/cli.ts";
import { article, builtCopies, readTree, registryProjects } from "../helpers/project.ts";

const project = registryProjects(afterAll);

const files = {
  "content/articles/2025/tokajew.md": article(
    "title: Tokajew in Tianjin\ndate: 2025-08-31 09:30\nlang: de\npeople: [Tokajew]",
    "Kasachstans Präsident Tokajew sprach in Tianjin mit Xi Jinping. Auch die Beraterin Aigul Nurtasowa war dort.",
  ),
  "content/articles/2025/xi.md": article(
    "title: Xi hosts the SCO\ndate: 2025-08-31 18:00\nlang: en",
    "Xi Jinping welcomed the SCO leaders in Tianjin.",
  ),
};

/** The cache's bucket files. */
function buckets(root: string): string[] {
  return readdirSync(join(root, CACHE_DIR, "articles")).sort();
}

/** Builds with stage output on; returns how many articles came from the cache and the written site. */
function build(
  root: string,
  out: string,
  ...flags: string[]
): { hits: string; reused: string; site: Map<string, string> } {
  const run = runCli(root, ["build", "--output", out, ...flags], { SUMMITDESK_TIMINGS: "1" });
  expect(run.stderr).not.toContain("error");
  expect(run.status).toBe(0);
  return {
    hits: /cache (\d+ of \d+) articles/.exec(run.stderr)?.[1] ?? "",
    reused: /search index reused: (.*)/.exec(run.stderr)?.[1] ?? "",
    site: readTree(join(root, out)),
  };
}

/** Copies of the project built once cold: most tests here begin there. */
const built = builtCopies(project, files, (root) => build(root, "_site"));

describe("build cache", () => {
  it("reuses every unchanged article on the next build and writes the same site", () => {
    const { root, built: cold } = built();
    expect(cold.hits).toBe("0 of 2");
    expect(buckets(root).length).toBeGreaterThan(0);
    const warm = build(root, "_site");
    expect(warm.hits).toBe("2 of 2");
    expect(warm.site).toEqual(cold.site);
  });

  it("processes an edited article again and keeps the others", () => {
    const { root } = built();
    // The cold build kept the tagger's lexicon of each language; the edit's build reads the English one back
    // instead of building it again (which would write it anew).
    const lexicons = () =>
      readdirSync(join(root, CACHE_DIR, "tagger"))
        .sort()
        .map((name) => {
          const { ino, mtimeMs } = statSync(join(root, CACHE_DIR, "tagger", name));
          return `${name.slice(0, 3)} ${ino} ${mtimeMs}`;
        });
    const kept = lexicons();
    expect(kept.map((l) => l.slice(0, 3))).toEqual(["de-", "en-"]);
    const path = join(root, "content/articles/2025/xi.md");
    writeFileSync(path, readFileSync(path, "utf8").replace("Xi hosts the SCO", "Xi opens the SCO summit"));
    const warm = build(root, "_site");
    expect(warm.hits).toBe("1 of 2");
    expect(lexicons()).toEqual(kept);
    expect(warm.site.get("en/2025/xi/index.html")).toContain("Xi opens the SCO summit");
    expect(warm.site).toEqual(build(root, "_cold", "--no-cache").site);
  });

  it("starts cold when the registry changes: a person added there is linked in bodies cached before", () => {
    const { root, built: before } = built();
    // Someone the world registry does not know, added to the site's own registry.
    expect(before.site.get("de/2025/tokajew/index.html")).not.toContain("/de/personen/aigul-nurtasova/");
    const people = join(root, "content/registry/people.yaml");
    writeFileSync(
      people,
      `${readFileSync(people, "utf8")}aigul-nurtasova:\n  name: { en: Aigul Nurtasova, de: Aigul Nurtasowa }\n  country: KZ\n`,
    );
    const after = build(root, "_site");
    expect(after.hits).toBe("0 of 2");
    expect(after.site.get("de/2025/tokajew/index.html")).toContain('href="/de/personen/aigul-nurtasova/"');
    expect(after.site).toEqual(build(root, "_cold", "--no-cache").site);
  });

  it("does not read outcomes made with a registry the stamps say has changed since", () => {
    // The article cache folder made unreadable: a build that reads it says so.
    const unreadable = (root: string) => {
      rmSync(join(root, CACHE_DIR, "articles"), { recursive: true });
      writeFileSync(join(root, CACHE_DIR, "articles"), "not a folder");
    };
    const said = (root: string) =>
      runCli(root, ["build", "--output", "_site"], { SUMMITDESK_TIMINGS: "1" }).stderr;
    const same = built().root;
    unreadable(same);
    expect(said(same)).toContain("the build cache is not used");
    const edited = built().root;
    unreadable(edited);
    const people = join(edited, "content/registry/people.yaml");
    writeFileSync(people, readFileSync(people, "utf8").replace("short: [Xi]", "short: [Xi, Xi Dada]"));
    const stderr = said(edited);
    expect(stderr).not.toContain("the build cache is not used");
    expect(stderr).toMatch(/cache 0 of 2 articles/);
  });

  it("ignores damaged cache files or ones written by another version, and replaces them", () => {
    const { root, built: first } = built();
    const cold = first.site;
    for (const junk of [
      () => Buffer.from("not a cache"),
      (file: string) => readFileSync(file).subarray(0, 1000),
      () => serialize({ format: 3, code: "an older summitdesk", entries: new Map() }),
    ]) {
      for (const name of buckets(root)) {
        const file = join(root, CACHE_DIR, "articles", name);
        writeFileSync(file, junk(file));
      }
      const again = build(root, "_site");
      expect(again.hits).toBe("0 of 2");
      expect(again.site).toEqual(cold);
    }
    expect(build(root, "_site").hits).toBe("2 of 2");
  });

  it("after one edit rewrites only the buckets of that article, byte for byte the rest stays", () => {
    const many = Object.fromEntries(
      Array.from({ length: 12 }, (_, i) => [
        `content/articles/2025/a${i}.md`,
        article(`title: Artikel ${i}\ndate: 2025-06-${String(i + 1).padStart(2, "0")}\nlang: de`, "Text."),
      ]),
    );
    const root = project(many);
    build(root, "_site");
    const before = new Map(buckets(root).map((n) => [n, readFileSync(join(root, CACHE_DIR, "articles", n))]));
    const path = join(root, "content/articles/2025/a3.md");
    writeFileSync(path, readFileSync(path, "utf8").replace("Text.", "Neuer Text."));
    expect(build(root, "_site").hits).toBe("11 of 12");
    const after = buckets(root);
    const kept = after.filter((n) =>
      before.get(n)?.equals(readFileSync(join(root, CACHE_DIR, "articles", n))),
    );
    // The old version's bucket and the new version's bucket change; every other one is untouched.
    expect(after.length - kept.length).toBeLessThanOrEqual(2);
    expect(before.size - kept.length).toBeLessThanOrEqual(2);
    expect(kept.length).toBeGreaterThan(0);
  });

  it("copies the search index of a language whose article pages are unchanged, and indexes the other", () => {
    const { root, built: cold } = built();
    expect(cold.reused).toBe("none");
    expect(build(root, "_site").reused).toBe("de-00 en-00");
    const path = join(root, "content/articles/2025/xi.md");
    writeFileSync(path, readFileSync(path, "utf8").replace("welcomed", "greeted"));
    const warm = build(root, "_site");
    expect(warm.reused).toBe("de-00");
    expect([...warm.site.keys()].filter((f) => f.startsWith("pagefind/en-00/fragment/")).length).toBe(1);
    expect(warm.site).toEqual(build(root, "_cold", "--no-cache").site);
  });

  it("--no-cache neither reads nor writes a cache", () => {
    const root = project(files);
    mkdirSync(join(root, ".cache"), { recursive: true });
    build(root, "_site", "--no-cache");
    expect(existsSync(join(root, CACHE_DIR))).toBe(false);
  });
});
