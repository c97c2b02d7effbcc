import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli, STAGE_LINE, withoutProgress } from "../helpers/cli.ts";
import { article, builtCopies, REGISTRY, readTree, registryProjects } from "../helpers/project.ts";

const project = registryProjects(afterAll);

const good = {
  "content/articles/2025/tokajew-trifft-xi.md": article(
    `title: Tokajew trifft Xi in Tianjin
date: 2025-08-31 09:30
lang: de
author: Anna Becker
people: [Tokajew, Xi]
summit: sco-2025-tianjin`,
    "Kasachstans Präsident sprach in Tianjin mit Xi Jinping.",
  ),
  "content/articles/2025/tokayev-meets-xi.md": article(
    `title: Tokayev meets Xi in Tianjin
date: 2025-08-31T16:00:00+08:00
lang: en
people: [tokayev]
summit: SCO Summit 2025 in Tianjin`,
  ),
};

/** Copies of the good project built once: tests of what follows a build begin there. */
const built = builtCopies(project, good, (root) => runCli(root, ["build"]).status);

describe("summitdesk build", () => {
  it("builds article, country, person, organisation and summit pages that link each other", () => {
    const root = project(good);
    const run = runCli(root, ["build"]);
    expect(withoutProgress(run.stderr)).toBe("");
    expect(run.status).toBe(0);
    const site = readTree(join(root, "_site"));
    const articlePage = site.get("de/2025/tokajew-trifft-xi/index.html") ?? "";
    expect(articlePage).toContain("<h1>Tokajew trifft Xi in Tianjin</h1>");
    // The date names its zone and links to its month in the archive.
    expect(articlePage).toContain(
      '<a class="date-link" href="/de/2025/08/"><time datetime="2025-08-31T09:30:00+02:00">31. August 2025, 09:30 Uhr MESZ</time></a>',
    );
    // article → country, person, summit
    for (const href of [
      "/de/laender/kz/",
      "/de/laender/cn/",
      "/de/personen/tokayev/",
      "/de/gipfel/sco-2025-tianjin/",
    ]) {
      expect(articlePage).toContain(`href="${href}"`);
    }
    // country → article; summit → article and host country
    expect(site.get("de/laender/kz/index.html")).toContain('href="/de/2025/tokajew-trifft-xi/"');
    const summit = site.get("de/gipfel/sco-2025-tianjin/index.html") ?? "";
    expect(summit).toContain('href="/de/2025/tokajew-trifft-xi/"');
    expect(summit).toContain('<a href="/de/laender/cn/">China</a>');
    expect(summit).toContain("31. August – 1. September 2025");
    // English edition, English UI and names
    const en = site.get("en/2025/tokayev-meets-xi/index.html") ?? "";
    expect(en).toContain('<html lang="en">');
    expect(en).toContain("31 August 2025, 10:00 CEST"); // 16:00 in Tianjin is 10:00 in Berlin
    expect(site.get("en/countries/kz/index.html")).toContain("<h1>Kazakhstan</h1>");
    // list pages and API
    expect(site.get("de/laender/index.html")).toContain('href="/de/laender/kz/"');
    const api = JSON.parse(site.get("api/articles.json") ?? "{}");
    expect(api.articles.map((a: { url: string }) => a.url)).toEqual([
      "/en/2025/tokayev-meets-xi/",
      "/de/2025/tokajew-trifft-xi/",
    ]);
    expect(api.articles[1]).toMatchObject({
      lang: "de",
      summit: "sco-2025-tianjin",
      people: expect.arrayContaining(["tokayev", "xi-jinping"]),
    });
    const entities = JSON.parse(site.get("api/entities.json") ?? "{}");
    expect(entities.entities).toContainEqual(
      expect.objectContaining({
        type: "country",
        id: "KZ",
        urls: { de: "/de/laender/kz/", en: "/en/countries/kz/" },
      }),
    );
  });

  it("produces byte-identical output on a second build", () => {
    const { root, built: status } = built();
    expect(status).toBe(0);
    const first = readTree(join(root, "_site"));
    expect(runCli(root, ["build"], { TZ: "Pacific/Kiritimati" }).status).toBe(0);
    expect(readTree(join(root, "_site"))).toEqual(first);
  });

  it("reports every error of a broken site at once, exits 1 and leaves the previous output untouched", () => {
    const { root, built: status } = built();
    expect(status).toBe(0);
    const before = readTree(join(root, "_site"));
    writeFiles(root, {
      "content/articles/2025/bad-yaml.md": "---\ntitle: [unclosed\ndate: 2025-08-31\n---\n",
      "content/articles/2025/no-title.md": article("date: 2025-08-31"),
      "content/articles/2025/feb-30.md": article("title: Feb\ndate: 2026-02-30"),
      "content/articles/2025/misspelt.md": article("title: Typo\ndate: 2025-08-31\npeople: [Tokayew]"),
    });
    const run = runCli(root, ["build"]);
    expect(run.status).toBe(1);
    expect(run.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/); // no stack trace
    expect(run.stderr).toContain("content/articles/2025/bad-yaml.md:3:1  error  YAML cannot be read");
    expect(run.stderr).toContain(
      "content/articles/2025/feb-30.md:3:7  error  2026-02-30 does not exist: February 2026 has 28 days.",
    );
    expect(run.stderr).toContain(
      'content/articles/2025/misspelt.md:4:10  error  Unknown person "Tokayew" in people.  entities/unknown-ref',
    );
    expect(run.stderr).toContain('hint: Did you mean "tokayev" (Kassym-Schomart Tokajew)?');
    expect(run.stderr).toContain(
      'content/articles/2025/no-title.md:2:1  error  Missing required field "title".',
    );
    expect(run.stderr).toContain("4 errors, 0 warnings");
    expect(readTree(join(root, "_site"))).toEqual(before);
  });

  it("does not keep pages of deleted articles: their URL says the article was removed", () => {
    const { root, built: status } = built();
    expect(status).toBe(0);
    const page = join(root, "_site/en/2025/tokayev-meets-xi/index.html");
    expect(readFileSync(page, "utf8")).toContain("<h1>Tokayev meets Xi in Tianjin</h1>");
    rmSync(join(root, "content/articles/2025/tokayev-meets-xi.md"));
    expect(runCli(root, ["build"]).status).toBe(0);
    // The URL is in urls.yaml since the first build: a "removed" page instead of a 404 (src/urls).
    const removed = readFileSync(page, "utf8");
    expect(removed).not.toContain("Tokayev meets Xi");
    expect(removed).toContain("<h1>Article removed</h1>");
    expect(readTree(join(root, "_site")).get("api/articles.json")).not.toContain("tokayev-meets-xi");
  });

  it("keeps one version of each picture in its cache: a card no page shows any more leaves it", () => {
    const { root, built: status } = built();
    expect(status).toBe(0);
    const cache = join(root, ".cache/summitdesk/images");
    const before = new Set(readdirSync(cache));
    const card = (site: Map<string, string>) =>
      /property="og:image" content="[^"]*\/img\/([^"/]+)"/.exec(
        site.get("en/2025/tokayev-meets-xi/index.html") ?? "",
      )?.[1];
    const oldCard = card(readTree(join(root, "_site")));
    expect(oldCard && before.has(oldCard)).toBe(true);
    const path = join(root, "content/articles/2025/tokayev-meets-xi.md");
    writeFileSync(path, readFileSync(path, "utf8").replace("Tokayev meets Xi", "Tokayev and Xi talk"));
    expect(runCli(root, ["build"]).status).toBe(0);
    const after = new Set(readdirSync(cache));
    const newCard = card(readTree(join(root, "_site")));
    expect(newCard).not.toBe(oldCard);
    expect(after.has(newCard ?? "")).toBe(true);
    expect(after.has(oldCard ?? "")).toBe(false);
    expect(after.size).toBe(before.size);
  });
});

describe("summitdesk build: progress", () => {
  it("without a terminal prints one line per stage with its count and duration; --quiet prints none", () => {
    const root = project(good);
    const run = runCli(root, ["build"]);
    expect(run.status).toBe(0);
    const lines = run.stderr.trimEnd().split("\n");
    for (const line of lines) expect(line).toMatch(STAGE_LINE);
    expect(lines.map((l) => l.split(" ")[0])).toEqual([
      "read",
      "registry",
      "articles",
      "plan",
      "render",
      "search",
      "pictures",
    ]);
    expect(lines[0]).toMatch(/^read 2 articles in /);
    expect(lines[1]).toMatch(/^registry \d+ files in /);
    expect(lines[2]).toMatch(/^articles 2 in \d+\.\d\d s$/);
    // One search shard a language (src/search/shards.ts).
    expect(lines[5]).toMatch(/^search 2 shards in /);
    // The pages planned are rendered, with the URL ledger's _redirects.
    const planned = Number(/^plan (\d+) pages/.exec(lines[3] ?? "")?.[1]);
    expect(planned).toBeGreaterThan(20);
    expect(lines[4]).toMatch(new RegExp(`^render ${planned + 1} pages in `));
    // The result stays on stdout, alone.
    expect(run.stdout).toMatch(/^Wrote \d+ files to _site\/ in \d+\.\d\d s \(2 articles\)\.\n/);

    const again = runCli(root, ["build"]);
    expect(again.stderr).toMatch(/^articles 2 in \d+\.\d\d s \(2 from the cache\)$/m);
    // Nothing changed: the files of the last build are kept, and no search shard is indexed again.
    expect(again.stderr).toMatch(/^render \d+ pages in \d+\.\d\d s \(\d+ files kept from the last build\)$/m);
    expect(again.stderr).toMatch(/^search 0 shards in \d+\.\d\d s \(2 from the cache\)$/m);
    const quiet = runCli(root, ["build", "--quiet"]);
    expect(quiet).toMatchObject({ status: 0, stderr: "" });
    expect(quiet.stdout).toContain("Wrote ");
  });
});

describe("summitdesk build --root --content --output", () => {
  it("builds a site kept elsewhere, from a content folder of another name, into the folder given", () => {
    const parent = project({});
    const site = join(parent, "site");
    for (const [path, text] of Object.entries({ ...REGISTRY, ...good })) {
      const target = join(site, path.replace(/^content\//, "texte/"));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
    const run = runCli(parent, ["build", "--root", "site", "--content", "site/texte", "--output", "public"]);
    expect(withoutProgress(run.stderr)).toBe("");
    expect(run.status).toBe(0);
    expect(readFileSync(join(parent, "public/de/2025/tokajew-trifft-xi/index.html"), "utf8")).toContain(
      "<h1>Tokajew trifft Xi in Tianjin</h1>",
    );
    // The ledger belongs to the site's root; nothing lands in the default places.
    expect(readFileSync(join(site, "urls.json"), "utf8")).toContain('"2025/tokajew-trifft-xi.md"');
    expect(existsSync(join(site, "_site"))).toBe(false);
    expect(existsSync(join(parent, "_site"))).toBe(false);
  });
});

function writeFiles(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) writeFileSync(join(root, path), text);
}
