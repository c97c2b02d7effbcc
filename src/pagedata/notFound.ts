/** `not-found`, `removed` and `redirect`: the 404 page, a URL whose article is gone, an article's old URL. */

import { LANGS } from "../registry/index.ts";
import type { Page } from "../render/index.ts";
import { frontUrl, searchUrl } from "../render/index.ts";
import { type PageContext, stringsOf } from "./context.ts";
import { shell } from "./shell.ts";
import type { NotFoundPageData, RedirectPageData, RemovedPageData } from "./types.ts";

/** The 404 page: one file for every host, in every language (the default language first). */
export function notFoundPageData(ctx: PageContext): NotFoundPageData {
  const { model } = ctx;
  const lang = model.config.defaultLang;
  const t = stringsOf(ctx, lang);
  const order = [lang, ...LANGS.filter((l) => l !== lang && model.config.languages.includes(l))];
  return {
    ...shell(ctx, "not-found", { lang, title: t.notFound, description: t.notFoundText, url: "/404.html" }),
    editions: order.map((l) => ({
      lang: l,
      strings: stringsOf(ctx, l),
      home: { text: model.config.title[l], url: frontUrl(l) },
      search: searchUrl(l),
    })),
  };
}

/** A "removed" page where an article was: the site's shell, marked noindex, with ways on. */
export function removedPageData(ctx: PageContext, p: Extract<Page, { kind: "removed" }>): RemovedPageData {
  const t = stringsOf(ctx, p.lang);
  return shell(ctx, "removed", {
    lang: p.lang,
    title: t.removed,
    description: t.removedText,
    url: p.url,
    noindex: true,
  });
}

/** An article's old URL: the canonical link and a meta refresh send readers and search engines to `to`. */
export function redirectPageData(ctx: PageContext, p: Extract<Page, { kind: "redirect" }>): RedirectPageData {
  const t = stringsOf(ctx, p.lang);
  const articleTitle = ctx.model.articles.get(p.article)?.title ?? p.to;
  const base = shell(ctx, "redirect", {
    lang: p.lang,
    title: `${t.moved}: ${articleTitle}`,
    description: t.movedText,
    url: p.url,
    noindex: true,
  });
  // The canonical URL is where the article is now, not this old address.
  return { ...base, head: { ...base.head, canonical: ctx.model.config.url + p.to }, to: p.to, articleTitle };
}
