/** The article page: headline, byline, dates, summary, body, corrections and entity tags. */
import type { Article } from "../src/enrich/index.ts";
import { html, raw } from "../src/render/html.ts";
import { STRINGS } from "../src/render/i18n.ts";
import { articleUrl } from "../src/render/urls.ts";
import type { SiteModel } from "../src/site/types.ts";
import { page } from "./base.ts";
import { entityTags, time } from "./parts.ts";

export function articlePage(model: SiteModel, article: Article, id: string): string {
  const t = STRINGS[article.lang];
  const translation = article.translation
    ? model.index.translations.get(article.translation)?.find((a) => a.lang !== article.lang)
    : undefined;
  const body = html`<article class="article">
${model.dev && article.draft ? html`<p class="draft-banner" role="status">${t.draft}</p>` : ""}
<header>
<h1>${article.title}</h1>
${article.summary ? html`<p class="lede">${article.summary}</p>` : ""}
<p class="meta">
${article.authors.length > 0 ? html`<span class="byline">${t.by} ${article.authors.join(", ")}</span> · ` : ""}
<span>${t.published} ${time(model, article.date.iso, article.lang, !article.date.dateOnly)}</span>
${article.updated ? html` · <span>${t.updated} ${time(model, article.updated.iso, article.lang, !article.updated.dateOnly)}</span>` : ""}
</p>
${article.image ? html`<img class="lead-image" src="${article.image.src}" alt="${article.image.alt}" width="1200" height="675" loading="lazy" decoding="async">` : ""}
</header>
<div class="body">
${raw(model.bodies.get(id) ?? "")}
</div>
${
  article.corrections.length > 0
    ? html`<aside class="corrections" aria-labelledby="corrections-title"><h2 id="corrections-title">${t.corrections}</h2><ul>${article.corrections.map(
        (c) => html`<li>${time(model, c.date.iso, article.lang, !c.date.dateOnly)}: ${c.text}</li>`,
      )}</ul></aside>`
    : ""
}
${translation ? html`<p class="translation"><a href="${articleUrl(translation)}" hreflang="${translation.lang}" lang="${translation.lang}">${t.translations}: ${translation.title}</a></p>` : ""}
${entityTags(model, article)}
</article>`;
  return page(model, {
    lang: article.lang,
    title: article.title,
    description: article.summary || article.title,
    url: articleUrl(article),
    ...(translation ? { alternate: articleUrl(translation) } : {}),
    body,
  });
}
