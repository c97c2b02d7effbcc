/** Small pieces several layouts share: article teasers, entity tags, pagination. */
import type { Article } from "../src/enrich/index.ts";
import { entityByKey } from "../src/index/index.ts";
import type { Entity, Lang } from "../src/registry/index.ts";
import { formatDate, isoAttr } from "../src/render/format.ts";
import { html, type SafeHtml } from "../src/render/html.ts";
import { STRINGS } from "../src/render/i18n.ts";
import { articleUrl, entityUrl } from "../src/render/urls.ts";
import type { SiteModel } from "../src/site/types.ts";

/** A <time> element in the site's zone and the page's language. */
export function time(model: SiteModel, iso: string, lang: Lang, withTime: boolean): SafeHtml {
  const zone = model.config.timeZone;
  return html`<time datetime="${isoAttr(iso, zone)}">${formatDate(iso, lang, zone, withTime)}</time>`;
}

/** One article in a list: headline, date, summary. `passing` marks an entity merely mentioned. */
export function teaser(model: SiteModel, article: Article, passing = false): SafeHtml {
  const t = STRINGS[article.lang];
  return html`<li class="teaser">
<h3><a href="${articleUrl(article)}">${article.title}</a></h3>
<p class="meta">${time(model, article.date.iso, article.lang, false)}${passing ? html` · <span class="passing">${t.passing}</span>` : ""}</p>
${article.summary ? html`<p>${article.summary}</p>` : ""}
</li>`;
}

/** A list of teasers, or a friendly empty state. */
export function teaserList(
  model: SiteModel,
  lang: Lang,
  articles: readonly Article[],
  passing?: (a: Article) => boolean,
): SafeHtml {
  if (articles.length === 0) return html`<p>${STRINGS[lang].noArticles}</p>`;
  return html`<ul class="teasers">${articles.map((a) => teaser(model, a, passing?.(a) ?? false))}</ul>`;
}

/** The entity's name in a language. */
export function nameOf(entity: Entity, lang: Lang): string {
  return entity.name[lang];
}

/** Links to the entities an article is tagged with, grouped in one list. */
export function entityTags(model: SiteModel, article: Article): SafeHtml {
  const edition = model.index.editions[article.lang];
  const items = article.entities.flatMap((tag) => {
    const entity = entityByKey(model.registry, tag.key);
    if (!entity || !edition.terms.has(tag.key)) return [];
    return [
      html`<li><a class="tag tag-${tag.type}" href="${entityUrl(article.lang, entity)}">${nameOf(entity, article.lang)}</a></li>`,
    ];
  });
  if (items.length === 0) return html``;
  return html`<nav class="tags" aria-label="${STRINGS[article.lang].tags}"><ul>${items}</ul></nav>`;
}

/** A link to an entity's page in this edition when it has one, else its plain name (or `fallback` when unknown). */
export function entityRefHtml(
  model: SiteModel,
  lang: Lang,
  entity: Entity | undefined,
  fallback = "",
): SafeHtml | string {
  if (!entity) return fallback;
  return model.index.editions[lang].terms.has(`${entity.type}:${entity.id}`)
    ? html`<a href="${entityUrl(lang, entity)}">${entity.name[lang]}</a>`
    : entity.name[lang];
}

/** Previous/next links between the pages of a paginated list. */
export function pagination(lang: Lang, n: number, count: number, urlOf: (n: number) => string): SafeHtml {
  if (count <= 1) return html``;
  const t = STRINGS[lang];
  return html`<nav class="pagination" aria-label="${t.pagination}">
${n > 1 ? html`<a rel="prev" href="${urlOf(n - 1)}">${t.previous}</a>` : ""}
<span>${t.page} ${n} / ${count}</span>
${n < count ? html`<a rel="next" href="${urlOf(n + 1)}">${t.next}</a>` : ""}
</nav>`;
}
