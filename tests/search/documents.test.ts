/**
 * Search indexes each article's search document (layouts/article.ts articleSearchDocument), not its page: an
 * edit's shard is indexed while the page is still being made. A reader must not find anything else than the page
 * shows, so Pagefind must make the same bundle from the pages themselves: this builds the sample site (lead
 * pictures, corrections, summaries, tags in both languages) and indexes its article pages again, shard by shard.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { withMainThreadExport } from "../../src/search/exposeRanking.ts";
import { pagefindBinary, shardsOf } from "../../src/search/index.ts";
import { runCli } from "../helpers/cli.ts";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const out = mkdtempSync(join(tmpdir(), "summitdesk-documents-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function files(dir: string): string[] {
  const found: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const abs = join(d, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else found.push(relative(dir, abs));
    }
  };
  walk(dir);
  return found;
}

/** Each file of a bundle by its SHA-256; `expose` opens a fresh bundle's pagefind.js as a build does. */
function bundle(dir: string, expose = false): Map<string, string> {
  const digests = new Map<string, string>();
  for (const file of files(dir)) {
    let bytes: string | Buffer = readFileSync(join(dir, file));
    if (expose && file === "pagefind.js") bytes = withMainThreadExport(bytes.toString()) ?? bytes;
    digests.set(file, createHash("sha256").update(bytes).digest("hex"));
  }
  return digests;
}

describe("the search documents", () => {
  it("make the very bundles Pagefind makes of the article pages themselves", () => {
    const site = join(out, "_site");
    const run = runCli(REPO, ["build", "--no-cache", "--output", site], {
      SUMMITDESK_NOW: "2025-09-02T12:00:00Z",
    });
    expect(run.status).toBe(0);
    const pages = files(site).filter(
      (f) => f.endsWith("index.html") && readFileSync(join(site, f), "utf8").includes("data-pagefind-body"),
    );
    const compared: string[] = [];
    for (const lang of ["de", "en"]) {
      const urls = pages.filter((f) => f.startsWith(`${lang}/`)).map((f) => `/${dirname(f)}/`);
      expect(urls.length).toBeGreaterThan(3);
      for (const [name, group] of shardsOf(lang, urls)) {
        const staged = join(out, `pages-${name}`);
        for (const url of group) {
          const file = `${url.slice(1)}index.html`;
          mkdirSync(dirname(join(staged, file)), { recursive: true });
          copyFileSync(join(site, file), join(staged, file));
        }
        const made = join(out, `bundle-${name}`);
        execFileSync(pagefindBinary(), ["--site", staged, "--output-path", made], { stdio: "ignore" });
        expect(bundle(join(site, "pagefind", name))).toEqual(bundle(made, true));
        compared.push(name);
      }
    }
    expect(compared).toEqual(["de-00", "en-00"]);
  });
});
