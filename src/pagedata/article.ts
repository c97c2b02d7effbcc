/** `article`: headline, byline, dates, summary, lead picture, body, corrections, topics and related articles. */
import type { Article } from "../enrich/index.ts";
import { pictureFigure, remoteLeadFigure } from "../images/index.ts";
import { entityByKey } from "../index/index.ts";
import type { EntityKey } from "../registry/index.ts";
import { relatedArticles } from "../related/index.ts";
import {
  articleUrl,
  authorUrl,
  formatDate,
  html,
  isoAttr,
  monthUrl,
  type SafeHtml,
  utcIso,
} from "../render/index.ts";
import { articlePreview, newsArticleLd, translationOf } from "../seo/index.ts";
import { slugify } from "../text/index.ts";
import { rankTopics, splitChips } from "../topics/index.ts";
import { dateText, hasPage, monthOf, type PageContext, refOf } from "./context.ts";
import { shell } from "./shell.ts";
import { storyOf } from "./story.ts";
import type { ArticlePageData, EntityRef, Html } from "./types.ts";

/** How many related articles follow each article. */
const RELATED = 5;

export function articlePageData(ctx: PageContext, article: Article, id: string): ArticlePageData {
  const { model } = ctx;
  const zone = model.config.timeZone;
  const lang = article.lang;
  const translation = translationOf(model, article);
  const image = articlePreview(model, article);
  const published = isoAttr(article.date.iso, zone);
  const withTime = !article.date.dateOnly;
  const lead = leadFigure(ctx, article);
  const base = shell(ctx, "article", {
    lang,
    title: article.title,
    description: article.summary || article.title,
    url: articleUrl(article),
    ...(translation ? { alternate: articleUrl(translation) } : {}),
    jsonLd: [newsArticleLd(model, article, translation ? articleUrl(translation) : undefined)],
    preview: {
      type: "article",
      published,
      modified: article.updated ? isoAttr(article.updated.iso, zone) : published,
      ...(image ? { image } : {}),
    },
  });
  return {
    ...base,
    article: {
      id,
      summary: article.summary,
      ...kickerField(ctx, article),
      draft: model.dev && article.draft,
      authors: article.authors.map((name) => ({ text: name, url: authorUrl(lang, slugify(name)) })),
      published: {
        ...dateText(ctx, article.date.iso, lang, withTime),
        monthUrl: monthUrl(lang, monthOf(ctx, article.date.iso)),
      },
      ...(article.updated
        ? { updated: dateText(ctx, article.updated.iso, lang, !article.updated.dateOnly) }
        : {}),
      ...(lead ? { lead } : {}),
      body: model.bodies.get(id) ?? "",
      corrections: article.corrections.map((c) => ({
        date: dateText(ctx, c.date.iso, lang, !c.date.dateOnly),
        text: c.text,
      })),
      ...(translation
        ? {
            translation: { lang: translation.lang, url: articleUrl(translation), title: translation.title },
          }
        : {}),
      topics: topics(ctx, article),
      searchData: searchData(ctx, article).value,
    },
    related: relatedArticles(article, model.index.editions[lang], RELATED).map((a) => storyOf(ctx, a)),
  };
}

function kickerField(ctx: PageContext, article: Article): { kicker?: string } {
  const story = storyOf(ctx, article);
  return story.kicker ? { kicker: story.kicker } : {};
}

/** The article's topics as chips: at most five main ones in order of importance, the rest behind "more". */
function topics(ctx: PageContext, article: Article): ArticlePageData["article"]["topics"] {
  const { shown, more } = splitChips(rankTopics(article, hasPage(ctx, article.lang)));
  const refs = (list: readonly { key: EntityKey }[]): EntityRef[] =>
    list.flatMap((e) => {
      const entity = entityByKey(ctx.model.registry, e.key);
      return entity ? [refOf(ctx, article.lang, entity)] : [];
    });
  return { shown: refs(shown), more: refs(more) };
}

/** The lead image: processed from content/images/, or an https one as given; eager and first to load. */
function leadFigure(ctx: PageContext, article: Article): Html | undefined {
  const lead = article.image;
  if (!lead) return undefined;
  const picture = ctx.model.images.pictures.get(lead.src);
  if (picture) return pictureFigure(picture, lead, true).value;
  return lead.src.startsWith("https://") ? remoteLeadFigure(lead).value : undefined;
}

/**
 * What Pagefind reads besides the visible text: filters (entity ids, language), the sort key, the date shown in
 * results, and every name of the tagged entities, so a search for "Tokayev" finds an article that writes "Tokajew".
 * `hidden` keeps it from readers and assistive technology alike.
 */
function searchData(ctx: PageContext, article: Article): SafeHtml {
  const { model } = ctx;
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
