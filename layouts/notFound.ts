/** The 404 page, in the default language with a link to both editions. */
import { html } from "../src/render/html.ts";
import { STRINGS } from "../src/render/i18n.ts";
import { frontUrl } from "../src/render/urls.ts";
import type { SiteModel } from "../src/site/types.ts";
import { page } from "./base.ts";

export function notFoundPage(model: SiteModel): string {
  const lang = model.config.defaultLang;
  const t = STRINGS[lang];
  return page(model, {
    lang,
    title: t.notFound,
    description: t.notFoundText,
    url: "/404.html",
    body: html`<h1>${t.notFound}</h1>
<p>${t.notFoundText}</p>
<ul><li><a href="${frontUrl("de")}" lang="de">${STRINGS.de.home}</a></li><li><a href="${frontUrl("en")}" lang="en">${STRINGS.en.home}</a></li></ul>`,
  });
}
