/**
 * The benchmark's synthetic corpus (scripts/bench) is deterministic and valid content: the same seed and size
 * give byte-identical files, and `summitdesk check` accepts every generated article.
 */
import { describe, expect, it } from "vitest";
import { corpusFiles, DEFAULT_SEED, writeCorpus } from "../../scripts/bench/corpus.ts";
import { runCli } from "../helpers/cli.ts";
import { readTree, removeProject, writeProject } from "../helpers/project.ts";

const snapshot = (n: number, seed = DEFAULT_SEED) =>
  [...corpusFiles(n, seed)].map((f) => `${f.path}\n${f.text}`);

describe("bench corpus", () => {
  it("generates byte-identical files for the same seed and size", () => {
    const first = snapshot(20);
    expect(snapshot(20)).toEqual(first);
    expect(first.filter((f) => f.startsWith("content/articles/"))).toHaveLength(20);
    expect(snapshot(20, DEFAULT_SEED + 1)).not.toEqual(first);
  });

  it("writes the same bytes to disk twice", () => {
    const a = writeProject({});
    const b = writeProject({});
    try {
      writeCorpus(a, 20);
      writeCorpus(b, 20);
      expect(readTree(b)).toEqual(readTree(a));
    } finally {
      removeProject(a);
      removeProject(b);
    }
  });

  it("writes articles of about 660 words in both languages", () => {
    const articles = [...corpusFiles(20)].filter((f) => f.path.startsWith("content/articles/"));
    const langs = articles.map((f) => /^lang: (\w+)$/m.exec(f.text)?.[1]);
    expect(langs.filter((l) => l === "de")).toHaveLength(10);
    expect(langs.filter((l) => l === "en")).toHaveLength(10);
    for (const f of articles) {
      const words = (f.text.split("\n---\n")[1] ?? "").split(/\s+/).length;
      expect(words).toBeGreaterThan(600);
      expect(words).toBeLessThan(800);
    }
  });

  it("passes summitdesk check without errors", () => {
    const root = writeProject({});
    try {
      writeCorpus(root, 20);
      const run = runCli(root, ["check"]);
      expect(run.stderr).not.toMatch(/\berror\b/);
      expect(run.status).toBe(0);
    } finally {
      removeProject(root);
    }
  });
});
