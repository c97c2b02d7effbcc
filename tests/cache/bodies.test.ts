/**
 * Bodies the build cache keeps on disk reach pages exactly as bodies held in memory, are read only when a page
 * asks, and are made again from the article file when the kept copy cannot be used.
 */
import { describe, expect, it } from "vitest";
import { bodyDigest } from "../../src/cache/bodies.ts";
import type { ArticleCache, KeptBodies } from "../../src/cache/index.ts";
import type { ContentFiles, SourceFile } from "../../src/load/index.ts";
import { runPipeline } from "../../src/pipeline.ts";
import { article, REGISTRY, registrySources } from "../helpers/project.ts";

const files: ContentFiles = {
  registry: registrySources(REGISTRY),
  articles: [
    {
      path: "content/articles/2025/tokajew.md",
      text: article(
        "title: Tokajew in Tianjin\ndate: 2025-08-31 09:30\nlang: de",
        "Kasachstans Präsident Tokajew traf Xi Jinping beim SOZ-Gipfel.",
      ),
    },
    {
      path: "content/articles/2025/xi.md",
      text: article("title: Xi hosts the SCO\ndate: 2025-08-31 18:00\nlang: en", "Xi Jinping welcomed Modi."),
    },
  ],
};
const options = { dev: false, now: Date.parse("2026-01-01T00:00:00Z") };

/** The cache of a first run with every body moved to `disk`, as writing the build cache leaves it. */
function keptOnDisk(disk: Map<string, string>): ArticleCache {
  const first = runPipeline(files, options);
  const cache: ArticleCache = new Map();
  for (const [key, { body, ...rest }] of first.cache) {
    if (body !== undefined) disk.set(key, body);
    cache.set(key, body === undefined ? rest : { ...rest, bodyFile: bodyDigest(body) });
  }
  return cache;
}

/** A stand-in for the bodies folder: `disk` by key, checked against the digest; the files as `sources` has them. */
function kept(disk: Map<string, string>, sources: readonly SourceFile[], reads: string[] = []): KeptBodies {
  return {
    read(key, digest) {
      reads.push(key);
      const body = disk.get(key);
      return body !== undefined && bodyDigest(body) === digest ? body : undefined;
    },
    source: (path) => sources.find((f) => f.path === path),
  };
}

describe("bodies kept on disk", () => {
  const held = runPipeline(files, options).model;
  const ids = [...(held?.articles.keys() ?? [])];

  it("give every page the body a build holding them gives, read only when asked", () => {
    const disk = new Map<string, string>();
    const reads: string[] = [];
    const cache = keptOnDisk(disk);
    const model = runPipeline(files, { ...options, cache, bodies: kept(disk, files.articles, reads) }).model;
    expect(reads).toEqual([]);
    expect(ids.length).toBe(2);
    for (const id of ids) expect(model?.bodies.get(id), id).toBe(held?.bodies.get(id));
    expect(reads).toHaveLength(2);
    // Asked again (a feed carries the newest articles many times), a body just read is not read again.
    for (const id of ids) expect(model?.bodies.get(id), id).toBe(held?.bodies.get(id));
    expect(reads).toHaveLength(2);
    // Pages are fingerprinted alike: the digests do not depend on where the body is.
    expect(model?.digests).toEqual(held?.digests);
  });

  it("make a body again from its file when the kept copy is gone or damaged", () => {
    const disk = new Map<string, string>();
    const cache = keptOnDisk(disk);
    for (const key of disk.keys()) disk.set(key, `${disk.get(key)}<script>alert(1)</script>`);
    const model = runPipeline(files, { ...options, cache, bodies: kept(disk, files.articles) }).model;
    for (const id of ids) expect(model?.bodies.get(id), id).toBe(held?.bodies.get(id));
    disk.clear();
    const again = runPipeline(files, { ...options, cache, bodies: kept(disk, files.articles) }).model;
    for (const id of ids) expect(again?.bodies.get(id), id).toBe(held?.bodies.get(id));
  });

  it("refuse to stand in a file changed since the build read it for a body that cannot be read", () => {
    const disk = new Map<string, string>();
    const cache = keptOnDisk(disk);
    disk.clear();
    const changed = files.articles.map((f) => ({ ...f, text: `${f.text}\nEin neuer Satz.\n` }));
    const model = runPipeline(files, { ...options, cache, bodies: kept(disk, changed) }).model;
    expect(() => model?.bodies.get(ids[0] ?? "")).toThrow(/changed during the build.*build again/);
  });
});
