/**
 * The search page: a plain GET form with one checkbox group per facet (language, summits, countries, people,
 * organisations), enhanced by /assets/search.js with Pagefind. The only page with JavaScript.
 */
import type { SearchPageData } from "../src/pagedata/index.ts";
import { html, type SafeHtml } from "../src/render/index.ts";
import { page } from "./base.ts";

function checkbox(name: string, value: string, label: string, lang?: string): SafeHtml {
  const id = `f-${name}-${value}`;
  return html`<li><input type="checkbox" id="${id}" name="${name}" value="${value}"> <label for="${id}"${lang ? html` lang="${lang}"` : ""}>${label}</label></li>`;
}

export function searchLayout(data: SearchPageData): string {
  const t = data.strings;
  const body = html`<h1>${t.searchTitle}</h1>
<form class="search-form" role="search" action="${data.action}" method="get" id="search-form"
 data-other-lang="${data.otherLang ?? ""}" data-results="${t.searchResults}" data-no-results="${t.searchNoResults}"
 data-loading="${t.searchLoading}" data-unavailable="${t.searchUnavailable}" data-hint="${t.searchHint}"
 data-lang-de="${t.inGerman}" data-lang-en="${t.inEnglish}"${data.shards.map((s) => html` data-shards-${s.lang}="${s.names.join(" ")}"`)}>
<div class="search-box">
<label for="search-q">${t.searchLabel}</label>
<input type="search" id="search-q" name="q" autocomplete="off">
<button type="submit">${t.searchSubmit}</button>
</div>
<fieldset class="facets">
<legend>${t.searchFilters}</legend>
<details open><summary>${t.language}</summary><ul>${data.languages.map((l) => checkbox("language", l.lang, l.name, l.lang))}</ul></details>
${data.facets.map(
  (f) =>
    html`<details><summary>${f.label}</summary><ul>${f.options.map((o) => checkbox(f.type, o.id, o.name))}</ul></details>`,
)}
<p><a href="${data.action}">${t.searchReset}</a></p>
</fieldset>
</form>
<noscript><p class="notice">${t.searchNoScript}</p></noscript>
<p id="search-status" class="search-status" role="status" aria-live="polite"></p>
<ol id="search-results" class="search-results"></ol>`;
  return page(data, body);
}
