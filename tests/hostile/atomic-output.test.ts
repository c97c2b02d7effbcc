/**
 * Output is swapped in whole or not at all: a build that fails at any point, including a template throwing
 * half-way through rendering, leaves the previous output exactly as it was; pages of deleted articles go.
 */
import { existsSync, lstatSync, readdirSync, readlinkSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeSite } from "../../src/eleventy/build.ts";
import type { Page } from "../../src/render/pages.ts";
import { runCli } from "../helpers/cli.ts";
import { article, REGISTRY } from "../helpers/project.ts";
import { build, check, hashTree, project } from "./helpers.ts";

const files = {
  ...REGISTRY,
  "content/articles/2025/one.md": article("title: One\ndate: 2025-06-01\nlang: en"),
  "content/articles/2025/two.md": article("title: Two\ndate: 2025-06-02\nlang: en"),
};

/**
 * Names next to the output folder, besides the complete site it links to: temp and old folders must never be
 * left behind.
 */
function siblings(root: string): string[] {
  const site = join(root, "_site");
  const linked = existsSync(site) && lstatSync(site).isSymbolicLink() ? readlinkSync(site) : undefined;
  return readdirSync(root)
    .filter((n) => n.startsWith("_site") && n !== linked)
    .sort();
}

describe("atomic output", () => {
  it("leaves the previous output exactly as it was when content has errors (CLI)", async () => {
    const root = project(files);
    const { out } = await build(root);
    const before = hashTree(out);
    writeFileSync(
      join(root, "content/articles/2025/three.md"),
      article("title: Three\ndate: 2026-02-30\nlang: en"),
    );
    const run = runCli(root, ["build"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("content/articles/2025/three.md:3:7  error  2026-02-30 does not exist");
    expect(run.stderr).toContain("Build stopped: nothing was written; _site/ is unchanged.");
    expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    expect(hashTree(out)).toEqual(before);
    expect(siblings(root)).toEqual(["_site"]);
  });

  it("leaves the previous output exactly as it was when a template throws half-way through", async () => {
    const root = project(files);
    const { model, out } = await build(root);
    const before = hashTree(out);
    const pages = [...model.pages];
    const bogus: Page = { kind: "article", url: "/en/2025/bogus/", lang: "en", id: "en/no-such-article" };
    pages.splice(Math.floor(pages.length / 2), 0, bogus);
    await expect(writeSite(root, "_site", { ...model, pages })).rejects.toThrow(
      "summitdesk: no article en/no-such-article",
    );
    expect(hashTree(out)).toEqual(before);
    expect(siblings(root)).toEqual(["_site"]);
  });

  it("stops the search indexer running beside the renderer when a later page throws", async () => {
    const root = project(files);
    const { model, out } = await build(root);
    const before = hashTree(out);
    // A stand-in Pagefind that would write a marker after a while, unless it is stopped first.
    const marker = join(root, "pagefind-finished");
    const slow = join(root, "slow-pagefind.sh");
    writeFileSync(slow, `#!/bin/sh\nsleep 2\ntouch '${marker}'\n`, { mode: 0o755 });
    const bogus: Page = {
      kind: "term",
      url: "/en/bogus/",
      lang: "en",
      key: "person:nobody",
      pageNumber: 1,
      pageCount: 1,
    };
    const previous = process.env.PAGEFIND_BINARY_PATH;
    process.env.PAGEFIND_BINARY_PATH = slow;
    try {
      await expect(writeSite(root, "_site", { ...model, pages: [...model.pages, bogus] })).rejects.toThrow(
        "summitdesk: no term person:nobody",
      );
    } finally {
      if (previous === undefined) delete process.env.PAGEFIND_BINARY_PATH;
      else process.env.PAGEFIND_BINARY_PATH = previous;
    }
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(existsSync(marker)).toBe(false);
    expect(hashTree(out)).toEqual(before);
    expect(siblings(root)).toEqual(["_site"]);
  });

  it("refuses a page URL that would leave the output folder, before writing anything", async () => {
    const root = project(files);
    const { model, out } = await build(root);
    const before = hashTree(out);
    for (const url of ["/../escape/", "/en/../../escape/", "//evil/", "/en/%2e%2e/x/", "/en/x/..\\..\\y/"]) {
      const page = { ...model.pages.find((p) => p.kind === "notFound"), url } as Page;
      await expect(writeSite(root, "_site", { ...model, pages: [...model.pages, page] })).rejects.toThrow(
        "refusing unsafe output URL",
      );
      expect(existsSync(join(root, "escape"))).toBe(false);
      expect(existsSync(join(root, "..", "escape"))).toBe(false);
    }
    expect(hashTree(out)).toEqual(before);
    expect(siblings(root)).toEqual(["_site"]);
  });

  it("removes the pages of a deleted article, and stale files, on the next build", async () => {
    const root = project(files);
    const { out } = await build(root);
    expect(existsSync(join(out, "en/2025/two/index.html"))).toBe(true);
    writeFileSync(join(out, "stale.html"), "left over");
    rmSync(join(root, "content/articles/2025/two.md"));
    await build(root);
    expect(existsSync(join(out, "en/2025/two/index.html"))).toBe(false);
    expect(existsSync(join(out, "stale.html"))).toBe(false);
    expect(existsSync(join(out, "en/2025/one/index.html"))).toBe(true);
    expect(siblings(root)).toEqual(["_site"]);
  });

  it("writes nothing at all when the first build fails", () => {
    const root = project({ ...files, "content/articles/2025/bad.md": "---js\n{}\n---\n" });
    expect(check(root).model).toBeUndefined();
    const run = runCli(root, ["build"]);
    expect(run.status).toBe(1);
    expect(siblings(root)).toEqual([]);
  });
});
