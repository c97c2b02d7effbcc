/** The article page: headline, byline, dates, summary, body, corrections, entity tags and related articles. */
import type { ArticlePageData, ArticleSearchData, EntityRef } from "../src/pagedata/index.ts";
import { html, raw, type SafeHtml } from "../src/render/index.ts";
import { page } from "./base.ts";
import { story, time } from "./parts.ts";

export function articleLayout(data: ArticlePageData): string {
  const t = data.strings;
  const a = data.article;
  const byline =
    a.authors.length === 0
      ? ""
      : html`<span class="byline">${t.by} ${a.authors.map(
          (author, i) =>
            html`${i === 0 ? "" : i === a.authors.length - 1 ? ` ${t.and} ` : ", "}<a rel="author" href="${author.url}">${author.text}</a>`,
        )}</span>`;
  const body = html`<article class="article" data-pagefind-body>
${draftBanner(data)}
<header class="article-head">
<div data-pagefind-ignore>${a.kicker ? html`<p class="kicker">${a.kicker}</p>` : ""}</div>
<h1>${data.title}</h1>
${lede(data)}
<p class="meta article-meta" data-pagefind-ignore>${byline}${a.authors.length > 0 ? " · " : ""}<span>${t.published} <a class="date-link" href="${a.published.monthUrl}">${time(a.published)}</a></span>${a.updated ? html` · <span>${t.updated} ${time(a.updated)}</span>` : ""}</p>
</header>
${text(data)}
<footer class="article-foot" data-pagefind-ignore>
${a.translation ? html`<p class="translation"><a href="${a.translation.url}" hreflang="${a.translation.lang}" lang="${a.translation.lang}">${t.translations}: ${a.translation.title}</a></p>` : ""}
${topicChips(data)}
</footer>
${raw(a.searchData)}
</article>
${
  data.related.length > 0
    ? html`<section class="related" aria-labelledby="related-title">
<h2 id="related-title" class="section-title">${t.related}</h2>
<ul class="stories stories-grid">${data.related.map((s) => html`<li>${story(t, s, "compact", { summary: false })}</li>`)}</ul>
</section>`
    : ""
}`;
  return page(data, body);
}

/**
 * The article's search document (src/pagedata ArticleSearchData): its page's `data-pagefind-body` element with
 * only what Pagefind reads of it — the parts marked data-pagefind-ignore left out — in a page of its own
 * language. Pagefind makes the same index from it as from the page (tests/layouts/searchDocument.test.ts), and
 * it needs nothing of the rest of the site, so an edit's shard is indexed while the page is still being made.
 */
export function articleSearchDocument(data: ArticleSearchData): string {
  return html`<!doctype html>
<html lang="${data.lang}"><head><meta charset="utf-8"></head><body><article class="article" data-pagefind-body>
${draftBanner(data)}
<header class="article-head">
<h1>${data.title}</h1>
${lede(data)}
</header>
${text(data)}
${raw(data.article.searchData)}
</article></body></html>
`.value;
}

/** The banner over a draft (dev server only). */
function draftBanner({ strings, article }: ArticleSearchData): SafeHtml | string {
  return article.draft ? html`<p class="draft-banner" role="status">${strings.draft}</p>` : "";
}

/** The summary under the headline; search results show it. */
function lede({ article }: ArticleSearchData): SafeHtml | string {
  return article.summary ? html`<p class="lede" data-pagefind-meta="summary">${article.summary}</p>` : "";
}

/** The lead picture, the text and the corrections. */
function text({ strings, article }: ArticleSearchData): SafeHtml {
  return html`${article.lead ? raw(article.lead) : ""}
<div class="body">
${raw(article.body)}
</div>
${
  article.corrections.length > 0
    ? html`<aside class="corrections" aria-labelledby="corrections-title"><h2 id="corrections-title">${strings.corrections}</h2><ul>${article.corrections.map(
        (c) => html`<li>${time(c.date)}: ${c.text}</li>`,
      )}</ul></aside>`
    : ""
}`;
}

/** The article's topics as chips: the main ones, the rest behind "more". */
function topicChips(data: ArticlePageData): SafeHtml {
  const t = data.strings;
  const { shown, more } = data.article.topics;
  const chip = (e: EntityRef) =>
    html`<li><a class="tag tag-${e.type}" href="${e.url ?? ""}">${e.name}</a></li>`;
  if (shown.length + more.length === 0) return html``;
  return html`<nav class="tags" aria-label="${t.tags}"><ul>${shown.map(chip)}</ul>${
    more.length > 0
      ? html`<details class="more-tags"><summary>${t.moreTopics} (${more.length})</summary><ul>${more.map(chip)}</ul></details>`
      : ""
  }</nav>`;
}
