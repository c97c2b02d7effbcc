/**
 * URLs that never break, end to end: `summitdesk build` records every article URL in urls.json, and after
 * renames, slug changes, date changes and deletions every URL the ledger knows is still a page of the built
 * site: the article, a redirect to it, or a "removed" page. Builds through the CLI, as an editor runs them.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseLedger, serializeLedger } from "../../src/urls/index.ts";
import { runCli } from "../helpers/cli.ts";
import { article, readTree, registryProjects } from "../helpers/project.ts";
import { activeContent } from "../hostile/helpers.ts";

const project = registryProjects(afterAll);

const files = {
  "content/articles/2025/slug.md": article("title: Slug\ndate: 2025-08-01 10:00\nlang: de"),
  "content/articles/2025/datum.md": article("title: Datum\ndate: 2025-08-02 10:00\nlang: de"),
  "content/articles/2025/umbenannt.md": article("title: Umbenannt\ndate: 2025-08-03 10:00\nlang: de"),
  "content/articles/2025/geloescht.md": article("title: Gelöscht\ndate: 2025-08-04 10:00\nlang: de"),
  "content/articles/2025/translated.md": article(
    "title: Translated\ndate: 2025-08-05 10:00\nlang: en\ntranslation: story",
  ),
  "content/articles/2025/mit-id.md": article(
    "title: Mit Id\ndate: 2025-08-06 10:00\nlang: de\nid: gipfel-bericht",
  ),
  "content/articles/2025/bleibt.md": article("title: Bleibt\ndate: 2025-08-07 10:00\nlang: de"),
};

const ledgerUrls = (root: string) =>
  [...(parseLedger(readFileSync(join(root, "urls.json"), "utf8")).value?.articles.values() ?? [])].flatMap(
    (e) => e.urls,
  );

const edit = (root: string, path: string, from: string | RegExp, to: string) => {
  const abs = join(root, path);
  writeFileSync(abs, readFileSync(abs, "utf8").replace(from, to));
};

function hashes(dir: string): Map<string, string> {
  return new Map(
    [...readTree(dir)].map(([path, text]) => [path, createHash("sha256").update(text).digest("hex")]),
  );
}

/** What a URL serves in the built site `out`: the page's HTML, or undefined for a 404. */
const serve = (out: string, url: string) => {
  const file = join(out, url, "index.html");
  return existsSync(file) ? readFileSync(file, "utf8") : undefined;
};

const refreshTarget = (html: string) =>
  /<meta http-equiv="refresh" content="0; url=([^"]+)">/.exec(html)?.[1];

describe("URLs that never break", () => {
  it("serves every URL the ledger knows after renames, slug changes, date changes and deletions", () => {
    const root = project(files);
    const first = runCli(root, ["build", "--quiet"]);
    expect(first.stderr).toBe("");
    expect(first.stdout).toContain("Updated urls.json (7 new URLs); commit it with the content.");
    const published = ledgerUrls(root);
    expect(published).toHaveLength(7);

    // One edit of each kind, then a second round that moves an article again.
    edit(root, "content/articles/2025/slug.md", "title: Slug", "title: Slug\nslug: neuer-slug");
    edit(root, "content/articles/2025/datum.md", "date: 2025-08-02", "date: 2024-12-30");
    renameSync(
      join(root, "content/articles/2025/umbenannt.md"),
      join(root, "content/articles/2025/neuer-name.md"),
    );
    rmSync(join(root, "content/articles/2025/geloescht.md"));
    renameSync(
      join(root, "content/articles/2025/translated.md"),
      join(root, "content/articles/2025/english.md"),
    );
    mkdirSync(join(root, "content/articles/2025/archiv"));
    renameSync(
      join(root, "content/articles/2025/mit-id.md"),
      join(root, "content/articles/2025/archiv/bericht.md"),
    );
    const check = runCli(root, ["check", "--format", "json"]);
    const warned = JSON.parse(check.stdout).diagnostics.filter((d: { ruleId: string }) =>
      d.ruleId.startsWith("urls/"),
    );
    expect(warned.map((d: { ruleId: string }) => d.ruleId).sort()).toEqual([
      ...Array(5).fill("urls/moved"),
      "urls/removed",
    ]);
    expect(runCli(root, ["build"]).status).toBe(0);
    edit(root, "content/articles/2025/slug.md", "slug: neuer-slug", "slug: dritter-slug");
    const content = hashes(join(root, "content"));
    const last = runCli(root, ["build"]);
    expect(last.status).toBe(0);
    expect(last.stdout).toContain("Updated urls.json (1 moved article)");
    // The build wrote the site and the ledger, and never a content file.
    expect(hashes(join(root, "content"))).toEqual(content);
    // (_site is a link to the version folder beside it, and an edit's build keeps the one before as the spare
    // the next build takes its unchanged files from: src/output.)
    const versions = readdirSync(root).filter((name) => name.startsWith("_site.v-"));
    expect(versions).toHaveLength(1);
    versions.push(...readdirSync(root).filter((name) => name.startsWith("_site.spare-")));
    expect(versions.length).toBeLessThanOrEqual(2);
    expect(
      readdirSync(root)
        .filter((name) => !versions.includes(name))
        .sort(),
    ).toEqual([".cache", "_site", "content", "urls.json"]);

    const out = join(root, "_site");
    const known = ledgerUrls(root);
    expect(known).toEqual(expect.arrayContaining(published));
    expect(known).toHaveLength(7 + 5 + 1);
    const articleCsp = /<meta http-equiv="Content-Security-Policy"[^>]*>/.exec(
      serve(out, "/de/2025/bleibt/") ?? "",
    )?.[0];
    const redirects: string[] = [];
    for (const url of known) {
      const html = serve(out, url);
      expect(html, `${url} is a 404`).toBeDefined();
      const target = refreshTarget(html ?? "");
      if (target === undefined) continue;
      redirects.push(`${url} ${target} 301`);
      // One hop to a real article page, never to another redirect.
      const page = serve(out, target) ?? "";
      expect(page, `${url} → ${target}`).toContain("<article");
      expect(refreshTarget(page)).toBeUndefined();
      expect(html).toContain(`<link rel="canonical" href="https://example.org${target}">`);
      expect(html).toContain('<meta name="robots" content="noindex">');
      expect(html).toContain(`<a href="${target}">`);
      // Inert but for the refresh, which stays on the site; the same policy as every page.
      expect(activeContent(html ?? "")).toEqual([expect.stringMatching(/^meta refresh: /)]);
      expect(target).toMatch(/^\/[a-z]/);
      expect(html).toContain(articleCsp);
    }
    expect(redirects.sort()).toEqual([
      "/de/2025/datum/ /de/2024/datum/ 301",
      "/de/2025/mit-id/ /de/2025/bericht/ 301",
      "/de/2025/neuer-slug/ /de/2025/dritter-slug/ 301",
      "/de/2025/slug/ /de/2025/dritter-slug/ 301",
      "/de/2025/umbenannt/ /de/2025/neuer-name/ 301",
      "/en/2025/translated/ /en/2025/english/ 301",
    ]);
    expect(
      readFileSync(join(out, "_redirects"), "utf8")
        .split("\n")
        .filter((l) => l.startsWith("/")),
    ).toEqual(redirects.sort());
    const removed = serve(out, "/de/2025/geloescht/") ?? "";
    expect(removed).toContain("<h1>Artikel entfernt</h1>");
    expect(removed).toContain('<meta name="robots" content="noindex">');
    expect(removed).not.toContain("Gelöscht");
    const sitemap = readFileSync(join(out, "sitemap.xml"), "utf8");
    for (const url of ["/de/2025/geloescht/", "/de/2025/slug/", "/de/2025/umbenannt/"])
      expect(sitemap).not.toContain(url);
    // Nothing left to say: check is quiet about URLs once the ledger is up to date.
    const after = JSON.parse(runCli(root, ["check", "--format", "json"]).stdout).diagnostics;
    expect(after.filter((d: { ruleId: string }) => d.ruleId.startsWith("urls/"))).toEqual([]);
  });

  it("keeps the URLs the old slug rule made: a ledger seeded with them redirects to the transliterated slugs", () => {
    // The URLs summitdesk published for these files before slugs were transliterated (issue 14's examples).
    const root = project({
      "content/articles/2025/radosław-sikorski-in-łódź.md": article(
        "title: Sikorski\ndate: 2025-08-01 10:00",
      ),
      "content/articles/2025/đukanović.md": article("title: Đukanović\ndate: 2025-08-02 10:00"),
      "content/articles/2025/ærø.md": article("title: Ærø\ndate: 2025-08-03 10:00"),
      "urls.json": serializeLedger({
        articles: new Map([
          ["2025/radosław-sikorski-in-łódź.md", { lang: "de", urls: ["/de/2025/rados-aw-sikorski-in-odz/"] }],
          ["2025/đukanović.md", { lang: "de", urls: ["/de/2025/ukanovic/"] }],
          ["2025/ærø.md", { lang: "de", urls: ["/de/2025/r/"] }],
        ]),
      }),
    });
    const check = JSON.parse(runCli(root, ["check", "--format", "json"]).stdout).diagnostics;
    expect(
      check
        .filter((d: { ruleId: string }) => d.ruleId === "urls/moved")
        .map((d: { message: string }) => d.message),
    ).toEqual([
      "This article moves from /de/2025/rados-aw-sikorski-in-odz/ to /de/2025/radoslaw-sikorski-in-lodz/ (summitdesk now makes its slug differently).",
      "This article moves from /de/2025/r/ to /de/2025/aero/ (summitdesk now makes its slug differently).",
      "This article moves from /de/2025/ukanovic/ to /de/2025/dukanovic/ (summitdesk now makes its slug differently).",
    ]);
    expect(runCli(root, ["build"]).status).toBe(0);
    const out = join(root, "_site");
    for (const [old, now] of [
      ["/de/2025/rados-aw-sikorski-in-odz/", "/de/2025/radoslaw-sikorski-in-lodz/"],
      ["/de/2025/ukanovic/", "/de/2025/dukanovic/"],
      ["/de/2025/r/", "/de/2025/aero/"],
    ] as const) {
      expect(refreshTarget(serve(out, old) ?? "")).toBe(now);
      expect(serve(out, now)).toContain("<article");
    }
  });

  it("stops on a ledger it cannot read: nothing written, urls.json untouched", () => {
    const conflicted = serializeLedger({ articles: new Map() }).replace(
      '"articles": {}',
      '"articles": {\n<<<<<<< HEAD\n    "2025/bleibt.md": {"lang":"de","urls":["/de/2025/bleibt/"]}\n=======\n    "2025/slug.md": {"lang":"de","urls":["/de/2025/slug/"]}\n>>>>>>> feature\n  }',
    );
    const root = project({ ...files, "urls.json": conflicted });
    const run = runCli(root, ["build"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/urls\.json:5:1 {2}error {2}urls\.json holds an unresolved merge conflict\./);
    expect(run.stderr).toContain("keep the lines of both sides");
    expect(existsSync(join(root, "_site"))).toBe(false);
    expect(readFileSync(join(root, "urls.json"), "utf8")).toBe(conflicted);
  });
});
