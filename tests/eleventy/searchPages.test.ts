/**
 * Pagefind reads a shard's pages from the site being built, so every page of a shard it indexes must be there
 * when it starts, although an edit's build keeps most unchanged article pages only after that (they are not on
 * the path the build waits for). When a language's archive doubles, its shards are planned anew: shards with no
 * page rendered are indexed, and the site must still be the clean build's, file for file.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.ts";
import { readTree } from "../helpers/project.ts";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const root = mkdtempSync(join(tmpdir(), "summitdesk-search-pages-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function build(at: string, pagesPerShard: number, args: string[] = []): string {
  const run = runCli(at, ["build", ...args], {
    SUMMITDESK_SEARCH_SHARD_PAGES: String(pagesPerShard),
    SUMMITDESK_TIMINGS: "1",
  });
  expect(run.status, run.stderr).toBe(0);
  return run.stderr;
}

/** A short German article about nothing the others are about, dated before them all (in no list of theirs). */
const note = (n: number) => `---
title: "Notiz Nummer ${n} aus der Redaktion"
date: 2025-01-0${n} 09:00
lang: de
author: Laura Fischer
summary: "Eine kurze Notiz der Redaktion, Nummer ${n}."
---
Die Redaktion hat am Morgen ihre Arbeitsräume neu eingerichtet. Die Notiz Nummer ${n} hält fest, wer welchen Schreibtisch bekommt.
`;

describe("an edit's build, when a language's shards are planned anew", () => {
  it("indexes every page of every shard, as a clean build does", () => {
    // Nine German articles in shards of up to five pages: two shards. Two more make eleven: four shards, all
    // new, most of whose pages are kept from the last build, not rendered.
    const site = join(root, "site");
    cpSync(join(REPO, "content"), join(site, "content"), { recursive: true });
    build(site, 5);
    build(site, 5);
    for (const n of [1, 2]) writeFileSync(join(site, `content/articles/2025/notiz-${n}.md`), note(n));
    const report = build(site, 5);
    const bundles = readdirSync(join(site, "_site/pagefind")).filter((name) => name.startsWith("de-"));
    expect(bundles).toEqual(["de-00", "de-01", "de-02", "de-03"]);
    expect(report).toMatch(/; [4-9] search shards indexed;/);
    const clean = join(root, "clean");
    cpSync(join(site, "content"), join(clean, "content"), { recursive: true });
    build(clean, 5, ["--no-cache"]);
    expect(readTree(join(site, "_site"))).toEqual(readTree(join(clean, "_site")));
  }, 240_000);
});
