/** The document shell every HTML page shares: head, header with navigation and language switch, footer. */
import type { FeedLinks, PageDataBase } from "../src/pagedata/index.ts";
import { html, raw, type SafeHtml } from "../src/render/index.ts";

function feedLinks(feeds: FeedLinks): SafeHtml {
  return html`<link rel="alternate" type="application/atom+xml" title="${feeds.title} (Atom)" href="${feeds.atom}">
<link rel="alternate" type="application/feed+json" title="${feeds.title} (JSON Feed)" href="${feeds.json}">`;
}

/** The Content-Security-Policy of every page (SECURITY.md); hosts that read _headers send it as a header too. */
export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' https:; font-src 'self'; connect-src 'self'; object-src 'none'; frame-src 'none'; base-uri 'self'; form-action 'self'";

/** The stylesheet links of a page's head. */
export function stylesheets(data: PageDataBase<string>): SafeHtml {
  return html`${data.head.stylesheets.map((href, i) => html`${i > 0 ? "\n" : ""}<link rel="stylesheet" href="${href}">`)}`;
}

/** Renders a full HTML document around `body`. */
export function page(data: PageDataBase<string>, body: SafeHtml): string {
  const { lang, head, nav, feeds } = data;
  const t = data.strings;
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${raw(CSP)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${head.title}</title>
<meta name="description" content="${head.description}">
<link rel="canonical" href="${head.canonical}">
${head.alternates.length > 0 ? html`${head.alternates.map((a, i) => html`${i > 0 ? "\n" : ""}<link rel="alternate" hreflang="${a.hreflang}" href="${a.href}">`)}` : ""}
<link rel="icon" href="/favicon.ico" sizes="32x32">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="apple-touch-icon" href="/apple-touch-icon.png">
${stylesheets(data)}
${feedLinks(feeds.edition)}
${feeds.page ? feedLinks(feeds.page) : ""}
${head.meta.map((m) => html`<meta ${m.attribute}="${m.name}" content="${m.content}">\n`)}${head.jsonLd.map((json) => html`<script type="application/ld+json">${raw(json)}</script>\n`)}${head.noindex ? html`<meta name="robots" content="noindex">\n` : ""}${head.scripts.map((src) => html`<script type="module" src="${src}"></script>`)}
</head>
<body>
<a class="skip" href="#main">${t.skip}</a>
<header class="masthead">
<div class="wrap masthead-bar">
<a class="brand" href="${nav.home}">${data.site.title}</a>
<nav class="sections" aria-label="${t.mainNav}">
<ul>
${nav.sections.map((s, i) => html`${i > 0 ? "\n" : ""}<li><a href="${s.url}">${s.text}</a></li>`)}
</ul>
</nav>
<ul class="tools">
<li><a class="tool-search" href="${nav.search}">${t.search}</a></li>
${nav.otherLanguage ? html`<li><a class="tool-lang" href="${nav.otherLanguage.url}" hreflang="${nav.otherLanguage.lang}" lang="${nav.otherLanguage.lang}" title="${nav.otherLanguage.title}">${nav.otherLanguage.text}</a></li>\n` : ""}</ul>
</div>
</header>
<main id="main" class="wrap">
${body}
</main>
<footer class="site-footer">
<div class="wrap footer-grid">
<p class="footer-brand">${data.site.title}</p>
<p>${data.site.description}</p>
<p class="footer-links"><a href="${nav.authors}">${t.authors}</a> · <a href="${nav.archive}">${t.archive}</a> · <a href="${nav.search}">${t.search}</a></p>
<p class="feeds">${t.feeds}: ${feeds.page ? html`${feeds.page.title} <a href="${feeds.page.atom}" type="application/atom+xml">${t.feedAtom}</a> · <a href="${feeds.page.json}" type="application/feed+json">${t.feedJson}</a> · ` : ""}${t.siteFeed} <a href="${feeds.edition.atom}" type="application/atom+xml">${t.feedAtom}</a> · <a href="${feeds.edition.json}" type="application/feed+json">${t.feedJson}</a></p>
</div>
</footer>
</body>
</html>
`.value;
}
