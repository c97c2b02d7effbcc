/** What every HTML page has: head, navigation, feeds, the site's name; the part of each page's data they share. */
import { cardKey } from "../images/index.ts";
import type { Lang } from "../registry/index.ts";
import {
  authorsUrl,
  editionFeedUrl,
  frontUrl,
  jsonForScript,
  kindLabel,
  listUrl,
  otherLang,
  searchUrl,
  yearUrl,
} from "../render/index.ts";
import { cardImage, type JsonLd, type PreviewInput, previewTags } from "../seo/index.ts";
import { otherEdition, type PageContext, stringsOf } from "./context.ts";
import type { FeedLinks, PageDataBase } from "./types.ts";

/** What a page tells the shell about itself. */
export interface ShellInput {
  readonly lang: Lang;
  /** The page's own title; the `<title>` adds the site's name. */
  readonly title: string;
  readonly description: string;
  /** Root-relative URL of this page (for the canonical link). */
  readonly url: string;
  /** The same page in the other language, if it exists. */
  readonly alternate?: string;
  /** schema.org nodes, written as JSON-LD. */
  readonly jsonLd?: readonly JsonLd[];
  /** Link-preview details beyond title, description and URL. */
  readonly preview?: Pick<PreviewInput, "type"> &
    Partial<Pick<PreviewInput, "image" | "published" | "modified">>;
  /** The page's own feeds. */
  readonly feeds?: FeedLinks;
  readonly noindex?: boolean;
  readonly scripts?: readonly string[];
}

/** The shared part of a page's data. */
export function shell<K extends string>(ctx: PageContext, kind: K, input: ShellInput): PageDataBase<K> {
  const { model } = ctx;
  const { lang } = input;
  const t = stringsOf(ctx, lang);
  const siteTitle = model.config.title[lang];
  const other = otherEdition(ctx, lang);
  const canonical = model.config.url + input.url;
  const edition: FeedLinks = {
    title: siteTitle,
    atom: editionFeedUrl(lang, "atom"),
    json: editionFeedUrl(lang, "json"),
  };
  // A page without a picture of its own shows its edition's card, so a shared link is never blank.
  const image = input.preview?.image ?? cardImage(model, cardKey.site(lang));
  const meta = previewTags({
    lang,
    siteName: siteTitle,
    title: input.title,
    description: input.description,
    url: canonical,
    hasAlternate: input.alternate !== undefined,
    type: "website",
    ...input.preview,
    ...(image ? { image } : {}),
  }).map(([attribute, name, content]) => ({ attribute, name, content }));
  // The archive starts at the newest year with articles (the front page when there is none yet).
  const newestMonth = model.index.editions[lang].months[0]?.month;
  const archive = newestMonth ? yearUrl(lang, newestMonth.slice(0, 4)) : frontUrl(lang);
  const alternates =
    input.alternate === undefined
      ? []
      : [
          { hreflang: otherLang(lang), href: model.config.url + input.alternate },
          { hreflang: lang, href: canonical },
          {
            hreflang: "x-default",
            href: lang === model.config.defaultLang ? canonical : model.config.url + input.alternate,
          },
        ];
  return {
    kind,
    lang,
    url: input.url,
    title: input.title,
    site: {
      title: siteTitle,
      description: model.config.description[lang],
      url: model.config.url,
      defaultLang: model.config.defaultLang,
    },
    strings: t,
    head: {
      title: input.title === siteTitle ? siteTitle : `${input.title} – ${siteTitle}`,
      description: input.description,
      canonical,
      alternates,
      meta,
      jsonLd: (input.jsonLd ?? []).map((node) => jsonForScript(node).value),
      noindex: input.noindex ?? false,
      stylesheets: ctx.theme.stylesheets,
      scripts: input.scripts ?? [],
    },
    nav: {
      home: frontUrl(lang),
      sections: [
        { text: kindLabel(t, "summit"), url: listUrl(lang, "summit") },
        { text: kindLabel(t, "country"), url: listUrl(lang, "country") },
        { text: kindLabel(t, "person"), url: listUrl(lang, "person") },
        { text: kindLabel(t, "organisation"), url: listUrl(lang, "organisation") },
        { text: t.archive, url: archive },
      ],
      archive,
      search: searchUrl(lang),
      authors: authorsUrl(lang),
      ...(other
        ? {
            otherLanguage: {
              lang: other,
              url: input.alternate ?? frontUrl(other),
              text: t.otherLanguage,
              title: input.alternate ? t.otherLanguageLabel : t.otherEdition,
            },
          }
        : {}),
    },
    feeds: { edition, ...(input.feeds ? { page: input.feeds } : {}) },
  };
}
