/**
 * Pages the URL ledger adds (src/urls): an old article URL that redirects to the article's current URL, a URL
 * whose article is gone, and the _redirects file for hosts that read one. No JavaScript: a canonical link, a
 * meta refresh and a visible link do the redirect; both kinds of page are kept out of search engines' indexes.
 */
import { html } from "../src/render/html.ts";
import { STRINGS } from "../src/render/i18n.ts";
import type { Page } from "../src/render/pages.ts";
import { frontUrl, searchUrl } from "../src/render/urls.ts";
import type { SiteModel } from "../src/site/types.ts";
import { page } from "./base.ts";

/**
 * A redirect page: small, so the browser moves on at once; the canonical link tells search engines where to.
 * Its Content-Security-Policy is the one of every page (layouts/base.ts, SECURITY.md).
 */
export function redirectPage(model: SiteModel, p: Extract<Page, { kind: "redirect" }>): string {
  const t = STRINGS[p.lang];
  const title = model.articles.get(p.article)?.title ?? p.to;
  const target = model.config.url + p.to;
  return html`<!doctype html>
<html lang="${p.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' https:; font-src 'self'; connect-src 'self'; object-src 'none'; frame-src 'none'; base-uri 'self'; form-action 'self'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.moved}: ${title}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${target}">
<meta http-equiv="refresh" content="0; url=${p.to}">
<link rel="stylesheet" href="/assets/style.css">
</head>
<body>
<main class="wrap">
<h1>${t.moved}</h1>
<p>${t.movedText} <a href="${p.to}">${title}</a>.</p>
</main>
</body>
</html>
`.value;
}

/** A "removed" page where an article was: the site's shell, marked noindex, with ways on. */
export function removedPage(model: SiteModel, p: Extract<Page, { kind: "removed" }>): string {
  const t = STRINGS[p.lang];
  return page(model, {
    lang: p.lang,
    title: t.removed,
    description: t.removedText,
    url: p.url,
    head: html`<meta name="robots" content="noindex">\n`,
    body: html`<h1>${t.removed}</h1>
<p>${t.removedText}</p>
<p>${t.removedNext}</p>
<ul><li><a href="${frontUrl(p.lang)}">${t.home}</a></li><li><a href="${searchUrl(p.lang)}">${t.search}</a></li></ul>`,
  });
}

/**
 * The _redirects file (Netlify, Cloudflare Pages): each old URL with a 301 to the current one. Cloudflare applies
 * these before files; Netlify serves an existing file first (the redirect page above), unless told `301!`, which
 * Cloudflare would refuse, so plain 301 it is: a real 301 on Cloudflare, the redirect page on Netlify.
 */
export function redirectsFile(model: SiteModel): string {
  const lines = model.pages.flatMap((p) => (p.kind === "redirect" ? [`${p.url} ${p.to} 301`] : []));
  return `# Old article URLs and where they went, from urls.json (written by summitdesk build).\n${lines.map((l) => `${l}\n`).join("")}`;
}
