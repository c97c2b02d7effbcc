/** Builds the Feed of an edition or of one entity from the site model: the newest articles, newest first. */
import type { Article } from "../enrich/index.ts";
import { entityByKey } from "../index/index.ts";
import type { EntityKey, Lang } from "../registry/index.ts";
import {
  articleId,
  articleUrl,
  authorFeedUrl,
  authorUrl,
  editionFeedUrl,
  entityFeedUrl,
  entityUrl,
  formatDate,
  frontUrl,
  html,
  isoAttr,
} from "../render/index.ts";
import { articleImage } from "../seo/index.ts";
import type { SiteModel } from "../site/types.ts";
import type { Feed, FeedItem } from "./types.ts";
import { absolutizeHtml } from "./xml.ts";

/** A feed carries at most this many entries; older ones stay reachable through the pages. */
export const FEED_SIZE = 50;

/** The feed of a whole edition. */
export function editionFeed(model: SiteModel, lang: Lang): Feed {
  const base = model.config.url;
  return makeFeed(model, lang, model.index.editions[lang].articles, {
    title: model.config.title[lang],
    description: model.config.description[lang],
    homeUrl: base + frontUrl(lang),
    atomUrl: base + editionFeedUrl(lang, "atom"),
    jsonUrl: base + editionFeedUrl(lang, "json"),
  });
}

/** The feed of one entity in one edition; undefined when the edition has no article about it. */
export function entityFeed(model: SiteModel, lang: Lang, key: EntityKey): Feed | undefined {
  const term = model.index.editions[lang].terms.get(key);
  if (!term) return undefined;
  const base = model.config.url;
  const name = term.entity.name[lang];
  return makeFeed(model, lang, term.articles, {
    title: `${name} – ${model.config.title[lang]}`,
    description: term.entity.description?.[lang] ?? name,
    homeUrl: base + entityUrl(lang, term.entity),
    atomUrl: base + entityFeedUrl(lang, term.entity, "atom"),
    jsonUrl: base + entityFeedUrl(lang, term.entity, "json"),
  });
}

/** The feed of one author in one edition; undefined when the edition has no such author. */
export function authorFeed(model: SiteModel, lang: Lang, slug: string): Feed | undefined {
  const author = model.index.editions[lang].authors.get(slug);
  if (!author) return undefined;
  const base = model.config.url;
  const title = `${author.name} – ${model.config.title[lang]}`;
  return makeFeed(model, lang, author.articles, {
    title,
    description: title,
    homeUrl: base + authorUrl(lang, slug),
    atomUrl: base + authorFeedUrl(lang, slug, "atom"),
    jsonUrl: base + authorFeedUrl(lang, slug, "json"),
  });
}

type FeedHead = Pick<Feed, "title" | "description" | "homeUrl" | "atomUrl" | "jsonUrl">;

function makeFeed(model: SiteModel, lang: Lang, articles: readonly Article[], head: FeedHead): Feed {
  const items = articles.slice(0, FEED_SIZE).map((a) => feedItem(model, a));
  const newest = items.reduce<string | undefined>(
    (max, item) => (max === undefined || Date.parse(item.updated) > Date.parse(max) ? item.updated : max),
    undefined,
  );
  const zone = model.config.timeZone;
  return {
    lang,
    ...head,
    updated: newest ?? isoAttr(new Date(model.referenceTime).toISOString(), zone),
    publisher: model.config.title[lang],
    items,
  };
}

/** One article as a feed entry. */
export function feedItem(model: SiteModel, article: Article): FeedItem {
  const base = model.config.url;
  const zone = model.config.timeZone;
  const url = base + articleUrl(article);
  const edition = model.index.editions[article.lang];
  const tags = article.entities.flatMap((e) => {
    if (e.salience.level !== "main" || !edition.terms.has(e.key)) return [];
    const entity = entityByKey(model.registry, e.key);
    return entity ? [entity.name[article.lang]] : [];
  });
  const published = isoAttr(article.date.iso, zone);
  const image = articleImage(model, article);
  return {
    id: url,
    url,
    title: article.title,
    summary: article.summary,
    contentHtml:
      absolutizeHtml(model.bodies.get(articleId(article)) ?? "", base) + correctionsHtml(model, article),
    published,
    updated: article.updated ? isoAttr(article.updated.iso, zone) : published,
    authors: article.authors,
    tags,
    lang: article.lang,
    ...(image ? { image } : {}),
  };
}

/** The article's corrections as an HTML notice at the end of the feed entry, as on the page. */
function correctionsHtml(model: SiteModel, article: Article): string {
  if (article.corrections.length === 0) return "";
  // The site's own wording of the heading, as on the article page (content/strings.yaml).
  const t = model.strings[article.lang];
  const zone = model.config.timeZone;
  return html`<aside><h2>${t.corrections}</h2><ul>${article.corrections.map(
    (c) => html`<li>${formatDate(c.date.iso, article.lang, zone, !c.date.dateOnly)}: ${c.text}</li>`,
  )}</ul></aside>`.value;
}
