/**
 * A site's own look: a Nunjucks article layout, a JavaScript front-page layout, a Liquid search layout, its own
 * stylesheet after ours and its own UI strings — each shows in the built site, while hostile text from content
 * stays escaped in every engine and content still cannot pick a layout. Without a theme the output is ours
 * (the golden test pins its bytes).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeSite } from "../../src/eleventy/build.ts";
import { readContent, readImages } from "../../src/load/index.ts";
import { runPipeline } from "../../src/pipeline.ts";
import { article, REGISTRY, removeProject, writeProject } from "../helpers/project.ts";

const NOW = Date.parse("2026-01-01T00:00:00Z");
const HOSTILE = `<script>alert(1)</script> & "Tokajew"`;

const ARTICLE_NJK = `---
layout: shell.njk
---
<article class="njk-article" data-kind="{{ pageData.kind }}">
<h1>{{ pageData.title }}</h1>
<p class="summary">{{ pageData.article.summary }}</p>
<p class="by">{% for a in pageData.article.authors %}<a href="{{ a.url }}">{{ a.text }}</a>{% endfor %}</p>
{{ content | safe }}
<ul class="topics">{% for e in pageData.article.topics.shown %}<li><a href="{{ e.url }}">{{ e.name }}</a></li>{% endfor %}</ul>
{% include "partials/footer.njk" %}
</article>
`;

const SHELL_NJK = `<!doctype html>
<html lang="{{ pageData.lang }}"><head><meta charset="utf-8"><title>{{ pageData.head.title }}</title>
{% for href in pageData.head.stylesheets %}<link rel="stylesheet" href="{{ href }}">{% endfor %}</head>
<body class="site-shell">{{ content | safe }}</body></html>
`;

const FRONT_JS = `export default function (data) {
  const d = data.pageData;
  const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  const stories = [d.lead, ...d.secondary, ...d.latest].filter(Boolean);
  return \`<!doctype html><html lang="\${d.lang}"><body class="js-front"><h1>\${esc(d.site.title)}</h1><ol>\${stories
    .map((s) => \`<li><a href="\${s.url}">\${esc(s.title)}</a></li>\`)
    .join("")}</ol></body></html>\`;
}
`;

const SEARCH_LIQUID = `<!doctype html><html lang="{{ pageData.lang }}"><body class="liquid-search">
<h1>{{ pageData.strings.searchTitle }}</h1>
<ul>{% for f in pageData.facets %}{% for o in f.options %}<li data-id="{{ o.id }}">{{ o.name }}</li>{% endfor %}{% endfor %}</ul>
<p class="raw">{{ pageData.head.jsonLd | size }}</p>
</body></html>
`;

let root = "";
let out = "";
const page = (path: string) => readFileSync(join(out, path), "utf8");

beforeAll(async () => {
  root = writeProject({
    ...REGISTRY,
    "content/site.yaml": "url: https://example.org\ndefaultLang: de\n",
    "content/strings.yaml": 'en:\n  latest: "Fresh from the summits"\nde:\n  search: "Finden"\n',
    "content/articles/2025/a.md": article(
      `title: 'Tokajew trifft Xi ${HOSTILE}'\ndate: 2025-08-31 10:00\nlang: de\nauthor: Anna Becker\nsummary: 'Kurz ${HOSTILE}'\nsummit: sco-2025-tianjin`,
      "Kasachstans Präsident Tokajew traf Xi Jinping in Tianjin.",
    ),
    "content/articles/2025/b.md": article(
      `title: 'Tokayev meets Xi ${HOSTILE}'\ndate: 2025-08-31 11:00\nlang: en\nauthor: Ann Baker`,
      "Kazakhstan's President Tokayev met Xi Jinping in Tianjin.",
    ),
    "layouts/article.njk": ARTICLE_NJK,
    "layouts/shell.njk": SHELL_NJK,
    "layouts/partials/footer.njk": '<footer class="partial">{{ pageData.site.title }}</footer>\n',
    "layouts/front.11ty.js": FRONT_JS,
    "layouts/search.liquid": SEARCH_LIQUID,
    "layouts/archive-month.liquid":
      '<body class="liquid-month">{% for s in pageData.stories %}<li class="story">{{ s.title }}</li>{% endfor %}</body>\n',
    "assets/site.css": ".njk-article { color: teal }\n",
    "assets/fonts/face.woff2": "not really a font\n",
  });
  const files = readContent(root);
  const result = runPipeline(files.value, { dev: false, now: NOW, images: readImages(root) });
  if (!result.model)
    throw new Error(JSON.stringify(result.diagnostics.filter((d) => d.severity === "error")));
  await writeSite(root, "_site", result.model);
  out = join(root, "_site");
}, 180_000);

afterAll(() => removeProject(root));

describe("a site's own layouts", () => {
  it("lay out article pages in Nunjucks, with parent layouts and partials from the site's folder", () => {
    const html = page("de/2025/a/index.html");
    expect(html).toContain('<body class="site-shell"><article class="njk-article" data-kind="article">');
    expect(html).toContain('<a href="/de/autoren/anna-becker/">Anna Becker</a>');
    // The rendered body is HTML (content | safe): our entity links are there.
    expect(html).toMatch(/<a href="\/de\/personen\/tokayev\/" class="entity-link">/);
    expect(html).toContain('<footer class="partial">Gipfeldienst</footer>');
    expect(html).toContain(
      '<link rel="stylesheet" href="/assets/style.css"><link rel="stylesheet" href="/assets/site.css">',
    );
  });

  it("escape text from content in every engine, unless the page data marks it as HTML", () => {
    for (const path of ["de/2025/a/index.html", "en/2025/b/index.html", "de/index.html", "en/index.html"]) {
      const html = page(path);
      expect(html, path).not.toContain("<script>alert(1)</script>");
      expect(html, path).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    }
    expect(page("de/2025/a/index.html")).toContain(
      "<h1>Tokajew trifft Xi &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Tokajew&quot;</h1>",
    );
  });

  it("lay out front pages with a JavaScript layout, the root page included", () => {
    expect(page("de/index.html")).toContain(
      '<body class="js-front"><h1>Gipfeldienst</h1><ol><li><a href="/de/2025/a/">',
    );
    expect(page("index.html")).toContain('<body class="js-front">');
    expect(page("en/index.html")).toContain('<body class="js-front"><h1>Summit Desk</h1>');
  });

  it("lay out archive months in Liquid, escaping text from content by default", () => {
    const html = page("de/2025/08/index.html");
    expect(html).toContain(
      '<li class="story">Tokajew trifft Xi &lt;script&gt;alert(1)&lt;/script&gt; &amp; &#34;Tokajew&#34;</li>',
    );
  });

  it("lay out the search page in Liquid", () => {
    const html = page("de/suche/index.html");
    expect(html).toContain('<body class="liquid-search">');
    expect(html).toContain('<li data-id="tokayev">Kassym-Schomart Tokajew</li>');
  });

  it("leave every other kind of page to our layouts, with the site's stylesheet and strings", () => {
    const person = page("de/personen/tokayev/index.html");
    expect(person).toContain('<header class="masthead">');
    expect(person).toContain(
      '<link rel="stylesheet" href="/assets/style.css">\n<link rel="stylesheet" href="/assets/site.css">',
    );
    expect(person).toContain('<a class="tool-search" href="/de/suche/">Finden</a>');
    expect(page("en/people/tokayev/index.html")).toContain(
      '<a class="tool-search" href="/en/search/">Search</a>',
    );
  });

  it("publish the site's assets beside ours", () => {
    expect(page("assets/site.css")).toBe(".njk-article { color: teal }\n");
    expect(page("assets/fonts/face.woff2")).toBe("not really a font\n");
    expect(page("assets/style.css")).toBe(
      readFileSync(new URL("../../layouts/assets/style.css", import.meta.url), "utf8"),
    );
  });
});

describe("content never chooses a layout", () => {
  it("refuses layout and permalink in front matter even when the site has layouts of its own", () => {
    const r = writeProject({
      ...REGISTRY,
      "layouts/article.njk": "{{ content | safe }}",
      "layouts/evil.njk": "owned",
      "content/articles/2025/x.md": article("title: X\ndate: 2025-08-31\nlayout: evil.njk\npermalink: /x/"),
    });
    try {
      const result = runPipeline(readContent(r).value, { dev: false, now: NOW, images: readImages(r) });
      expect(result.model).toBeUndefined();
      expect(
        result.diagnostics.filter((d) => d.ruleId === "frontmatter/reserved-field").map((d) => d.line),
      ).toEqual([4, 5]);
    } finally {
      removeProject(r);
    }
  });
});
