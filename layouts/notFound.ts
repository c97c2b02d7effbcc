/** The 404 page: one file for every host, in every language (the default language first). */
import type { NotFoundPageData } from "../src/pagedata/index.ts";
import { html } from "../src/render/index.ts";
import { page } from "./base.ts";

export function notFoundLayout(data: NotFoundPageData): string {
  return page(
    data,
    html`<div class="not-found">${data.editions.map((e, i) => {
      const s = e.strings;
      const heading =
        i === 0 ? html`<h1>${s.notFound}</h1>` : html`<h2 class="not-found-title">${s.notFound}</h2>`;
      return html`<section lang="${e.lang}" class="not-found-part">${heading}
<p>${s.notFoundText}</p>
<ul><li><a href="${e.home.url}">${s.home}: ${e.home.text}</a></li><li><a href="${e.search}">${s.search}</a></li></ul></section>`;
    })}</div>`,
  );
}
