/**
 * The site's search (src/search/shards.ts, loaded in the browser by layouts/assets/search.js) against a single
 * full Pagefind index over the same pages: a small `npm run bench:search` in Chromium, on 500 articles. A
 * language is one shard by default, so search must show exactly what one index shows; splitting a language
 * (SUMMITDESK_SEARCH_SHARD_PAGES) is measured by the script, not pinned here — its ranking differs (BENCHMARKS.md).
 * Skips (saying why) when /usr/bin/chromium is missing; CI installs it.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, realpathSync } from "node:fs";
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

const ARTICLES = 500;

describe.skipIf(!existsSync(CHROMIUM))(
  existsSync(CHROMIUM)
    ? "search shards against a single full index"
    : `search shards against a single full index (skipped: ${CHROMIUM} not found)`,
  () => {
    let project: TempProject | undefined;
    let results: QueryOverlap[] = [];

    beforeAll(async () => {
      project = createProject(ARTICLES, DEFAULT_SEED);
      const cmd = ourBuild(project.root);
      const built = spawnSync(cmd.command, [...cmd.args], { cwd: cmd.cwd, env: cmd.env, encoding: "utf8" });
      expect(built.status, built.stderr).toBe(0);
      const site = realpathSync(join(project.root, OUR_OUTPUT));
      expect(readdirSync(join(site, "pagefind")).sort()).toEqual(["de-00", "en-00"]);
      await writeFullIndex(site);
      // One word of each frequency band and language, names, filters, browsing: 30 queries.
      results = await compareSearch(site, overlapQueries(corpusFiles(ARTICLES, DEFAULT_SEED), 1));
    }, 180_000);

    afterAll(() => {
      if (project) removeProject(project);
    });

    it("lists exactly the full index's articles, newest first, when browsing by filter alone", () => {
      const browsing = results.filter((r) => r.term === "");
      expect(browsing.length).toBeGreaterThanOrEqual(4);
      for (const r of browsing) {
        expect(r.full.length).toBeGreaterThan(0);
        expect(r.ours).toEqual(r.full);
        expect(r.oursTotal).toBe(r.fullTotal);
      }
    });

    // Issue 13's bar (top-10 overlap >= 0.9); with one shard a language the search must match exactly.
    it("finds the same top 10 as the full index for term queries, with and without filters", () => {
      const terms = results.filter((r) => r.term !== "");
      const summary = summarise(terms);
      expect(summary.measured).toBeGreaterThanOrEqual(20);
      expect(summary.totalsDiffer).toBe(0);
      expect(summary.min).toBeGreaterThanOrEqual(0.9);
      for (const r of terms) expect(r.ours, r.term).toEqual(r.full);
    });
  },
);
