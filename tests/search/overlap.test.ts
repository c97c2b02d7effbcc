/**
 * The site's search (src/search/shards.ts, loaded in the browser by layouts/assets/search.js, ranked by
 * layouts/assets/ranking.js) against a single full Pagefind index over the same pages: a small `npm run
 * bench:search` in Chromium, on 500 articles (250 a language). Built twice: as it ships (one shard a language
 * at this size), where search must show exactly what one index shows — which also proves that ranking.js makes
 * Pagefind's own scores again; and split into four shards a language (SUMMITDESK_SEARCH_SHARD_PAGES=64), which
 * must rank as one index too (issue 13's bar: top-10 overlap ≥ 0.9).
 * Skips (saying why) when /usr/bin/chromium is missing; CI installs it.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, realpathSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OUR_OUTPUT, ourBuild } from "../../scripts/bench/builds.ts";
import { corpusFiles, DEFAULT_SEED } from "../../scripts/bench/corpus.ts";
import { overlapQueries } from "../../scripts/bench/overlapQueries.ts";
import { createProject, removeProject, type TempProject } from "../../scripts/bench/project.ts";
import {
  compareSearch,
  type QueryOverlap,
  summarise,
  writeFullIndex,
} from "../../scripts/bench/searchOverlap.ts";
import { CHROMIUM } from "../../scripts/chromium.ts";
import { MAIN_THREAD_EXPORT } from "../../src/search/exposeRanking.ts";

const ARTICLES = 500;

describe.skipIf(!existsSync(CHROMIUM))(
  existsSync(CHROMIUM)
    ? "search shards against a single full index"
    : `search shards against a single full index (skipped: ${CHROMIUM} not found)`,
  () => {
    let project: TempProject | undefined;
    let results: QueryOverlap[] = [];
    let split: QueryOverlap[] = [];

    /** Builds into `output` with `env`, writes the full index beside the shards, runs the queries. */
    async function buildAndCompare(root: string, output: string, env: NodeJS.ProcessEnv, shards: string[]) {
      const cmd = ourBuild(root, [], output);
      const built = spawnSync(cmd.command, [...cmd.args], {
        cwd: cmd.cwd,
        env: { ...cmd.env, ...env },
        encoding: "utf8",
      });
      expect(built.status, built.stderr).toBe(0);
      const site = realpathSync(join(root, output));
      expect(readdirSync(join(site, "pagefind")).sort()).toEqual(shards);
      // Every bundle opened to the ranking across shards: the pinned Pagefind's pagefind.js still takes it.
      for (const shard of shards)
        expect(readFileSync(join(site, "pagefind", shard, "pagefind.js"), "utf8")).toContain(
          MAIN_THREAD_EXPORT,
        );
      await writeFullIndex(site);
      // One word of each frequency band and language, names, filters, browsing: 30 queries.
      return compareSearch(site, overlapQueries(corpusFiles(ARTICLES, DEFAULT_SEED), 1));
    }

    beforeAll(async () => {
      project = createProject(ARTICLES, DEFAULT_SEED);
      results = await buildAndCompare(project.root, OUR_OUTPUT, {}, ["de-00", "en-00"]);
      const four = ["00", "01", "02", "03"];
      split = await buildAndCompare(project.root, "_split", { SUMMITDESK_SEARCH_SHARD_PAGES: "64" }, [
        ...four.map((n) => `de-${n}`),
        ...four.map((n) => `en-${n}`),
      ]);
    }, 360_000);

    afterAll(() => {
      if (project) removeProject(project);
    });

    it("lists exactly the full index's articles, newest first, when browsing by filter alone", () => {
      for (const found of [results, split]) {
        const browsing = found.filter((r) => r.term === "");
        expect(browsing.length).toBeGreaterThanOrEqual(4);
        for (const r of browsing) {
          expect(r.full.length).toBeGreaterThan(0);
          expect(r.ours).toEqual(r.full);
          expect(r.oursTotal).toBe(r.fullTotal);
        }
      }
    });

    // With one shard a language the search must match exactly.
    it("finds the same top 10 as the full index for term queries, with and without filters", () => {
      const terms = results.filter((r) => r.term !== "");
      const summary = summarise(terms);
      expect(summary.measured).toBeGreaterThanOrEqual(20);
      expect(summary.totalsDiffer).toBe(0);
      expect(summary.min).toBeGreaterThanOrEqual(0.9);
      for (const r of terms) expect(r.ours, r.term).toEqual(r.full);
      // ranking.js makes Pagefind's own scores again from the parts it reports (float32 rounding aside).
      expect(summary.rescoreError).toBeLessThan(1e-4);
    });

    // Four shards a language, each scoring by its own statistics: ranked as one index all the same.
    it("ranks a language split into shards as the full index does (top-10 overlap ≥ 0.9)", () => {
      const terms = split.filter((r) => r.term !== "");
      const summary = summarise(terms);
      expect(summary.measured).toBeGreaterThanOrEqual(20);
      expect(summary.mean).toBeGreaterThanOrEqual(0.9);
      const exact = terms.filter((r) => r.ours.join() === r.full.join()).length;
      expect(exact / terms.length).toBeGreaterThanOrEqual(0.8);
    });
  },
);
