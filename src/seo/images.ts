/**
 * Which picture stands for a page in link previews, structured data and feeds: an article's lead image (the
 * processed social crops for a file from content/images/, the given URL for an https one), else its card.
 */
import type { Article } from "../enrich/index.ts";
import { cardKey, type ImageVariant, MIME } from "../images/index.ts";
import type { Lang } from "../registry/index.ts";
import type { SiteModel } from "../site/types.ts";
import type { PreviewImage } from "./openGraph.ts";

function absolute(model: SiteModel, variant: ImageVariant, alt: string): PreviewImage {
  return {
    url: model.config.url + variant.url,
    alt,
    width: variant.width,
    height: variant.height,
    type: MIME[variant.format],
  };
}

/** The article's own picture (16:9 for a processed one), or undefined when it has none. */
export function articleImage(model: SiteModel, article: Article): PreviewImage | undefined {
  const lead = article.image;
  if (!lead) return undefined;
  const picture = model.images.pictures.get(lead.src);
  if (picture?.social) return absolute(model, picture.social.wide, lead.alt);
  if (lead.src.startsWith("https://")) {
    return {
      url: lead.src,
      alt: lead.alt,
      ...(lead.width && lead.height ? { width: lead.width, height: lead.height } : {}),
    };
  }
  return undefined;
}

/** A page's generated card (see SiteImages.cards). */
export function cardImage(model: SiteModel, key: string): PreviewImage | undefined {
  const card = model.images.cards.get(key);
  return card
    ? {
        url: model.config.url + card.url,
        alt: card.alt,
        width: card.width,
        height: card.height,
        type: "image/png",
      }
    : undefined;
}

/** What a link to the article shows: its picture, else its card. */
export function articlePreview(model: SiteModel, article: Article): PreviewImage | undefined {
  return articleImage(model, article) ?? cardImage(model, cardKey.article(article));
}

/** What a link to an entity page shows. */
export function termPreview(model: SiteModel, lang: Lang, key: string): PreviewImage | undefined {
  return cardImage(model, cardKey.term(lang, key)) ?? cardImage(model, cardKey.site(lang));
}

/** NewsArticle `image`: the three crops Google asks for (16:9, 4:3, 1:1), the https picture, or the card. */
export function articleImagesLd(model: SiteModel, article: Article): string[] | undefined {
  const lead = article.image;
  const social = lead ? model.images.pictures.get(lead.src)?.social : undefined;
  if (social) return [social.wide, social.standard, social.square].map((v) => model.config.url + v.url);
  const preview = articlePreview(model, article);
  return preview ? [preview.url] : undefined;
}
