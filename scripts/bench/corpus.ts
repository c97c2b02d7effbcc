/**
 * The synthetic project: the sample registry and site config copied from this repository, plus N generated
 * articles. Generation is pure and streaming (article i depends only on seed and i), so 100k fits in memory.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type GeneratedFile, generateArticle } from "./article.ts";

/** The default seed of `npm run bench`. */
export const DEFAULT_SEED = 20250831;

/** The repository root (two levels above this file). */
export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Every file of a corpus of `articles` articles: registry and site config first, then the articles. */
export function* corpusFiles(articles: number, seed = DEFAULT_SEED): Generator<GeneratedFile> {
  const registry = join(REPO_ROOT, "content/registry");
  for (const name of readdirSync(registry)
    .filter((n) => n.endsWith(".yaml"))
    .sort()) {
    yield { path: `content/registry/${name}`, text: readFileSync(join(registry, name), "utf8") };
  }
  yield { path: "content/site.yaml", text: readFileSync(join(REPO_ROOT, "content/site.yaml"), "utf8") };
  for (let i = 0; i < articles; i++) yield generateArticle(seed, i);
}

/** Writes the corpus into `root`; returns the number of articles and their total size in bytes. */
export function writeCorpus(
  root: string,
  articles: number,
  seed = DEFAULT_SEED,
): { articles: number; bytes: number } {
  let bytes = 0;
  const made = new Set<string>();
  for (const file of corpusFiles(articles, seed)) {
    const abs = join(root, file.path);
    const dir = dirname(abs);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(abs, file.text);
    if (file.path.startsWith("content/articles/")) bytes += Buffer.byteLength(file.text);
  }
  return { articles, bytes };
}
