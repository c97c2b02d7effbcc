/** Authors: an edition's bylines A–Z, and each author's articles with their feeds, paginated. */
import type { AuthorPageData, AuthorsPageData } from "../src/pagedata/index.ts";
import { html } from "../src/render/index.ts";
import { page } from "./base.ts";
import { letterBar, pagination, storyList } from "./parts.ts";

export function authorsLayout(data: AuthorsPageData): string {
  const t = data.strings;
  const body = html`<header class="list-head"><h1>${t.authors}</h1></header>
${
  data.groups.length === 0
    ? html`<p>${t.noArticles}</p>`
    : html`${letterBar(t, data.letters)}
${data.groups.map(
  (
    g,
  ) => html`<section aria-labelledby="${g.anchor}" class="list-group"><h2 id="${g.anchor}" class="letter">${g.heading}</h2>
<ul class="entries">${g.authors.map((a) => html`<li><a href="${a.url}">${a.text}</a> <span class="meta">${a.countText}</span></li>`)}</ul></section>`,
)}`
}`;
  return page(data, body);
}

export function authorLayout(data: AuthorPageData): string {
  const t = data.strings;
  const n = data.pagination.pageNumber;
  const feeds = data.feeds.page;
  const body = html`<nav aria-label="${t.breadcrumb}" class="breadcrumb"><a href="${data.authors.url}">${data.authors.text}</a></nav>
<header class="entity-head"><h1>${data.author.name}${n > 1 ? html` <span class="page-no">(${t.page} ${n})</span>` : ""}</h1>
<p class="meta">${t.articlesBy} ${data.author.name}: ${data.countText}</p>
<p class="subscribe">${t.feedOf}: <a href="${feeds?.atom ?? ""}" type="application/atom+xml">${t.feedAtom}</a> · <a href="${feeds?.json ?? ""}" type="application/feed+json">${t.feedJson}</a></p>
</header>
${storyList(t, data.stories, { heading: "h2" })}
${pagination(t, data.pagination)}`;
  return page(data, body);
}
