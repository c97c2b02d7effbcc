/**
 * What of the registry every page depends on (src/incremental/registryDigest.ts): an edit that only teaches the
 * tagger a name (an alias, a short form, an inflection, an office's words) leaves the global digest alone, so an
 * incremental build renders only the pages whose articles it changed; an edit of anything a page shows changes
 * it, as before. And no page-making code but an article's search names reads the fields left out.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { globalDigest } from "../../src/cli/digest.ts";
import { MATCHING_ONLY, shownRegistryDigest } from "../../src/incremental/index.ts";
import { readContent } from "../../src/load/index.ts";
import { runRegistry } from "../../src/pipeline.ts";
import { article, REGISTRY, registryProjects } from "../helpers/project.ts";

const project = registryProjects(afterAll);
const PEOPLE = "content/registry/people.yaml";
const OFFICES = "content/registry/offices.yaml";
const ORGANISATIONS = "content/registry/organisations.yaml";

function digests(root: string): { shown: string; global: string } {
  const files = readContent(root).value;
  const { registry } = runRegistry(files);
  return { shown: shownRegistryDigest(registry), global: globalDigest(files, registry, false, root) };
}

const site = {
  "content/site.yaml": "url: https://example.org\ndefaultLang: de\n",
  "content/articles/2025/a.md": article("title: A\ndate: 2025-08-31 10:00\nlang: de\nauthor: Anna Becker"),
};

/** Edits that only teach the tagger a name: [file, text before, text after]. */
const NAMING: readonly [string, string, string][] = [
  [PEOPLE, "short: [Tokajew, Tokayev, Tokaev]", "short: [Tokajew, Tokayev, Tokaev, Tokajev]"],
  [PEOPLE, "  short: [Xi]\n", "  short: [Xi]\n  aliases: [Xi Dada]\n"],
  [
    OFFICES,
    "words: { en: [President], de: [Präsident] }",
    "words: { en: [President], de: [Präsident, Staatschef] }",
  ],
  [ORGANISATIONS, "  founded: 2001\n", "  founded: 2001\n  inflections: [SOZ-Staaten]\n"],
  // A line added above an entry moves the line every entry below it was read from.
  [PEOPLE, "tokayev:\n", "# Checked again in December.\ntokayev:\n"],
];

/** Edits of what pages show. */
const SHOWN: readonly [string, string, string][] = [
  [PEOPLE, "name: Xi Jinping", "name: { en: Xi Jinping, de: Xi Jinping (Staatspräsident) }"],
  [
    PEOPLE,
    '{ office: kz-head-of-state, from: "2019-03-20" }',
    '{ office: kz-head-of-state, from: "2019-03-21" }',
  ],
  [OFFICES, "title: { en: President of China,", "title: { en: President of the People's Republic of China,"],
  [ORGANISATIONS, "founded: 2001", "founded: 2001-06-15"],
  [ORGANISATIONS, '{ country: BY, from: "2024-07-04" }', '{ country: BY, from: "2024-07-05" }'],
  [
    PEOPLE,
    "  country: CN\n",
    "  country: CN\n  description: { en: Leader of China, de: Chinas Staatschef }\n",
  ],
];

function edited(root: string, [file, from, to]: readonly [string, string, string], run: () => void): void {
  const original = REGISTRY[file as keyof typeof REGISTRY];
  expect(original.includes(from), `${file}: ${from}`).toBe(true);
  writeFileSync(join(root, file), original.replace(from, to));
  try {
    run();
  } finally {
    writeFileSync(join(root, file), original);
  }
}

describe("the global digest of a site with our layouts", () => {
  const root = project(site);

  it("stays when an edit only teaches the tagger a name", () => {
    const before = digests(root);
    for (const edit of NAMING) {
      edited(root, edit, () => {
        const after = digests(root);
        expect(after.shown, edit[2]).toBe(before.shown);
        expect(after.global, edit[2]).toBe(before.global);
      });
    }
  });

  it("changes with every edit of what a page shows, and back", () => {
    const before = digests(root);
    const seen = new Set([before.global]);
    for (const edit of SHOWN) {
      edited(root, edit, () => {
        const after = digests(root);
        expect(seen.has(after.global), edit[2]).toBe(false);
        seen.add(after.global);
      });
      expect(digests(root).global).toBe(before.global);
    }
  });

  it("changes when an entity is added", () => {
    const before = digests(root).global;
    edited(root, [PEOPLE, "xi-jinping:\n", "li-qiang:\n  name: Li Qiang\nxi-jinping:\n"], () => {
      expect(digests(root).global).not.toBe(before);
    });
  });
});

describe("the global digest of a site with layouts of its own", () => {
  const root = project({ ...site, "layouts/article.njk": "<main>{{ content | safe }}</main>\n" });

  it("changes with every registry edit: its layouts may show any field of any page's data", () => {
    const before = digests(root);
    for (const edit of NAMING) {
      edited(root, edit, () => {
        const after = digests(root);
        expect(after.shown, edit[2]).toBe(before.shown);
        expect(after.global, edit[2]).not.toBe(before.global);
      });
    }
  });
});

describe("the fields the global digest leaves out", () => {
  /** Folders of code that makes what pages show (the tagger, validation and advice only read content). */
  const SHOWING = [
    "src/pagedata",
    "src/seo",
    "src/render",
    "src/feeds",
    "src/lists",
    "src/maps",
    "src/charts",
    "src/front",
    "src/topics",
    "src/stats",
    "src/related",
    "src/images",
    "src/index",
    "src/eleventy",
    "layouts",
  ];
  const REPO = join(import.meta.dirname, "../..");
  const filesBelow = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? filesBelow(join(dir, e.name)) : /\.(ts|js)$/.test(e.name) ? [join(dir, e.name)] : [],
    );

  it("are read by no code that makes pages but an article's search names, which its fingerprint takes", () => {
    const readers = new Set<string>();
    const field = new RegExp(`\\.(${[...MATCHING_ONLY].filter((f) => f !== "source").join("|")})\\b`);
    for (const dir of SHOWING) {
      for (const file of filesBelow(join(REPO, dir))) {
        const text = readFileSync(file, "utf8");
        if (text.split("\n").some((line) => field.test(line) && !/^\s*(\*|\/\/)/.test(line))) {
          readers.add(relative(REPO, file));
        }
      }
    }
    expect([...readers]).toEqual(["src/pagedata/article.ts"]);
  });
});
