/**
 * Whatever an article or registry entry contains, the built site is inert: raw HTML, scripts, event handlers,
 * frames, hostile link schemes and template syntax of every engine Eleventy knows appear as literal text.
 * Also: every page carries the Content-Security-Policy, and the `_headers` file repeats it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REGISTRY } from "../helpers/project.ts";
import {
  activeContent,
  build,
  hashTree,
  htmlFiles,
  project,
  removeSharedProjects,
  schemeOf,
} from "./helpers.ts";

/** Every template engine's syntax, each computing 1337 or "PWN" if it were ever evaluated. */
const TEMPLATES = [
  "{{ 7*191 }}", // Liquid, Nunjucks, Mustache, Handlebars
  "{{{ 7*191 }}}", // Handlebars, unescaped
  "{% if true %}LIQUID{% endif %}", // Liquid, Nunjucks
  "{{ 'pwn' | upcase }}", // Liquid filter
  "{{#each x}}y{{/each}}", // Handlebars block
  "<%= 7*191 %>", // EJS
  `\${7*191}`, // 11ty.js template literal
  "#{7*191}", // Pug interpolation
  "= 7*191", // HAML / Pug output
  "<script webc:setup>globalThis.pwned = 1</script>", // WebC
];
const T = TEMPLATES.join(" ");

const XSS = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  '"><svg onload=alert(1)>',
  "'><iframe src=javascript:alert(1)></iframe>",
  '<a href="javascript:alert(1)">x</a>',
  "</script><script>alert(1)</script>",
];
const X = XSS.join(" ");

const BODY = `# Heading ${X} {{ 7*191 }}

Body templates: ${T}

${XSS.join("\n\n")}

<div onclick="alert(1)">div</div>
<iframe src="https://evil.example"></iframe>
<object data="evil.swf"></object>
<style>body { display: none }</style>
<base href="https://evil.example/">
<meta http-equiv="refresh" content="0;url=javascript:alert(1)">

Links: [js](javascript:alert(1)) [case](JaVaScRiPt:alert(1)) [tab](java&#x09;script:alert(1))
[entity](jav&#x61;script:alert(1)) [named](javascript&colon;alert(1)) [all](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))
[percent](%6Aavascript:alert(1)) [space](<java script:alert(1)>) [nul](&#0;javascript:alert(1))
[vb](vbscript:msgbox(1)) [VB](VBScript:msgbox(1)) [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)
[DATA](DATA:text/html,x) [file](file:///etc/passwd) [title](https://ok.example "x\\" onmouseover=\\"alert(1)")
[ref][r] [ref2][r2] <javascript:alert(1)> <vbscript:msgbox(1)> <data:text/html,x>
![img](javascript:alert(1)) ![svg](data:image/svg+xml,<svg onload=alert(1)>) ![ok](/images/ok.jpg "ok | Foto: <i>x</i>")

![<b>alt</b> " onerror="alert(1)](/images/ok.jpg "<script>alert('caption')</script> | <img src=x onerror=alert(1)>")

Linkified: javascript:alert(1) www.example.org https://example.org/?q=<script>alert(1)</script>

\`\`\`html
<script>alert("in code")</script>
\`\`\`

[r]: javascript:alert(1)
[r2]: <data:text/html,<script>alert(1)</script>>
`;

const ARTICLE = `---
title: "${XSS.slice(0, 2).join(" ")} {{ 7*191 }} {% if true %}LIQUID{% endif %} \${7*191} <%= 7*191 %>"
date: 2025-06-01 12:00
lang: en
author: ["<img src=x onerror=alert(1)>", "{{ site.title }}"]
summary: "${X.replace(/"/g, '\\"')} ${T.replace(/"/g, '\\"')}"
people: [evil-person]
organisations: [evil-org]
image: { src: /images/a.jpg, alt: "\\" onerror=\\"alert(1)", caption: "<script>alert('caption')</script>", credit: "<img src=x onerror=alert(1)>" }
corrections:
  - { date: 2025-06-02, text: "<iframe src=javascript:alert(1)></iframe> {{ 7*191 }}" }
---
${BODY}`;

const EVIL_REGISTRY = {
  ...REGISTRY,
  "content/registry/offices.yaml": `evil-office:
  of: KZ
  role: other
  title: '"><iframe src=javascript:alert(1)>'
`,
  "content/registry/people.yaml": `evil-person:
  name: { en: "<script>alert('name')</script> {{ 7*191 }}", de: "<img src=x onerror=alert(1)>" }
  aliases: ["<svg onload=alert(1)>", "{% raw %}x{% endraw %}"]
  country: KZ
  offices: [{ office: evil-office, from: "2020" }]
  description: '<a href="javascript:alert(1)">click</a> {{{ 7*191 }}} <%= 7*191 %>'
`,
  "content/registry/organisations.yaml": `${REGISTRY["content/registry/organisations.yaml"]}evil-org:
  name: "<b onmouseover=alert(1)>Org</b>"
  acronym: "\${7*191}"
  aliases: ["</title><script>alert(1)</script>"]
  description: "<style>*{display:none}</style>"
`,
  "content/registry/countries.yaml": `KZ:
  description: "<script>alert('country')</script> {{ 7*191 }}"
`,
};

afterAll(removeSharedProjects);

let site: Map<string, string>;
let out: string;

describe("a site built from hostile content", () => {
  beforeAll(async () => {
    const { default: sharp } = await import("sharp");
    const jpeg = (width: number, height: number) =>
      sharp({ create: { width, height, channels: 3, background: "#336699" } })
        .jpeg()
        .toBuffer();
    const root = project({
      ...EVIL_REGISTRY,
      "content/articles/2025/evil.md": ARTICLE,
      "content/images/a.jpg": await jpeg(1200, 675),
      "content/images/ok.jpg": await jpeg(800, 450),
    });
    out = (await build(root)).out;
    site = htmlFiles(out);
  }, 120_000);

  it("builds the article and the entity pages", () => {
    expect([...site.keys()]).toEqual(
      expect.arrayContaining(["en/2025/evil/index.html", "en/people/evil-person/index.html"]),
    );
  });

  it("has no script, event handler, frame, style or hostile URL on any page", () => {
    const found = [...site].flatMap(([path, html]) => activeContent(html).map((p) => `${path}: ${p}`));
    expect(found).toEqual([]);
  });

  it("never evaluates template syntax: the literal text is on the page and no result is", () => {
    const page = site.get("en/2025/evil/index.html") ?? "";
    for (const literal of [
      "{{ 7*191 }}",
      "{{{ 7*191 }}}",
      "{% if true %}LIQUID{% endif %}",
      "{{ &#39;pwn&#39; | upcase }}",
      "{{#each x}}y{{/each}}",
      "&lt;%= 7*191 %&gt;",
      `\${7*191}`,
      "#{7*191}",
      "= 7*191",
      "&lt;script webc:setup&gt;",
      "{{ site.title }}",
    ]) {
      expect(page).toContain(literal);
    }
    for (const [path, html] of site) {
      expect(html, path).not.toMatch(/1337|PWN|>LIQUID</);
    }
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
  });

  it("shows raw HTML from the title, summary, author, alt text, correction and body as escaped text", () => {
    const page = site.get("en/2025/evil/index.html") ?? "";
    expect(page).toContain("<h1>&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;");
    expect(page).toContain('alt="&quot; onerror=&quot;alert(1)"');
    // Captions and credits of the lead image and of a picture in the body.
    expect(page).toContain(
      '<figcaption>&lt;script&gt;alert(&#39;caption&#39;)&lt;/script&gt; <span class="credit">&lt;img src=x onerror=alert(1)&gt;</span></figcaption>',
    );
    expect(page).toContain('alt="&lt;b&gt;alt&lt;/b&gt; &quot; onerror=&quot;alert(1)"');
    expect(page).toContain("&lt;iframe src=javascript:alert(1)&gt;&lt;/iframe&gt; {{ 7*191 }}");
    expect(page).toContain("<p>&lt;div onclick=&quot;alert(1)&quot;&gt;div&lt;/div&gt;");
    expect(page).toContain(
      '<code class="language-html">&lt;script&gt;alert(&quot;in code&quot;)&lt;/script&gt;',
    );
  });

  it("keeps only http(s), mailto and relative links from the body", () => {
    const page = site.get("en/2025/evil/index.html") ?? "";
    const body = page.slice(page.indexOf('<div class="body">'), page.indexOf("</article>"));
    const hrefs = [...body.matchAll(/<a [^>]*href="([^"]*)"/g)].map((m) => m[1] ?? "");
    expect(hrefs.map(schemeOf).filter((s) => s !== undefined && s !== "https" && s !== "http")).toEqual([]);
    // Obfuscations that browsers would not read as a scheme stay harmless relative links.
    expect(hrefs).toEqual(expect.arrayContaining(["%6Aavascript:alert(1)", "java%20script:alert(1)"]));
    // The refused links stay visible as text, so the editor sees what happened.
    expect(body).toContain("[js](javascript:alert(1))");
    expect(body).toContain("[ref][r]");
  });

  it("escapes registry names, roles, aliases and descriptions on entity pages", () => {
    const person = site.get("en/people/evil-person/index.html") ?? "";
    expect(person).toContain("&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt; {{ 7*191 }}");
    expect(person).toContain(
      "&lt;a href=&quot;javascript:alert(1)&quot;&gt;click&lt;/a&gt; {{{ 7*191 }}} &lt;%= 7*191 %&gt;",
    );
    const country = site.get("en/countries/kz/index.html") ?? "";
    expect(country).toContain("&lt;script&gt;alert(&#39;country&#39;)&lt;/script&gt;");
  });

  it("writes XML (feeds, sitemaps) without raw markup from content, and JSON that parses", () => {
    const files = [...hashTree(out).keys()].filter(
      (p) => /\.(xml|json)$/.test(p) && !p.startsWith("pagefind/"),
    );
    expect(files.filter((p) => p.endsWith(".xml")).length).toBeGreaterThan(0);
    for (const path of files) {
      const text = readFileSync(join(out, path), "utf8");
      // In JSON, markup is data inside a string; it only matters that it stays a string.
      if (path.endsWith(".json")) expect(() => JSON.parse(text), path).not.toThrow();
      else expect(text, path).not.toMatch(/<(script|iframe|img|svg|style)\b/i);
    }
  });
});

describe("the Content-Security-Policy", () => {
  let sample: Map<string, string>;
  let headers: string;

  beforeAll(async () => {
    const root = project({ ...REGISTRY });
    // The sample site of the repository: every layout with real content.
    const { cpSync } = await import("node:fs");
    cpSync(join(import.meta.dirname, "../../content"), join(root, "content"), { recursive: true });
    const built = await build(root);
    sample = htmlFiles(built.out);
    headers = readFileSync(join(built.out, "_headers"), "utf8");
  }, 120_000);

  const META = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/;

  it("is in the <head> of every page, before any script or stylesheet", () => {
    expect(sample.size).toBeGreaterThan(20);
    for (const [path, html] of sample) {
      const meta = META.exec(html);
      expect(meta, path).not.toBeNull();
      const at = html.indexOf(meta?.[0] ?? "");
      expect(at, path).toBeLessThan(html.search(/<script|<link rel="stylesheet"|<\/head>/));
    }
  });

  it("allows only the site's own scripts (plus WebAssembly for search) and styles", () => {
    const policy = META.exec(sample.values().next().value ?? "")?.[1] ?? "";
    const directives = new Map(policy.split(/;\s*/).map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));
    expect(directives.get("default-src")).toEqual(["'self'"]);
    expect(directives.get("script-src")).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives.get("style-src")).toEqual(["'self'"]);
    expect(directives.get("object-src")).toEqual(["'none'"]);
    expect(directives.get("base-uri")).toEqual(["'self'"]);
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|data:|blob:/);
  });

  it("is repeated in _headers, with frame-ancestors that only a header can carry", () => {
    const policy = META.exec(sample.values().next().value ?? "")?.[1] ?? "";
    expect(headers).toMatch(/^\/\*$/m);
    expect(headers).toContain(`  Content-Security-Policy: ${policy}; frame-ancestors 'none'\n`);
    expect(headers).toContain("  X-Content-Type-Options: nosniff\n");
  });

  it("is the same on every page", () => {
    expect(new Set([...sample.values()].map((html) => META.exec(html)?.[1])).size).toBe(1);
  });

  it("leaves nothing on the sample site for it to block: no inline script, handler or style", () => {
    const found = [...sample].flatMap(([path, html]) => activeContent(html).map((p) => `${path}: ${p}`));
    expect(found).toEqual([]);
  });
});

describe("the scanner itself", () => {
  it("finds each kind of active content it is meant to find", () => {
    const found = (html: string) => activeContent(html).map((p) => p.split(":")[0]);
    expect(found("<script>alert(1)</script>")).toEqual(["inline script"]);
    expect(found('<script src="https://cdn.example/x.js"></script>')).toEqual(["script from elsewhere"]);
    expect(found('<img src=x onerror="alert(1)">')).toEqual(["event handler onerror"]);
    expect(found('<a href="jav&#x61;script&colon;alert(1)">x</a>')).toEqual(["javascript"]);
    expect(found('<a href=" java\tscript:alert(1)">x</a>')).toEqual(["javascript"]);
    expect(found('<p style="color:red">x</p>')).toEqual(["style attribute"]);
    expect(found("<iframe src=/x></iframe>")).toEqual(["<iframe> element"]);
    expect(
      found('<script type="application/ld+json">{}</script><script src="/assets/search.js"></script>'),
    ).toEqual([]);
    expect(found('<a href="https://ok.example/">ok</a> &lt;script&gt;')).toEqual([]);
  });
});
