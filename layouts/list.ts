/**
 * One list page per kind. Summits by date, newest first, with dates and host; countries, people and
 * organisations A–Z, grouped by initial with a letter bar, each with its role (people) and article count.
 */
import type { Term } from "../src/index/index.ts";
import { byLetter } from "../src/lists/index.ts";
import { type EntityType, type Lang, roleOn, type Summit } from "../src/registry/index.ts";
import { formatDayRange } from "../src/render/format.ts";
import { html, type SafeHtml } from "../src/render/html.ts";
import { countArticles, KIND_LABEL, otherLang, STRINGS } from "../src/render/i18n.ts";
import { entityUrl, listUrl } from "../src/render/urls.ts";
import type { SiteModel } from "../src/site/types.ts";
import { page } from "./base.ts";
import { letterBar } from "./parts.ts";

export function listPage(model: SiteModel, lang: Lang, type: EntityType): string {
  const t = STRINGS[lang];
  const terms = [...model.index.editions[lang].terms.values()].filter((term) => term.entity.type === type);
  const body = html`<header class="list-head"><h1>${KIND_LABEL[lang][type]}</h1></header>
${terms.length === 0 ? html`<p>${t.noArticles}</p>` : type === "summit" ? summitList(model, lang, terms) : alphabetical(model, lang, terms)}`;
  return page(model, {
    lang,
    title: KIND_LABEL[lang][type],
    description: `${t.allOfType}: ${KIND_LABEL[lang][type]}`,
    url: listUrl(lang, type),
    alternate: listUrl(otherLang(lang), type),
    body,
  });
}

type Terms = readonly Term[];

/** Summits newest first (by first day, then id), grouped by year. */
function summitList(model: SiteModel, lang: Lang, terms: Terms): SafeHtml {
  const sorted = terms
    .map((term) => ({ summit: term.entity as Summit, count: term.articles.length }))
    .sort(
      (a, b) =>
        (a.summit.start < b.summit.start ? 1 : a.summit.start > b.summit.start ? -1 : 0) ||
        (a.summit.id < b.summit.id ? -1 : 1),
    );
  const years = [...new Set(sorted.map((s) => s.summit.start.slice(0, 4)))];
  return html`${years.map(
    (
      year,
    ) => html`<section aria-labelledby="y${year}" class="list-group"><h2 id="y${year}" class="letter">${year}</h2>
<ul class="entries">${sorted
      .filter((s) => s.summit.start.startsWith(year))
      .map(({ summit, count }) => {
        const host = model.registry.countries.get(summit.country)?.name[lang] ?? summit.country;
        return html`<li><a href="${entityUrl(lang, summit)}">${summit.name[lang]}</a>
<span class="meta">${formatDayRange(summit.start, summit.end, lang)} · ${summit.city[lang]}, ${host} · ${countArticles(count, lang)}</span></li>`;
      })}</ul></section>`,
  )}`;
}

/** Countries, people, organisations A–Z by their name in the page's language, with a letter bar. */
function alphabetical(model: SiteModel, lang: Lang, terms: Terms): SafeHtml {
  // A person is listed with the office held on the site's reference day.
  const today = Math.floor(model.referenceTime / 86_400_000);
  const groups = byLetter(terms, (term) => term.entity.name[lang], lang);
  return html`${letterBar(lang, groups)}
${groups.map(
  (
    g,
  ) => html`<section aria-labelledby="${g.anchor}" class="list-group"><h2 id="${g.anchor}" class="letter">${g.letter}</h2>
<ul class="entries">${g.items.map((term) => {
    const e = term.entity;
    const role = e.type === "person" ? roleOn(model.registry, e, today) : undefined;
    const note = role
      ? role.title[lang]
      : e.type === "organisation" && e.acronym && e.acronym[lang] !== e.name[lang]
        ? e.acronym[lang]
        : "";
    return html`<li><a href="${entityUrl(lang, e)}">${e.name[lang]}</a>
<span class="meta">${note ? html`${note} · ` : ""}${countArticles(term.articles.length, lang)}</span></li>`;
  })}</ul></section>`,
)}`;
}
