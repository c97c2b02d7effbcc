/** The 404 page: one file for every host, in both languages (the default language first). */
import { LANGS } from "../src/registry/index.ts";
import { html } from "../src/render/html.ts";
import { STRINGS } from "../src/render/i18n.ts";
import { frontUrl, searchUrl } from "../src/render/urls.ts";
import type { SiteModel } from "../src/site/types.ts";
import { page } from "./base.ts";

export function notFoundPage(model: SiteModel): string {
  const lang = model.config.defaultLang;
  const t = STRINGS[lang];
  const order = [lang, ...LANGS.filter((l) => l !== lang)];
  return page(model, {
    lang,
    title: t.notFound,
    description: t.notFoundText,
    url: "/404.html",
    body: html`<div class="not-found">${order.map((l, i) => {
      const s = STRINGS[l];
      const heading =
        i === 0 ? html`<h1>${s.notFound}</h1>` : html`<h2 class="not-found-title">${s.notFound}</h2>`;
      return html`<section lang="${l}" class="not-found-part">${heading}
<p>${s.notFoundText}</p>
<ul><li><a href="${frontUrl(l)}">${s.home}: ${model.config.title[l]}</a></li><li><a href="${searchUrl(l)}">${s.search}</a></li></ul></section>`;
    })}</div>`,
  });
}
