/** The document shell every HTML page shares: head, header with navigation and language switch, footer. */

import { cardKey } from "../src/images/index.ts";
import type { Lang } from "../src/registry/index.ts";
import { html, jsonForScript, type SafeHtml } from "../src/render/html.ts";
import { KIND_LABEL, otherLang, STRINGS } from "../src/render/i18n.ts";
import { authorsUrl, editionFeedUrl, frontUrl, listUrl, searchUrl, yearUrl } from "../src/render/urls.ts";
import { cardImage, type JsonLd, type PreviewInput, previewTags } from "../src/seo/index.ts";
import type { SiteModel } from "../src/site/types.ts";

/** A page's own feeds (an entity's); every page also links its edition's feeds. */
export interface PageFeeds {
  /** Feed title shown to feed readers, e.g. "Kasachstan – Gipfeldienst". */
  readonly title: string;
  readonly atom: string;
  readonly json: string;
}

/** What a page tells the shell about itself. */
export interface Shell {
  readonly lang: Lang;
  readonly title: string;
  readonly description: string;
  /** Root-relative URL of this page (for the canonical link). */
  readonly url: string;
  /** The same content in the other language, if it exists. */
  readonly alternate?: string;
  readonly body: SafeHtml;
  /** Extra <head> elements (the search page's stylesheet and scripts). */
  readonly head?: SafeHtml;
  /** schema.org nodes, written as JSON-LD. */
  readonly jsonLd?: readonly JsonLd[];
  /** Link-preview details beyond title, description and URL. */
  readonly preview?: Pick<PreviewInput, "type"> &
    Partial<Pick<PreviewInput, "image" | "published" | "modified">>;
  /** The page's own feeds, linked in <head> and in the footer. */
  readonly feeds?: PageFeeds;
}

function feedLinks(feeds: PageFeeds): SafeHtml {
  return html`<link rel="alternate" type="application/atom+xml" title="${feeds.title} (Atom)" href="${feeds.atom}">
<link rel="alternate" type="application/feed+json" title="${feeds.title} (JSON Feed)" href="${feeds.json}">`;
}

/** Renders a full HTML document. */
export function page(model: SiteModel, shell: Shell): string {
  const { lang } = shell;
  const t = STRINGS[lang];
  const siteTitle = model.config.title[lang];
  const other = otherLang(lang);
  const fullTitle = shell.title === siteTitle ? siteTitle : `${shell.title} – ${siteTitle}`;
  const canonical = model.config.url + shell.url;
  const editionFeeds: PageFeeds = {
    title: siteTitle,
    atom: editionFeedUrl(lang, "atom"),
    json: editionFeedUrl(lang, "json"),
  };
  // A page without a picture of its own shows its edition's card, so a shared link is never blank.
  const image = shell.preview?.image ?? cardImage(model, cardKey.site(lang));
  const preview = previewTags({
    lang,
    siteName: siteTitle,
    title: shell.title,
    description: shell.description,
    url: canonical,
    hasAlternate: shell.alternate !== undefined,
    type: "website",
    ...shell.preview,
    ...(image ? { image } : {}),
  });
  // The archive starts at the newest year with articles (the front page when there is none yet).
  const newestMonth = model.index.editions[lang].months[0]?.month;
  const archiveUrl = newestMonth ? yearUrl(lang, newestMonth.slice(0, 4)) : frontUrl(lang);
  const defaultUrl =
    lang === model.config.defaultLang ? canonical : shell.alternate && model.config.url + shell.alternate;
  const doc = html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' https:; font-src 'self'; connect-src 'self'; object-src 'none'; frame-src 'none'; base-uri 'self'; form-action 'self'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${fullTitle}</title>
<meta name="description" content="${shell.description}">
<link rel="canonical" href="${canonical}">
${shell.alternate ? html`<link rel="alternate" hreflang="${other}" href="${model.config.url + shell.alternate}">\n<link rel="alternate" hreflang="${lang}" href="${canonical}">\n<link rel="alternate" hreflang="x-default" href="${defaultUrl}">` : ""}
<link rel="icon" href="/favicon.ico" sizes="32x32">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="apple-touch-icon" href="/apple-touch-icon.png">
<link rel="stylesheet" href="/assets/style.css">
${feedLinks(editionFeeds)}
${shell.feeds ? feedLinks(shell.feeds) : ""}
${preview.map(([attr, name, content]) => html`<meta ${attr}="${name}" content="${content}">\n`)}${(shell.jsonLd ?? []).map((node) => html`<script type="application/ld+json">${jsonForScript(node)}</script>\n`)}${shell.head ?? ""}
</head>
<body>
<a class="skip" href="#main">${t.skip}</a>
<header class="masthead">
<div class="wrap masthead-bar">
<a class="brand" href="${frontUrl(lang)}">${siteTitle}</a>
<nav class="sections" aria-label="${t.mainNav}">
<ul>
<li><a href="${listUrl(lang, "summit")}">${KIND_LABEL[lang].summit}</a></li>
<li><a href="${listUrl(lang, "country")}">${KIND_LABEL[lang].country}</a></li>
<li><a href="${listUrl(lang, "person")}">${KIND_LABEL[lang].person}</a></li>
<li><a href="${listUrl(lang, "organisation")}">${KIND_LABEL[lang].organisation}</a></li>
<li><a href="${archiveUrl}">${t.archive}</a></li>
</ul>
</nav>
<ul class="tools">
<li><a class="tool-search" href="${searchUrl(lang)}">${t.search}</a></li>
<li><a class="tool-lang" href="${shell.alternate ?? frontUrl(other)}" hreflang="${other}" lang="${other}" title="${shell.alternate ? t.otherLanguageLabel : t.otherEdition}">${t.otherLanguage}</a></li>
</ul>
</div>
</header>
<main id="main" class="wrap">
${shell.body}
</main>
<footer class="site-footer">
<div class="wrap footer-grid">
<p class="footer-brand">${siteTitle}</p>
<p>${model.config.description[lang]}</p>
<p class="footer-links"><a href="${authorsUrl(lang)}">${t.authors}</a> · <a href="${archiveUrl}">${t.archive}</a> · <a href="${searchUrl(lang)}">${t.search}</a></p>
<p class="feeds">${t.feeds}: ${shell.feeds ? html`${shell.feeds.title} <a href="${shell.feeds.atom}" type="application/atom+xml">${t.feedAtom}</a> · <a href="${shell.feeds.json}" type="application/feed+json">${t.feedJson}</a> · ` : ""}${t.siteFeed} <a href="${editionFeeds.atom}" type="application/atom+xml">${t.feedAtom}</a> · <a href="${editionFeeds.json}" type="application/feed+json">${t.feedJson}</a></p>
</div>
</footer>
</body>
</html>
`;
  return doc.value;
}
