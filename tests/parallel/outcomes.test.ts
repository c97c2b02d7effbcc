/** Articles processed on a worker thread come out exactly as the pipeline's own processing makes them. */
import { describe, expect, it } from "vitest";
import { contentKey, contextKey } from "../../src/cache/index.ts";
import type { ContentFiles } from "../../src/load/index.ts";
import { processInParallel } from "../../src/parallel/index.ts";
import { articleContext, processArticle, runPipeline } from "../../src/pipeline.ts";
import { article, REGISTRY, registrySources } from "../helpers/project.ts";

const files: ContentFiles = {
  registry: registrySources(REGISTRY),
  articles: [
    ...Array.from({ length: 8 }, (_, i) => ({
      path: `content/articles/2025/a${i}.md`,
      text: article(
        `title: Tokajew in Tianjin ${i}\ndate: 2025-08-31 0${i}:30\nlang: ${i % 2 ? "en" : "de"}`,
        "Kasachstans Präsident Tokajew traf Xi Jinping beim SOZ-Gipfel. Kazakhstan's president met Xi.",
      ),
    })),
    { path: "content/articles/2025/broken.md", text: article("title: Broken\ndate: 2025-02-30") },
    {
      path: "content/articles/2025/draft.md",
      text: article("title: Entwurf\ndate: 2025-09-01\ndraft: true"),
    },
  ],
};

describe("processing articles on two threads", () => {
  it("gives every article the outcome the pipeline itself computes, body included", async () => {
    const { cache, processed } = await processInParallel(files, new Map(), 2, 2);
    expect(processed).toBe(files.articles.length);
    const ctx = articleContext(files);
    const context = contextKey(files);
    for (const file of files.articles) {
      const expected = processArticle(file, ctx);
      expect(cache.get(contentKey(context, file)), file.path).toEqual(expected);
    }
  });

  it("leaves what is cached alone and does nothing when there is too little to share", async () => {
    const { cache } = await processInParallel(files, new Map(), 2, 2);
    const again = await processInParallel(files, cache, 2, 2);
    expect(again).toEqual({ cache, processed: 0 });
    const few = await processInParallel(files, new Map(), 2, 1_000);
    expect(few.processed).toBe(0);
    expect(await processInParallel(files, new Map(), 1, 2)).toEqual({ cache: new Map(), processed: 0 });
  });

  it("does the worker's share itself when the worker cannot run", async () => {
    const missing = new URL("./no-such-worker.js", import.meta.url);
    const heard: number[] = [];
    const { cache, processed } = await processInParallel(files, new Map(), 2, 2, missing, {
      onProgress: (done, total) => {
        expect(total).toBe(files.articles.length);
        heard.push(done);
      },
    });
    expect(processed).toBe(files.articles.length);
    // Progress only grows, stays short of all until the other share is in, and ends at all.
    expect(heard).toEqual([...heard].sort((a, b) => a - b));
    expect(heard.slice(0, -1).every((n) => n < files.articles.length)).toBe(true);
    expect(heard.at(-1)).toBe(files.articles.length);
    expect(cache).toEqual((await processInParallel(files, new Map(), 2, 2)).cache);
  });

  it("builds the same model from thread outcomes as from a sequential run", async () => {
    const { cache } = await processInParallel(
      { ...files, articles: files.articles.slice(0, 8) },
      new Map(),
      2,
      2,
    );
    const options = { dev: false, now: Date.parse("2026-01-01T00:00:00Z") };
    const sequential = runPipeline({ ...files, articles: files.articles.slice(0, 8) }, options);
    const heard: string[] = [];
    const threaded = runPipeline(
      { ...files, articles: files.articles.slice(0, 8) },
      { ...options, cache, onArticle: (done, total) => heard.push(`${done}/${total}`) },
    );
    expect(heard).toEqual(Array.from({ length: 8 }, (_, i) => `${i + 1}/8`));
    expect(threaded.cacheHits).toBe(8);
    for (const id of sequential.model?.articles.keys() ?? []) {
      expect(threaded.model?.bodies.get(id), id).toBe(sequential.model?.bodies.get(id));
    }
    expect(threaded.model?.pages).toEqual(sequential.model?.pages);
    expect(threaded.diagnostics).toEqual(sequential.diagnostics);
  });
});
