/** site.yaml `languages`: a site may publish one edition; then nothing points to the other. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderPage } from "../../layouts/index.ts";
import { readSiteConfig } from "../../src/config/index.ts";
import { parseYaml, readContent } from "../../src/load/index.ts";
import { DEFAULT_THEME, pageDataOf } from "../../src/pagedata/index.ts";
import { runPipeline } from "../../src/pipeline.ts";
import type { SiteModel } from "../../src/site/types.ts";
import { article, REGISTRY, removeProject, writeProject } from "../helpers/project.ts";

function config(text: string) {
  const parsed = parseYaml(text, "content/site.yaml", 1);
  if (parsed.data === undefined) throw new Error("not YAML");
  return readSiteConfig({
    file: { path: "content/site.yaml", text },
    data: parsed.data,
    locate: parsed.locate,
  });
}

describe("languages in site.yaml", () => {
  it("defaults to both editions, and the default language to the first published", () => {
    expect(config("title: X\n").value.languages).toEqual(["de", "en"]);
    expect(config("languages: [en]\n").value).toMatchObject({ languages: ["en"], defaultLang: "en" });
    expect(config("languages: [en, de]\n").value).toMatchObject({
      languages: ["de", "en"],
      defaultLang: "de",
    });
  });

  it("refuses a default language the site does not publish, a language twice, or none", () => {
    expect(config("languages: [en]\ndefaultLang: de\n").diagnostics.map((d) => [d.line, d.ruleId])).toEqual([
      [2, "config/invalid-field"],
    ]);
    expect(config("languages: [en, en]\n").diagnostics).toHaveLength(1);
    expect(config("languages: []\n").diagnostics).toHaveLength(1);
    expect(config("languages: [fr]\n").diagnostics).toHaveLength(1);
  });
});

describe("a site that publishes English only", () => {
  let root = "";
  let model: SiteModel;
  beforeAll(() => {
    root = writeProject({
      ...REGISTRY,
      "content/site.yaml": "url: https://example.org\nlanguages: [en]\n",
      "content/articles/2025/a.md": article(
        "title: Tokayev meets Xi\ndate: 2025-08-31 10:00\nsummit: sco-2025-tianjin",
        "President Tokayev met Xi Jinping in Tianjin.",
      ),
    });
    const result = runPipeline(readContent(root).value, {
      dev: false,
      now: Date.parse("2026-01-01T00:00:00Z"),
    });
    if (!result.model) throw new Error(JSON.stringify(result.diagnostics));
    model = result.model;
  });
  afterAll(() => removeProject(root));

  it("has no page of the other edition, and writes articles without lang: in English", () => {
    expect(model.pages.filter((p) => p.url.startsWith("/de/"))).toEqual([]);
    expect(model.pages.some((p) => p.url === "/en/2025/a/")).toBe(true);
    expect([...model.images.cards.keys()].filter((key) => key.includes("de"))).toEqual([]);
  });

  it("shows no language switch, no hreflang and no notice about the other edition", () => {
    for (const page of model.pages) {
      const text = renderPage(model, page);
      expect(text, page.url).not.toContain("hreflang");
      expect(text, page.url).not.toContain('class="tool-lang"');
      expect(text, page.url).not.toContain('class="notice lang-note"');
    }
    const search = model.pages.find((p) => p.kind === "search");
    if (search?.kind !== "search") throw new Error("no search page");
    const data = pageDataOf({ model, theme: DEFAULT_THEME }, search);
    expect(data.kind === "search" && data.languages.map((l) => l.lang)).toEqual(["en"]);
    expect(data.nav.otherLanguage).toBeUndefined();
  });

  it("refuses an article in the language it does not publish, at its lang: line", () => {
    const r = writeProject({
      ...REGISTRY,
      "content/site.yaml": "languages: [en]\n",
      "content/articles/2025/b.md": article("title: Tokajew trifft Xi\ndate: 2025-08-31 10:00\nlang: de"),
    });
    try {
      const result = runPipeline(readContent(r).value, {
        dev: false,
        now: Date.parse("2026-01-01T00:00:00Z"),
      });
      expect(
        result.diagnostics.filter((d) => d.severity === "error").map((d) => [d.file, d.line, d.message]),
      ).toEqual([["content/articles/2025/b.md", 4, 'The site publishes only en; this article is in "de".']]);
    } finally {
      removeProject(r);
    }
  });
});
