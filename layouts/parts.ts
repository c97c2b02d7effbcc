/** Small pieces several layouts share: story teasers, the lead picture, topic chips, pagination, letter bars. */
import type { Article } from "../src/enrich/index.ts";
import { pictureElement } from "../src/images/index.ts";
import { entityByKey } from "../src/index/index.ts";
import type { LetterGroup } from "../src/lists/index.ts";
import type { Entity, EntityKey, Lang } from "../src/registry/index.ts";
import { formatDate, isoAttr } from "../src/render/format.ts";
import { html, type SafeHtml } from "../src/render/html.ts";
import { STRINGS } from "../src/render/i18n.ts";
import { articleUrl, authorUrl, entityUrl, monthUrl } from "../src/render/urls.ts";
import type { SiteModel } from "../src/site/types.ts";
import { slugify } from "../src/text/index.ts";
import { kickerOf, rankTopics, splitChips } from "../src/topics/index.ts";

/** A <time> element in the site's zone and the page's language. */
export function time(model: SiteModel, iso: string, lang: Lang, withTime: boolean): SafeHtml {
  const zone = model.config.timeZone;
  return html`<time datetime="${isoAttr(iso, zone)}">${formatDate(iso, lang, zone, withTime)}</time>`;
}

/** The calendar month ("2025-09") of an instant in the site's zone: where the archive lists it. */
export function monthOf(model: SiteModel, iso: string): string {
  return isoAttr(iso, model.config.timeZone).slice(0, 7);
}

/** Does the article's edition have a page for this entity? */
export function hasPage(model: SiteModel, lang: Lang): (key: EntityKey) => boolean {
  const terms = model.index.editions[lang].terms;
  return (key) => terms.has(key);
}

/** The kicker of an article ("SOZ-Gipfel Tianjin", "Kasachstan"), as a paragraph above its headline. */
export function kicker(model: SiteModel, article: Article): SafeHtml | "" {
  const text = kickerOf(article, model.registry, hasPage(model, article.lang));
  return text ? html`<p class="kicker">${text}</p>` : "";
}

/**
 * The lead story's picture as the article's `image:` gives it today: one file, 16:9, eager and first to load.
 * The one place to hand over to processed pictures (<picture> with AVIF/WebP srcset in `sizes`) when they exist.
 */
export function leadPicture(model: SiteModel, article: Article, sizes: string, eager = true): SafeHtml | "" {
  const lead = article.image;
  if (!lead) return "";
  // A local picture was processed into AVIF/WebP/JPEG at several widths (src/images); a remote one stays as given.
  const picture = model.images.pictures.get(lead.src);
  if (picture) return pictureElement(picture, lead.alt, eager, sizes);
  if (!lead.src.startsWith("https://")) return "";
  const size = lead.width && lead.height ? html` width="${lead.width}" height="${lead.height}"` : "";
  const loading = eager ? html` fetchpriority="high"` : html` loading="lazy" decoding="async"`;
  return html`<img class="story-img" src="${lead.src}" alt="${lead.alt}"${size}${loading}>`;
}

/** The byline: every author linked to their page. */
export function byline(article: Article): SafeHtml | "" {
  if (article.authors.length === 0) return "";
  const t = STRINGS[article.lang];
  const links = article.authors.map(
    (name, i) =>
      html`${i === 0 ? "" : i === article.authors.length - 1 ? ` ${t.and} ` : ", "}<a rel="author" href="${authorUrl(article.lang, slugify(name))}">${name}</a>`,
  );
  return html`<span class="byline">${t.by} ${links}</span>`;
}

/** How a story is shown: the lead, secondary stories, compact items in lists. */
export type StoryVariant = "lead" | "secondary" | "compact";

/** A story teaser: kicker, headline (the link), summary, date; the lead with its picture. */
export function story(
  model: SiteModel,
  article: Article,
  variant: StoryVariant,
  options: { passing?: boolean; summary?: boolean; heading?: "h2" | "h3"; kicker?: boolean } = {},
): SafeHtml {
  const t = STRINGS[article.lang];
  const heading = options.heading ?? "h3";
  const title = html`<a href="${articleUrl(article)}">${article.title}</a>`;
  const headline =
    heading === "h2"
      ? html`<h2 class="story-title">${title}</h2>`
      : html`<h3 class="story-title">${title}</h3>`;
  const picture = variant === "lead" ? leadPicture(model, article, "(min-width: 64em) 42rem, 100vw") : "";
  const summary = (options.summary ?? variant !== "compact") && article.summary;
  return html`<article class="story story-${variant}${picture ? " has-picture" : ""}">
${picture ? html`<div class="story-media">${picture}</div>` : ""}<div class="story-text">
${options.kicker === false ? "" : kicker(model, article)}${headline}
${summary ? html`<p class="story-dek">${article.summary}</p>` : ""}
<p class="meta">${time(model, article.date.iso, article.lang, false)}${options.passing ? html` · <span class="passing">${t.passing}</span>` : ""}</p>
</div>
</article>`;
}

/** A list of compact stories, or a friendly empty state. */
export function storyList(
  model: SiteModel,
  lang: Lang,
  articles: readonly Article[],
  options: {
    passing?: (a: Article) => boolean;
    summary?: boolean;
    className?: string;
    kicker?: boolean;
    heading?: "h2" | "h3";
  } = {},
): SafeHtml {
  if (articles.length === 0) return html`<p>${STRINGS[lang].noArticles}</p>`;
  return html`<ul class="stories${options.className ? ` ${options.className}` : ""}">${articles.map(
    (a) =>
      html`<li>${story(model, a, "compact", {
        passing: options.passing?.(a) ?? false,
        summary: options.summary ?? true,
        ...(options.kicker === false ? { kicker: false } : {}),
        ...(options.heading ? { heading: options.heading } : {}),
      })}</li>`,
  )}</ul>`;
}

/** The entity's name in a language. */
export function nameOf(entity: Entity, lang: Lang): string {
  return entity.name[lang];
}

/** The article's topics as chips: at most five main ones in order of importance, the rest behind "more". */
export function entityTags(model: SiteModel, article: Article): SafeHtml {
  const t = STRINGS[article.lang];
  const { shown, more } = splitChips(rankTopics(article, hasPage(model, article.lang)));
  const chip = (key: EntityKey, type: string) => {
    const entity = entityByKey(model.registry, key);
    return entity
      ? html`<li><a class="tag tag-${type}" href="${entityUrl(article.lang, entity)}">${nameOf(entity, article.lang)}</a></li>`
      : "";
  };
  if (shown.length + more.length === 0) return html``;
  return html`<nav class="tags" aria-label="${t.tags}"><ul>${shown.map((e) => chip(e.key, e.type))}</ul>${
    more.length > 0
      ? html`<details class="more-tags"><summary>${t.moreTopics} (${more.length})</summary><ul>${more.map((e) => chip(e.key, e.type))}</ul></details>`
      : ""
  }</nav>`;
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

/** The bar of letters above an A–Z list, linking to each letter's group. */
export function letterBar<T>(lang: Lang, groups: readonly LetterGroup<T>[]): SafeHtml {
  return html`<nav class="letters" aria-label="${STRINGS[lang].letters}"><ul>${groups.map(
    (g) => html`<li><a href="#${g.anchor}">${g.letter}</a></li>`,
  )}</ul></nav>`;
}

/** The date of an article linked to its month in the archive. */
export function archiveDate(model: SiteModel, article: Article, iso: string, withTime: boolean): SafeHtml {
  return html`<a class="date-link" href="${monthUrl(article.lang, monthOf(model, iso))}">${time(model, iso, article.lang, withTime)}</a>`;
}
