/**
 * The global key of an incremental build (src/cli/digest.ts) changes with everything besides the articles that
 * every page may show — site.yaml, the site's registry, its UI strings, its own layouts (partials included)
 * and assets — and with nothing else: an article edit leaves it alone, so only that article's pages render.
 */
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { globalDigest } from "../../src/cli/digest.ts";
import { readContent } from "../../src/load/index.ts";
import { runRegistry } from "../../src/pipeline.ts";
import { SHARD_PAGES } from "../../src/search/index.ts";
import { article, REGISTRY, registryProjects } from "../helpers/project.ts";

const project = registryProjects(afterAll);
const root = project({
  "content/site.yaml": "url: https://example.org\ndefaultLang: de\n",
  "content/articles/2025/a.md": article("title: A\ndate: 2025-08-31 10:00\nlang: de\nauthor: Anna Becker"),
  "content/strings.yaml": 'de:\n  search: "Finden"\n',
  "layouts/article.njk": "<main>{{ content | safe }}</main>\n",
  "layouts/partials/footer.njk": "<footer></footer>\n",
  "assets/site.css": "main { color: teal }\n",
});
const digest = () => {
  const files = readContent(root).value;
  return globalDigest(files, runRegistry(files).registry, false, root);
};

describe("globalDigest", () => {
  it("changes with each site-wide input and back, never with an article", () => {
    const first = digest();
    expect(digest()).toBe(first);
    writeFileSync(
      join(root, "content/articles/2025/a.md"),
      article("title: B\ndate: 2025-08-31 10:00\nlang: de"),
    );
    expect(digest()).toBe(first);
    const seen = new Set([first]);
    const edits: [string, string, string][] = [
      [
        "content/site.yaml",
        "url: https://example.org\ndefaultLang: en\n",
        "url: https://example.org\ndefaultLang: de\n",
      ],
      ["content/strings.yaml", 'de:\n  search: "Suche"\n', 'de:\n  search: "Finden"\n'],
      [
        "layouts/article.njk",
        "<main class=x>{{ content | safe }}</main>\n",
        "<main>{{ content | safe }}</main>\n",
      ],
      ["layouts/partials/footer.njk", "<footer>!</footer>\n", "<footer></footer>\n"],
      ["layouts/front.liquid", "<main></main>\n", ""],
      ["assets/site.css", "main { color: red }\n", "main { color: teal }\n"],
      ["assets/logo.svg", "<svg/>\n", ""],
    ];
    for (const [file, changed, original] of edits) {
      writeFileSync(join(root, file), changed);
      const now = digest();
      expect(seen.has(now), file).toBe(false);
      seen.add(now);
      if (original) writeFileSync(join(root, file), original);
      else rmSync(join(root, file));
      expect(digest(), `${file} back`).toBe(first);
    }
    const registryFile = Object.keys(REGISTRY).find((f) => f.startsWith("content/registry/"));
    expect(registryFile).toBeDefined();
    writeFileSync(
      join(root, registryFile as string),
      `${REGISTRY[registryFile as keyof typeof REGISTRY]}\n# edited\n`,
    );
    expect(seen.has(digest())).toBe(false);
  });

  it("changes with the size of the search shards (the search page lists them)", () => {
    const usual = digest();
    const files = readContent(root).value;
    const { registry } = runRegistry(files);
    expect(globalDigest(files, registry, false, root, SHARD_PAGES)).toBe(usual);
    expect(globalDigest(files, registry, false, root, SHARD_PAGES + 1)).not.toBe(usual);
  });

  it("tells a missing strings file from an empty one", () => {
    const withStrings = digest();
    writeFileSync(join(root, "content/strings.yaml"), "");
    const empty = digest();
    rmSync(join(root, "content/strings.yaml"));
    expect(new Set([withStrings, empty, digest()]).size).toBe(3);
  });
});
