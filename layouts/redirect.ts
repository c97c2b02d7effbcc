/**
 * Pages the URL ledger adds (src/urls): an old article URL that redirects to the article's current URL, a URL
 * whose article is gone, and the _redirects file for hosts that read one. No JavaScript: a canonical link, a
 * meta refresh and a visible link do the redirect; both kinds of page are kept out of search engines' indexes.
 */
import type { RedirectPageData, RemovedPageData } from "../src/pagedata/index.ts";
import { html, raw } from "../src/render/index.ts";
import type { SiteModel } from "../src/site/types.ts";
import { CSP, page, stylesheets } from "./base.ts";

/**
 * A redirect page: small, so the browser moves on at once; the canonical link tells search engines where to.
 * Its Content-Security-Policy is the one of every page (base.ts, SECURITY.md).
 */
export function redirectLayout(data: RedirectPageData): string {
  const t = data.strings;
  return html`<!doctype html>
<html lang="${data.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${raw(CSP)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${data.title}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${data.head.canonical}">
<meta http-equiv="refresh" content="0; url=${data.to}">
${stylesheets(data)}
</head>
<body>
<main class="wrap">
<h1>${t.moved}</h1>
<p>${t.movedText} <a href="${data.to}">${data.articleTitle}</a>.</p>
</main>
</body>
</html>
`.value;
}

/** A "removed" page where an article was: the site's shell, marked noindex, with ways on. */
export function removedLayout(data: RemovedPageData): string {
  const t = data.strings;
  return page(
    data,
    html`<h1>${t.removed}</h1>
<p>${t.removedText}</p>
<p>${t.removedNext}</p>
<ul><li><a href="${data.nav.home}">${t.home}</a></li><li><a href="${data.nav.search}">${t.search}</a></li></ul>`,
  );
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
