/**
 * The search page: a plain GET form with one checkbox group per facet (language, summits, countries, people,
 * organisations), enhanced by /assets/search.js with Pagefind. The only page with JavaScript.
 */
import { type ENTITY_TYPES, type Entity, type EntityKey, LANGS, type Lang } from "../src/registry/index.ts";
import { html, type SafeHtml } from "../src/render/html.ts";
import { KIND_LABEL, LANG_NAME, otherLang, STRINGS } from "../src/render/i18n.ts";
import { articleUrl, searchUrl } from "../src/render/urls.ts";
import { shardsOf } from "../src/search/index.ts";
import type { SiteModel } from "../src/site/types.ts";
import { compareNames } from "../src/stats/index.ts";
import { page } from "./base.ts";

/** Facets in the order the form shows them. */
const FACETS = [
  "summit",
  "country",
  "person",
  "organisation",
] as const satisfies readonly (typeof ENTITY_TYPES)[number][];

function checkbox(name: string, value: string, label: string, lang?: Lang): SafeHtml {
  const id = `f-${name}-${value}`;
  return html`<li><input type="checkbox" id="${id}" name="${name}" value="${value}"> <label for="${id}"${lang ? html` lang="${lang}"` : ""}>${label}</label></li>`;
}

/** Every entity with an article in either edition, by kind, sorted by name in the page's language. */
function facetEntities(model: SiteModel, lang: Lang): Map<string, Entity[]> {
  const byType = new Map<string, Map<EntityKey, Entity>>();
  for (const l of LANGS) {
    for (const term of model.index.editions[l].terms.values()) {
      const group = byType.get(term.entity.type) ?? new Map<EntityKey, Entity>();
      group.set(term.key, term.entity);
      byType.set(term.entity.type, group);
    }
  }
  return new Map(
    [...byType].map(([type, group]) => [
      type,
      [...group.values()].sort(
        (a, b) => compareNames(a.name[lang], b.name[lang], lang) || (a.id < b.id ? -1 : 1),
      ),
    ]),
  );
}

/** The search shards of a language's articles (src/search/shards.ts), as the script loads them: "de-00 de-01". */
function shards(model: SiteModel, lang: Lang): string {
  return [...shardsOf(lang, model.index.editions[lang].articles.map(articleUrl)).keys()].join(" ");
}

export function searchPage(model: SiteModel, lang: Lang): string {
  const t = STRINGS[lang];
  const entities = facetEntities(model, lang);
  const body = html`<h1>${t.searchTitle}</h1>
<form class="search-form" role="search" action="${searchUrl(lang)}" method="get" id="search-form"
 data-other-lang="${otherLang(lang)}" data-results="${t.searchResults}" data-no-results="${t.searchNoResults}"
 data-loading="${t.searchLoading}" data-unavailable="${t.searchUnavailable}" data-hint="${t.searchHint}"
 data-lang-de="${t.inGerman}" data-lang-en="${t.inEnglish}"${LANGS.map((l) => html` data-shards-${l}="${shards(model, l)}"`)}>
<div class="search-box">
<label for="search-q">${t.searchLabel}</label>
<input type="search" id="search-q" name="q" autocomplete="off">
<button type="submit">${t.searchSubmit}</button>
</div>
<fieldset class="facets">
<legend>${t.searchFilters}</legend>
<details open><summary>${t.language}</summary><ul>${LANGS.map((l) => checkbox("language", l, LANG_NAME[l], l))}</ul></details>
${FACETS.map((type) => {
  const list = entities.get(type) ?? [];
  return list.length === 0
    ? ""
    : html`<details><summary>${KIND_LABEL[lang][type]}</summary><ul>${list.map((e) => checkbox(type, e.id, e.name[lang]))}</ul></details>`;
})}
<p><a href="${searchUrl(lang)}">${t.searchReset}</a></p>
</fieldset>
</form>
<noscript><p class="notice">${t.searchNoScript}</p></noscript>
<p id="search-status" class="search-status" role="status" aria-live="polite"></p>
<ol id="search-results" class="search-results"></ol>`;
  return page(model, {
    lang,
    title: t.search,
    description: t.searchTitle,
    url: searchUrl(lang),
    alternate: searchUrl(otherLang(lang)),
    body,
    head: html`<script type="module" src="/assets/search.js"></script>`,
  });
}
