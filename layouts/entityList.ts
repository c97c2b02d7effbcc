/** All entities of a kind: summits newest first by year, countries, people and organisations A–Z by initial. */
import type { EntityListPageData } from "../src/pagedata/index.ts";
import { html } from "../src/render/index.ts";
import { page } from "./base.ts";
import { letterBar } from "./parts.ts";

export function entityListLayout(data: EntityListPageData): string {
  const t = data.strings;
  const groups = html`${data.groups.map(
    (
      g,
    ) => html`<section aria-labelledby="${g.anchor}" class="list-group"><h2 id="${g.anchor}" class="letter">${g.heading}</h2>
<ul class="entries">${g.entries.map((e) => {
      const meta = e.summit
        ? html`${e.summit.dates} · ${e.summit.city}, ${e.summit.host} · ${e.countText}`
        : html`${e.note ? html`${e.note} · ` : ""}${e.countText}`;
      return html`<li><a href="${e.entity.url ?? ""}">${e.entity.name}</a>
<span class="meta">${meta}</span></li>`;
    })}</ul></section>`,
  )}`;
  const body = html`<header class="list-head"><h1>${data.title}</h1></header>
${data.groups.length === 0 ? html`<p>${t.noArticles}</p>` : data.type === "summit" ? groups : html`${letterBar(t, data.letters)}\n${groups}`}`;
  return page(data, body);
}
