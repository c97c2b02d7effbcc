/** The front page of an edition: latest articles and current or recent summits. */
import type { Lang, Summit } from "../src/registry/index.ts";
import { formatDayRange } from "../src/render/format.ts";
import { html } from "../src/render/html.ts";
import { countArticles, STRINGS } from "../src/render/i18n.ts";
import { entityUrl, frontUrl } from "../src/render/urls.ts";
import type { SiteModel } from "../src/site/types.ts";
import { page } from "./base.ts";
import { teaserList } from "./parts.ts";

/** Front pages list this many latest articles; the rest are reached through entity pages. */
const LATEST = 30;

export function frontPage(model: SiteModel, lang: Lang, url = frontUrl(lang)): string {
  const t = STRINGS[lang];
  const edition = model.index.editions[lang];
  const summits = [...edition.terms.values()]
    .filter((term) => term.entity.type === "summit")
    .map((term) => ({ summit: term.entity as Summit, count: term.articles.length }))
    .sort(
      (a, b) =>
        (a.summit.start < b.summit.start ? 1 : a.summit.start > b.summit.start ? -1 : 0) ||
        (a.summit.id < b.summit.id ? -1 : 1),
    )
    .slice(0, 6);
  const body = html`<h1 class="visually-hidden">${model.config.title[lang]}</h1>
${
  summits.length > 0
    ? html`<section aria-labelledby="summits-title" class="summits">
<h2 id="summits-title">${t.summitsNow}</h2>
<ul class="summit-cards">${summits.map(
        ({ summit, count }) => html`<li><a href="${entityUrl(lang, summit)}">${summit.name[lang]}</a>
<span class="meta">${formatDayRange(summit.start, summit.end, lang)} · ${summit.city[lang]} · ${countArticles(count, lang)}</span></li>`,
      )}</ul>
</section>`
    : ""
}
<section aria-labelledby="latest-title">
<h2 id="latest-title">${t.latest}</h2>
${teaserList(model, lang, edition.articles.slice(0, LATEST))}
</section>`;
  return page(model, {
    lang,
    title: model.config.title[lang],
    description: model.config.description[lang],
    url,
    alternate: frontUrl(lang === "de" ? "en" : "de"),
    body,
  });
}
