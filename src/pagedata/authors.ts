/** `authors` and `author`: an edition's bylines A–Z; each author's articles with their feeds, paginated. */
import { byLetter } from "../lists/index.ts";
import type { Lang } from "../registry/index.ts";
import { authorFeedUrl, authorsUrl, authorUrl, countArticles } from "../render/index.ts";
import { alternateUrl } from "../seo/index.ts";
import { otherEdition, type PageContext, stringsOf } from "./context.ts";
import { paginationOf } from "./pagination.ts";
import { shell } from "./shell.ts";
import { storyOf } from "./story.ts";
import type { AuthorPageData, AuthorsPageData } from "./types.ts";

export function authorsPageData(ctx: PageContext, lang: Lang): AuthorsPageData {
  const t = stringsOf(ctx, lang);
  const authors = [...ctx.model.index.editions[lang].authors.values()];
  // Sorted by surname, as a newspaper's list of its writers.
  const surname = (name: string) => name.split(" ").slice(-1)[0] ?? name;
  const groups = byLetter(authors, (a) => `${surname(a.name)} ${a.name}`, lang);
  const other = otherEdition(ctx, lang);
  return {
    ...shell(ctx, "authors", {
      lang,
      title: t.authors,
      description: `${t.authors} – ${ctx.model.config.title[lang]}`,
      url: authorsUrl(lang),
      ...(other ? { alternate: authorsUrl(other) } : {}),
    }),
    letters: groups.map((g) => ({ letter: g.letter, anchor: g.anchor })),
    groups: groups.map((g) => ({
      heading: g.letter,
      anchor: g.anchor,
      authors: g.items.map((a) => ({
        text: a.name,
        url: authorUrl(lang, a.slug),
        count: a.articles.length,
        countText: countArticles(a.articles.length, lang),
      })),
    })),
  };
}

export function authorPageData(
  ctx: PageContext,
  lang: Lang,
  slug: string,
  n: number,
  count: number,
): AuthorPageData {
  const { model } = ctx;
  const t = stringsOf(ctx, lang);
  const author = model.index.editions[lang].authors.get(slug);
  if (!author) throw new Error(`summitdesk: no author ${slug}`);
  const size = model.config.pageSize;
  const alternate = alternateUrl(model, {
    kind: "author",
    url: authorUrl(lang, slug, n),
    lang,
    slug,
    pageNumber: n,
    pageCount: count,
  });
  return {
    ...shell(ctx, "author", {
      lang,
      title: n > 1 ? `${author.name} (${t.page} ${n})` : author.name,
      description: `${t.articlesBy} ${author.name} – ${model.config.title[lang]}`,
      url: authorUrl(lang, slug, n),
      ...(alternate ? { alternate } : {}),
      feeds: {
        title: `${author.name} – ${model.config.title[lang]}`,
        atom: authorFeedUrl(lang, slug, "atom"),
        json: authorFeedUrl(lang, slug, "json"),
      },
      preview: { type: "profile" },
    }),
    author: { name: author.name, slug },
    authors: { text: t.authors, url: authorsUrl(lang) },
    count: author.articles.length,
    countText: countArticles(author.articles.length, lang),
    stories: author.articles.slice((n - 1) * size, n * size).map((a) => storyOf(ctx, a)),
    pagination: paginationOf(n, count, (k) => authorUrl(lang, slug, k)),
  };
}
