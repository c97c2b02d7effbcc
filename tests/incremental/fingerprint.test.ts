/**
 * Which pages an edit renders again: page fingerprints of the sample site before and after one edit to one
 * article. An edit of the text that tags nothing new must render its page and the feeds that carry its text,
 * not the lists and site-wide files that only show its card; an edit that tags someone new must reach those.
 */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { pageFingerprints } from "../../src/incremental/index.ts";
import { type ContentFiles, readContent, readImages } from "../../src/load/index.ts";
import { runPipeline } from "../../src/pipeline.ts";
import { articleId, type Page } from "../../src/render/index.ts";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const NOW = Date.parse("2025-09-02T12:00:00Z");
const FILE = "content/articles/2025/nato-gipfel-einigt-sich-auf-fuenf-prozent.md";
const images = readImages(REPO);
const content = readContent(REPO).value;

function build(files: ContentFiles, now = NOW) {
  const { model } = runPipeline(files, { dev: false, now, images });
  if (!model) throw new Error("the sample content has errors");
  return model;
}

/** The sample content with `text` appended to the body of FILE. */
function appended(text: string): ContentFiles {
  const articles = content.articles.map((file) =>
    file.path === FILE ? { ...file, text: `${file.text.trimEnd()}\n\n${text}\n` } : file,
  );
  expect(articles.some((file, i) => file !== content.articles[i])).toBe(true);
  return { ...content, articles };
}

/** The pages whose fingerprint differs between the sample site and `files`. */
function renderedAgain(files: ContentFiles): Page[] {
  const before = build(content);
  const after = build(files);
  const old = pageFingerprints(before, "g").fps;
  const now = pageFingerprints(after, "g").fps;
  return after.pages.filter((page) => old.get(page.url) !== now.get(page.url));
}

describe("page fingerprints after an edit of one article's text", () => {
  it("render its page and the feeds with its text again, not the pages that show its card", () => {
    const again = renderedAgain(appended("Die Beratungen gingen bis in den späten Abend weiter."));
    const kinds = new Set(again.map((page) => page.kind));
    expect(kinds).toEqual(new Set(["article", "feed"]));
    expect(again.filter((page) => page.kind === "article").map((page) => page.url)).toEqual([
      "/de/2025/nato-gipfel-einigt-sich-auf-fuenf-prozent/",
    ]);
  });

  it("render the pages of an entity the new text names, and the site-wide files", () => {
    const again = renderedAgain(appended("Auch Indiens Premierminister Narendra Modi äußerte sich dazu."));
    const urls = again.map((page) => page.url);
    const modi = again.filter((page) => page.kind === "term" && page.key === "person:modi");
    expect(modi.map((page) => page.url)).toEqual(["/de/personen/modi/"]);
    expect(urls).toContain("/api/articles.json");
    expect(urls).toContain("/de/");
  });
});

describe("page fingerprints a day later, the content unchanged", () => {
  it("render the pages that depend on the day again, not the API files or the sitemap", () => {
    const old = pageFingerprints(build(content), "g").fps;
    const later = build(content, NOW + 86_400_000);
    const now = pageFingerprints(later, "g").fps;
    const again = new Set(later.pages.filter((p) => old.get(p.url) !== now.get(p.url)).map((p) => p.url));
    expect(again).toContain("/de/");
    expect(again).toContain("/news-sitemap.xml");
    for (const url of ["/api/articles.json", "/api/entities.json", "/sitemap.xml", "/robots.txt"]) {
      expect(again).not.toContain(url);
    }
  });
});

describe("page fingerprints in a process that builds again (build --watch)", () => {
  it("are the same whether its lists' digests are remembered or made anew", () => {
    const before = build(content);
    const first = pageFingerprints(before, "g").fps;
    // Another site in between (its lists remembered instead), then this one again, twice: made anew, then
    // remembered — each time the fingerprints of the first computation.
    pageFingerprints(build(appended("Auch Indiens Premierminister Narendra Modi äußerte sich dazu.")), "g");
    for (let i = 0; i < 2; i++) expect(pageFingerprints(build(content), "g").fps).toEqual(first);
  });
});

describe("page fingerprints after a registry edit that only teaches the tagger a name", () => {
  it("render the pages of the articles tagged with that entity, whose search names list it, and no other", () => {
    const PEOPLE = "content/registry/people.yaml";
    const registry = content.registry.map((file) =>
      file.path === PEOPLE
        ? {
            ...file,
            text: file.text.replace("  short: [Máxima, Maxima]\n", "$&  aliases: [Máxima Zorreguieta]\n"),
          }
        : file,
    );
    expect(registry.some((file, i) => file !== content.registry[i])).toBe(true);
    const after = build({ ...content, registry });
    const tagged = after.index.articles.filter((a) => a.entities.some((tag) => tag.key === "person:maxima"));
    expect(tagged.length).toBeGreaterThan(0);
    const again = renderedAgain({ ...content, registry });
    expect(again.every((page) => page.kind === "article")).toBe(true);
    expect(again.map((page) => page.url).sort()).toEqual(
      after.pages
        .filter((page) => page.kind === "article" && tagged.some((a) => articleId(a) === page.id))
        .map((page) => page.url)
        .sort(),
    );
  });
});
