/** What every page-data builder works from, and the small conversions they share. */
import type { Article } from "../enrich/index.ts";
import type { Entity, EntityKey, EntityType, Lang } from "../registry/index.ts";
import { entityUrl, formatDate, isoAttr, otherLang, type UiStrings } from "../render/index.ts";
import type { SiteModel } from "../site/types.ts";
import type { DateText, EntityRef } from "./types.ts";

/** What a site adds to our look: its stylesheet after ours (assets/site.css), found by the Eleventy plugin. */
export interface Theme {
  /** Stylesheets every page links, in order. */
  readonly stylesheets: readonly string[];
}

/** Our stylesheet alone: a site without assets/site.css. */
export const DEFAULT_THEME: Theme = { stylesheets: ["/assets/style.css"] };

/** The model of the build and the site's theme. */
export interface PageContext {
  readonly model: SiteModel;
  readonly theme: Theme;
}

/** The UI strings of a language, with the site's own wording applied. */
export function stringsOf(ctx: PageContext, lang: Lang): UiStrings {
  return ctx.model.strings[lang];
}

/** An instant in the site's zone and the page's language, with or without the time of day. */
export function dateText(ctx: PageContext, iso: string, lang: Lang, withTime: boolean): DateText {
  const zone = ctx.model.config.timeZone;
  return { iso: isoAttr(iso, zone), text: formatDate(iso, lang, zone, withTime) };
}

/** The calendar month ("2025-09") of an instant in the site's zone: where the archive lists it. */
export function monthOf(ctx: PageContext, iso: string): string {
  return isoAttr(iso, ctx.model.config.timeZone).slice(0, 7);
}

/** Does this edition have a page for the entity? */
export function hasPage(ctx: PageContext, lang: Lang): (key: EntityKey) => boolean {
  const terms = ctx.model.index.editions[lang].terms;
  return (key) => terms.has(key);
}

/**
 * An entity as a page names it, linked when the edition has its page. An entity the registry lacks is named by
 * `fallback` (an id), unlinked.
 */
export function entityRef(
  ctx: PageContext,
  lang: Lang,
  entity: Entity | undefined,
  fallback: { readonly type: EntityType; readonly id: string },
): EntityRef {
  if (!entity) return { type: fallback.type, id: fallback.id, name: fallback.id };
  const linked = ctx.model.index.editions[lang].terms.has(`${entity.type}:${entity.id}`);
  return {
    type: entity.type,
    id: entity.id,
    name: entity.name[lang],
    ...(linked ? { url: entityUrl(lang, entity) } : {}),
  };
}

/** A known entity as a page names it. */
export function refOf(ctx: PageContext, lang: Lang, entity: Entity): EntityRef {
  return entityRef(ctx, lang, entity, entity);
}

/** The other language when the site publishes it too (site.yaml `languages`), else undefined. */
export function otherEdition(ctx: PageContext, lang: Lang): Lang | undefined {
  const other = otherLang(lang);
  return ctx.model.config.languages.includes(other) ? other : undefined;
}

/** The article's language edition. */
export function editionOf(ctx: PageContext, article: Pick<Article, "lang">) {
  return ctx.model.index.editions[article.lang];
}
