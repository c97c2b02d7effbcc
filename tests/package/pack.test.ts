/**
 * The package as a second newsroom gets it: `npm pack`, installed into an empty folder from the npm cache alone
 * (scripts/lib/packedSite.ts), then `summitdesk init` and `summitdesk build` there. Proves that the tarball holds
 * what a site needs and nothing of ours besides, that it runs compiled JavaScript (tsx is not even installed),
 * that its worker threads start from dist/, and that its types compile in a site's TypeScript.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installOffline, packRepository } from "../../scripts/lib/packedSite.ts";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const site = mkdtempSync(join(tmpdir(), "summitdesk-pack-"));
let tarball = "";

/** Runs a command in the site as its editors would: its own node_modules/.bin first on the PATH. */
function inSite(command: string, args: readonly string[], env: Record<string, string> = {}) {
  const r = spawnSync(command, args, {
    cwd: site,
    encoding: "utf8",
    timeout: 300_000,
    killSignal: "SIGKILL",
    env: {
      ...process.env,
      PATH: `${join(site, "node_modules", ".bin")}:${process.env.PATH ?? ""}`,
      SUMMITDESK_NOW: "2026-01-01T12:00:00Z",
      ...env,
    },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  tarball = packRepository(REPO, site);
  installOffline(site, tarball, REPO);
}, 900_000);

afterAll(() => rmSync(site, { recursive: true, force: true }));

describe("the packed package", () => {
  it("holds compiled code, layouts' assets, the world registry, the bin and the docs — no sources, tests or content", () => {
    const list = spawnSync("tar", ["-tzf", tarball], { encoding: "utf8" }).stdout.split("\n").filter(Boolean);
    for (const needed of [
      "package/bin/summitdesk.js",
      "package/dist/src/api.js",
      "package/dist/src/api.d.ts",
      "package/dist/src/pagedata/types.d.ts",
      "package/dist/src/eleventy/plugin.js",
      "package/dist/src/parallel/worker.js",
      "package/dist/src/images/cardWorker.js",
      "package/dist/src/images/cardThread.js",
      "package/dist/src/search/tether.js",
      "package/dist/src/cli/commands.js",
      "package/dist/layouts/article.js",
      "package/layouts/assets/style.css",
      "package/layouts/assets/search.js",
      "package/layouts/assets/ranking.js",
      "package/layouts/static/favicon.svg",
      "package/registry/README.md",
      "package/registry/places.yaml",
      "package/docs/theming.md",
      "package/README.md",
      "package/LICENSE",
    ]) {
      expect(list, needed).toContain(needed);
    }
    const unwanted = list.filter(
      (path) =>
        /^package\/(tests|content|scripts|src|\.github|\.ci)\//.test(path) ||
        (path.endsWith(".ts") && !path.endsWith(".d.ts")) ||
        /^package\/layouts\/[^/]+\.ts$/.test(path),
    );
    expect(unwanted).toEqual([]);
  });

  it("installs without tsx and answers from dist/", () => {
    expect(existsSync(join(site, "node_modules", "tsx"))).toBe(false);
    expect(existsSync(join(site, "node_modules", "summitdesk", "src"))).toBe(false);
    const version = inSite("summitdesk", ["--version"]);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")).version);
  });

  it("init makes a site that build turns into articles, world-registry entity pages and a search index", () => {
    const init = inSite("summitdesk", [
      "init",
      "--title",
      "Pack Desk",
      "--languages",
      "en,de",
      "--default-language",
      "en",
      "--time-zone",
      "Europe/Vienna",
      "--url",
      "https://pack.example.org/news",
    ]);
    expect(init.stderr).toBe("");
    expect(init.status).toBe(0);
    const manifest = JSON.parse(readFileSync(join(site, "package.json"), "utf8"));
    expect(manifest.scripts).toMatchObject({ build: "summitdesk build", start: "summitdesk dev" });
    // Twice is refused, and nothing is touched.
    const before = readFileSync(join(site, "content", "site.yaml"), "utf8");
    expect(inSite("summitdesk", ["init"]).status).toBe(1);
    expect(readFileSync(join(site, "content", "site.yaml"), "utf8")).toBe(before);

    // A JavaScript layout of the site's own that reuses ours from the installed package (docs/theming.md).
    mkdirSync(join(site, "layouts"));
    writeFileSync(
      join(site, "layouts", "front.11ty.js"),
      `import { LAYOUTS } from "summitdesk";

export default function ({ pageData }) {
  return LAYOUTS.front(pageData).replace('<main id="main" class="wrap">', '$&<p class="banner">Live</p>');
}
`,
    );
    const build = inSite("npm", ["run", "build", "--silent", "--", "--quiet"]);
    expect(build.stderr).toBe("");
    expect(build.status).toBe(0);
    const out = join(site, "_site");
    const article = readFileSync(join(out, "en", "2026", "welcome", "index.html"), "utf8");
    expect(article).toContain("<h1>Welcome to Pack Desk</h1>");
    // Served under /news: links carry the path.
    expect(article).toContain('href="/news/en/organisations/nato/"');
    expect(readFileSync(join(out, "en", "index.html"), "utf8")).toContain(
      '<main id="main" class="wrap"><p class="banner">Live</p>',
    );
    const nato = readFileSync(join(out, "en", "organisations", "nato", "index.html"), "utf8");
    expect(nato).toContain("North Atlantic Treaty Organization");
    expect(readFileSync(join(out, "de", "organisationen", "g7", "index.html"), "utf8")).toContain("G7");
    expect(existsSync(join(out, "pagefind", "en-00", "pagefind.js"))).toBe(true);
    expect(existsSync(join(out, "pagefind", "de-00", "pagefind.js"))).toBe(true);
    // Social cards are drawn in worker threads: started from dist/.
    expect(article).toMatch(
      /<meta property="og:image" content="https:\/\/pack\.example\.org\/news\/img\/card-/,
    );
  });

  it("starts the article worker thread from dist/", () => {
    writeFileSync(
      join(site, "worker-check.mjs"),
      `import { Worker } from "node:worker_threads";
import { readContent } from "summitdesk";
const files = readContent(process.cwd()).value;
const worker = new Worker(new URL("./node_modules/summitdesk/dist/src/parallel/worker.js", import.meta.url), { workerData: { files } });
worker.once("message", (m) => { console.log(m.outcomes.length); process.exit(0); });
worker.once("error", (e) => { console.error(String(e)); process.exit(1); });
`,
    );
    const r = inSite(process.execPath, ["worker-check.mjs"]);
    expect(r.stderr).toBe("");
    expect(r.stdout.trim()).toBe("2");
  });

  it("has Eleventy's own command say in one line what to run instead", () => {
    const r = inSite(process.execPath, [join(site, "node_modules", "@11ty", "eleventy", "cmd.cjs")]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split("\n")).toEqual([
      "This is a summitdesk site: build it with `npx summitdesk build`, serve it with `npx summitdesk dev` (not npx @11ty/eleventy).",
    ]);
  });

  it("gives a site's TypeScript the types of its page data", () => {
    writeFileSync(
      join(site, "layout-types.ts"),
      `import { type ArticlePageData, LAYOUT_NAMES, type PageData } from "summitdesk/pagedata";

export const summary = (d: ArticlePageData): string => d.article.summary;
// @ts-expect-error: a page's kind is one of the layout names
export const wrong: PageData["kind"] = "articles";
export const names: readonly string[] = LAYOUT_NAMES;
`,
    );
    writeFileSync(
      join(site, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: { strict: true, module: "nodenext", target: "es2022", noEmit: true, types: [] },
        files: ["layout-types.ts"],
      }),
    );
    const tsc = join(REPO, "node_modules", "typescript", "bin", "tsc");
    const r = inSite(process.execPath, [tsc, "-p", "."]);
    expect(r.stdout + r.stderr).toBe("");
    expect(r.status).toBe(0);
  });
});
