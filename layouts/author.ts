/** Authors: an edition's bylines A–Z, and each author's articles with their feeds, paginated. */
import { byLetter } from "../src/lists/index.ts";
import type { Lang } from "../src/registry/index.ts";
import { html } from "../src/render/html.ts";
import { countArticles, otherLang, STRINGS } from "../src/render/i18n.ts";
import { authorFeedUrl, authorsUrl, authorUrl } from "../src/render/urls.ts";
import { alternateUrl } from "../src/seo/index.ts";
import type { SiteModel } from "../src/site/types.ts";
import { page } from "./base.ts";
import { letterBar, pagination, storyList } from "./parts.ts";

export function authorsPage(model: SiteModel, lang: Lang): string {
  const t = STRINGS[lang];
  const authors = [...model.index.editions[lang].authors.values()];
  // Sorted by surname, as a newspaper's list of its writers.
  const surname = (name: string) => name.split(" ").slice(-1)[0] ?? name;
  const groups = byLetter(authors, (a) => `${surname(a.name)} ${a.name}`, lang);
  const body = html`<header class="list-head"><h1>${t.authors}</h1></header>
${
  authors.length === 0
    ? html`<p>${t.noArticles}</p>`
    : html`${letterBar(lang, groups)}
${groups.map(
  (
    g,
  ) => html`<section aria-labelledby="${g.anchor}" class="list-group"><h2 id="${g.anchor}" class="letter">${g.letter}</h2>
<ul class="entries">${g.items.map((a) => html`<li><a href="${authorUrl(lang, a.slug)}">${a.name}</a> <span class="meta">${countArticles(a.articles.length, lang)}</span></li>`)}</ul></section>`,
)}`
}`;
  return page(model, {
    lang,
    title: t.authors,
    description: `${t.authors} – ${model.config.title[lang]}`,
    url: authorsUrl(lang),
    alternate: authorsUrl(otherLang(lang)),
    body,
  });
}

export function authorPage(model: SiteModel, lang: Lang, slug: string, n: number, count: number): string {
  const t = STRINGS[lang];
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
  const feeds = {
    title: `${author.name} – ${model.config.title[lang]}`,
    atom: authorFeedUrl(lang, slug, "atom"),
    json: authorFeedUrl(lang, slug, "json"),
  };
  const body = html`<nav aria-label="${t.breadcrumb}" class="breadcrumb"><a href="${authorsUrl(lang)}">${t.authors}</a></nav>
<header class="entity-head"><h1>${author.name}${n > 1 ? html` <span class="page-no">(${t.page} ${n})</span>` : ""}</h1>
<p class="meta">${t.articlesBy} ${author.name}: ${countArticles(author.articles.length, lang)}</p>
<p class="subscribe">${t.feedOf}: <a href="${feeds.atom}" type="application/atom+xml">${t.feedAtom}</a> · <a href="${feeds.json}" type="application/feed+json">${t.feedJson}</a></p>
</header>
${storyList(model, lang, author.articles.slice((n - 1) * size, n * size), { heading: "h2" })}
${pagination(lang, n, count, (k) => authorUrl(lang, slug, k))}`;
  return page(model, {
    lang,
    title: n > 1 ? `${author.name} (${t.page} ${n})` : author.name,
    description: `${t.articlesBy} ${author.name} – ${model.config.title[lang]}`,
    url: authorUrl(lang, slug, n),
    ...(alternate ? { alternate } : {}),
    body,
    feeds,
    preview: { type: "profile" },
  });
}
