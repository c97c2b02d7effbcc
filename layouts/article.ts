/** The article page: headline, byline, dates, summary, body, corrections, entity tags and related articles. */
import type { Article } from "../src/enrich/index.ts";
import { pictureFigure, remoteLeadFigure } from "../src/images/index.ts";
import { entityByKey } from "../src/index/index.ts";
import { relatedArticles } from "../src/related/index.ts";
import { formatDate, isoAttr, utcIso } from "../src/render/format.ts";
import { html, raw, type SafeHtml } from "../src/render/html.ts";
import { STRINGS } from "../src/render/i18n.ts";
import { articleUrl } from "../src/render/urls.ts";
import { articlePreview, newsArticleLd, translationOf } from "../src/seo/index.ts";
import type { SiteModel } from "../src/site/types.ts";
import { page } from "./base.ts";
import { archiveDate, byline, entityTags, kicker, story, time } from "./parts.ts";

/** How many related articles follow each article. */
const RELATED = 5;

export function articlePage(model: SiteModel, article: Article, id: string): string {
  const t = STRINGS[article.lang];
  const zone = model.config.timeZone;
  const translation = translationOf(model, article);
  const related = relatedArticles(article, model.index.editions[article.lang], RELATED);
  const image = articlePreview(model, article);
  const published = isoAttr(article.date.iso, zone);
  const body = html`<article class="article" data-pagefind-body>
${model.dev && article.draft ? html`<p class="draft-banner" role="status">${t.draft}</p>` : ""}
<header class="article-head">
<div data-pagefind-ignore>${kicker(model, article)}</div>
<h1>${article.title}</h1>
${article.summary ? html`<p class="lede" data-pagefind-meta="summary">${article.summary}</p>` : ""}
<p class="meta article-meta" data-pagefind-ignore>${byline(article)}${article.authors.length > 0 ? " · " : ""}<span>${t.published} ${archiveDate(model, article, article.date.iso, !article.date.dateOnly)}</span>${article.updated ? html` · <span>${t.updated} ${time(model, article.updated.iso, article.lang, !article.updated.dateOnly)}</span>` : ""}</p>
</header>
${leadFigure(model, article)}
<div class="body">
${raw(model.bodies.get(id) ?? "")}
</div>
${
  article.corrections.length > 0
    ? html`<aside class="corrections" aria-labelledby="corrections-title"><h2 id="corrections-title">${t.corrections}</h2><ul>${article.corrections.map(
        (c) => html`<li>${time(model, c.date.iso, article.lang, !c.date.dateOnly)}: ${c.text}</li>`,
      )}</ul></aside>`
    : ""
}
<footer class="article-foot" data-pagefind-ignore>
${translation ? html`<p class="translation"><a href="${articleUrl(translation)}" hreflang="${translation.lang}" lang="${translation.lang}">${t.translations}: ${translation.title}</a></p>` : ""}
${entityTags(model, article)}
</footer>
${searchData(model, article)}
</article>
${
  related.length > 0
    ? html`<section class="related" aria-labelledby="related-title">
<h2 id="related-title" class="section-title">${t.related}</h2>
<ul class="stories stories-grid">${related.map((a) => html`<li>${story(model, a, "compact", { summary: false })}</li>`)}</ul>
</section>`
    : ""
}`;
  return page(model, {
    lang: article.lang,
    title: article.title,
    description: article.summary || article.title,
    url: articleUrl(article),
    ...(translation ? { alternate: articleUrl(translation) } : {}),
    body,
    jsonLd: [newsArticleLd(model, article, translation ? articleUrl(translation) : undefined)],
    preview: {
      type: "article",
      published,
      modified: article.updated ? isoAttr(article.updated.iso, zone) : published,
      ...(image ? { image } : {}),
    },
  });
}

/** The lead image: processed from content/images/, or an https one as given; eager and first to load. */
function leadFigure(model: SiteModel, article: Article): SafeHtml | string {
  const lead = article.image;
  if (!lead) return "";
  const picture = model.images.pictures.get(lead.src);
  if (picture) return pictureFigure(picture, lead, true);
  return lead.src.startsWith("https://") ? remoteLeadFigure(lead) : "";
}

/**
 * What Pagefind reads besides the visible text: filters (entity ids, language), the sort key, the date shown in
 * results, and every name of the tagged entities, so a search for "Tokayev" finds an article that writes "Tokajew".
 * `hidden` keeps it from readers and assistive technology alike.
 */
function searchData(model: SiteModel, article: Article): SafeHtml {
  const names = new Set<string>();
  const filters: SafeHtml[] = [
    html`<span data-pagefind-filter="language:${article.lang}"></span>`,
    html`<span data-pagefind-meta="lang:${article.lang}"></span>`,
  ];
  for (const tag of article.entities) {
    const entity = entityByKey(model.registry, tag.key);
    if (!entity) continue;
    filters.push(html`<span data-pagefind-filter="${tag.type}:${entity.id}"></span>`);
    const short = entity.type === "person" ? (entity.short ?? []) : [];
    for (const name of [entity.name.de, entity.name.en, ...entity.aliases, ...short]) names.add(name);
  }
  const utc = utcIso(article.date.millis);
  const shown = formatDate(article.date.iso, article.lang, model.config.timeZone, false);
  // A search result may show the lead image: the smallest processed one, not whatever image Pagefind finds first.
  const thumb = article.image && model.images.pictures.get(article.image.src)?.sources.at(-1)?.variants[0];
  if (thumb) {
    filters.push(
      html`<span data-pagefind-meta="image[data-src], image_alt[data-alt]" data-src="${thumb.url}" data-alt="${article.image?.alt ?? ""}"></span>`,
    );
  }
  return html`<div hidden data-pagefind-sort="date:${utc}" data-pagefind-meta="date:${shown}"><span data-pagefind-meta="sortdate:${utc}"></span>${filters}<p data-pagefind-weight="0.5">${[...names].join(" · ")}</p></div>`;
}
