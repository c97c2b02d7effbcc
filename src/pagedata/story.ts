/** Articles as lists show them: teasers with kicker, headline, summary and date. */
import type { Article } from "../enrich/index.ts";
import { pictureElement } from "../images/index.ts";
import { articleUrl, html } from "../render/index.ts";
import { kickerOf } from "../topics/index.ts";
import { dateText, hasPage, type PageContext } from "./context.ts";
import type { Html, Story } from "./types.ts";

/** How the front page's lead picture is sized: the lead column from 64rem, the full width below. */
export const LEAD_SIZES = "(min-width: 64em) 42rem, 100vw";

/** An article as a teaser; `picture` adds its lead picture at `sizes`, `passing` marks a passing mention. */
export function storyOf(
  ctx: PageContext,
  article: Article,
  options: { readonly passing?: boolean; readonly picture?: string } = {},
): Story {
  const kicker = kickerOf(article, ctx.model.registry, hasPage(ctx, article.lang));
  const picture = options.picture === undefined ? undefined : leadPicture(ctx, article, options.picture);
  return {
    url: articleUrl(article),
    title: article.title,
    summary: article.summary,
    ...(kicker ? { kicker } : {}),
    lang: article.lang,
    date: dateText(ctx, article.date.iso, article.lang, false),
    passing: options.passing ?? false,
    hasPicture: article.image !== undefined,
    ...(picture ? { picture } : {}),
  };
}

/**
 * The article's lead picture for a teaser: processed (<picture> with AVIF/WebP srcsets at `sizes`), or an https
 * one as given; eager and first to load.
 */
function leadPicture(ctx: PageContext, article: Article, sizes: string): Html | undefined {
  const lead = article.image;
  if (!lead) return undefined;
  const picture = ctx.model.images.pictures.get(lead.src);
  if (picture) return pictureElement(picture, lead.alt, true, sizes).value;
  if (!lead.src.startsWith("https://")) return undefined;
  const size = lead.width && lead.height ? html` width="${lead.width}" height="${lead.height}"` : "";
  return html`<img class="story-img" src="${lead.src}" alt="${lead.alt}"${size} fetchpriority="high">`.value;
}
