/** The document shell every HTML page shares: head, header with navigation and language switch, footer. */
import type { Lang } from "../src/registry/index.ts";
import { html, type SafeHtml } from "../src/render/html.ts";
import { KIND_LABEL, otherLang, STRINGS } from "../src/render/i18n.ts";
import { frontUrl, listUrl } from "../src/render/urls.ts";
import type { SiteModel } from "../src/site/types.ts";

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
  /** Extra <head> elements (JSON-LD, feeds…). */
  readonly head?: SafeHtml;
}

/** Renders a full HTML document. */
export function page(model: SiteModel, shell: Shell): string {
  const { lang } = shell;
  const t = STRINGS[lang];
  const siteTitle = model.config.title[lang];
  const other = otherLang(lang);
  const fullTitle = shell.title === siteTitle ? siteTitle : `${shell.title} – ${siteTitle}`;
  const canonical = model.config.url + shell.url;
  const doc = html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${fullTitle}</title>
<meta name="description" content="${shell.description}">
<link rel="canonical" href="${canonical}">
${shell.alternate ? html`<link rel="alternate" hreflang="${other}" href="${model.config.url + shell.alternate}">\n<link rel="alternate" hreflang="${lang}" href="${canonical}">` : ""}
<link rel="stylesheet" href="/assets/style.css">
${shell.head ?? ""}
</head>
<body>
<a class="skip" href="#main">${t.skip}</a>
<header class="site-header">
<div class="wrap">
<a class="site-title" href="${frontUrl(lang)}">${siteTitle}</a>
<nav aria-label="${t.mainNav}">
<ul>
<li><a href="${listUrl(lang, "summit")}">${KIND_LABEL[lang].summit}</a></li>
<li><a href="${listUrl(lang, "country")}">${KIND_LABEL[lang].country}</a></li>
<li><a href="${listUrl(lang, "person")}">${KIND_LABEL[lang].person}</a></li>
<li><a href="${listUrl(lang, "organisation")}">${KIND_LABEL[lang].organisation}</a></li>
<li><a href="${shell.alternate ?? frontUrl(other)}" hreflang="${other}" lang="${other}" title="${t.otherLanguageLabel}">${t.otherLanguage}</a></li>
</ul>
</nav>
</div>
</header>
<main id="main" class="wrap">
${shell.body}
</main>
<footer class="site-footer">
<div class="wrap"><p>${model.config.description[lang]}</p></div>
</footer>
</body>
</html>
`;
  return doc.value;
}
