/** The article page: headline, byline, dates, summary, body, corrections, entity tags and related articles. */
import type { ArticlePageData, EntityRef } from "../src/pagedata/index.ts";
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
${a.draft ? html`<p class="draft-banner" role="status">${t.draft}</p>` : ""}
<header class="article-head">
<div data-pagefind-ignore>${a.kicker ? html`<p class="kicker">${a.kicker}</p>` : ""}</div>
<h1>${data.title}</h1>
${a.summary ? html`<p class="lede" data-pagefind-meta="summary">${a.summary}</p>` : ""}
<p class="meta article-meta" data-pagefind-ignore>${byline}${a.authors.length > 0 ? " · " : ""}<span>${t.published} <a class="date-link" href="${a.published.monthUrl}">${time(a.published)}</a></span>${a.updated ? html` · <span>${t.updated} ${time(a.updated)}</span>` : ""}</p>
</header>
${a.lead ? raw(a.lead) : ""}
<div class="body">
${raw(a.body)}
</div>
${
  a.corrections.length > 0
    ? html`<aside class="corrections" aria-labelledby="corrections-title"><h2 id="corrections-title">${t.corrections}</h2><ul>${a.corrections.map(
        (c) => html`<li>${time(c.date)}: ${c.text}</li>`,
      )}</ul></aside>`
    : ""
}
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
