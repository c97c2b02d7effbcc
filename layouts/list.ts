/** One list page per kind: all countries (people, organisations, summits) with article counts. */
import type { EntityType, Lang } from "../src/registry/index.ts";
import { html } from "../src/render/html.ts";
import { countArticles, KIND_LABEL, STRINGS } from "../src/render/i18n.ts";
import { entityUrl, listUrl } from "../src/render/urls.ts";
import type { SiteModel } from "../src/site/types.ts";
import { page } from "./base.ts";

export function listPage(model: SiteModel, lang: Lang, type: EntityType): string {
  const t = STRINGS[lang];
  const collator = new Intl.Collator(lang === "de" ? "de-DE" : "en-GB");
  const terms = [...model.index.editions[lang].terms.values()]
    .filter((term) => term.entity.type === type)
    .sort(
      (a, b) =>
        b.articles.length - a.articles.length ||
        collator.compare(a.entity.name[lang], b.entity.name[lang]) ||
        (a.key < b.key ? -1 : 1),
    );
  const body = html`<h1>${KIND_LABEL[lang][type]}</h1>
${
  terms.length === 0
    ? html`<p>${t.noArticles}</p>`
    : html`<ul class="term-list">${terms.map(
        (term) =>
          html`<li><a href="${entityUrl(lang, term.entity)}">${term.entity.name[lang]}</a> <span class="count">${countArticles(term.articles.length, lang)}</span></li>`,
      )}</ul>`
}`;
  const other = lang === "de" ? "en" : "de";
  return page(model, {
    lang,
    title: KIND_LABEL[lang][type],
    description: `${t.allOfType}: ${KIND_LABEL[lang][type]}`,
    url: listUrl(lang, type),
    alternate: listUrl(other, type),
    body,
  });
}
