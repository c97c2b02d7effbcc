/** Small pieces several layouts share: story teasers, entity links, dates, pagination, letter bars. */
import type { DateText, EntityRef, Pagination, Story, UiStrings } from "../src/pagedata/index.ts";
import { html, raw, type SafeHtml } from "../src/render/index.ts";

/** A <time> element. */
export function time(date: DateText): SafeHtml {
  return html`<time datetime="${date.iso}">${date.text}</time>`;
}

/** An entity's name, linked to its page when the edition has one. */
export function entityLink(ref: EntityRef): SafeHtml | string {
  return ref.url ? html`<a href="${ref.url}">${ref.name}</a>` : ref.name;
}

/** A comma-separated list of entity links. */
export function entityLinks(refs: readonly EntityRef[], separator = ", "): SafeHtml {
  return html`${refs.map((r, i) => html`${i > 0 ? separator : ""}${entityLink(r)}`)}`;
}

/** How a story is shown: the lead, secondary stories, compact items in lists. */
export type StoryVariant = "lead" | "secondary" | "compact";

/** Options of a teaser: hide the summary or the kicker, the headline's level. */
export interface StoryOptions {
  readonly summary?: boolean;
  readonly heading?: "h2" | "h3";
  readonly kicker?: boolean;
}

/** A story teaser: kicker, headline (the link), summary, date; the lead with its picture. */
export function story(t: UiStrings, s: Story, variant: StoryVariant, options: StoryOptions = {}): SafeHtml {
  const heading = options.heading ?? "h3";
  const title = html`<a href="${s.url}">${s.title}</a>`;
  const headline =
    heading === "h2"
      ? html`<h2 class="story-title">${title}</h2>`
      : html`<h3 class="story-title">${title}</h3>`;
  const picture = variant === "lead" && s.picture ? raw(s.picture) : "";
  const summary = (options.summary ?? variant !== "compact") && s.summary;
  const kicker = options.kicker === false || !s.kicker ? "" : html`<p class="kicker">${s.kicker}</p>`;
  return html`<article class="story story-${variant}${picture ? " has-picture" : ""}">
${picture ? html`<div class="story-media">${picture}</div>` : ""}<div class="story-text">
${kicker}${headline}
${summary ? html`<p class="story-dek">${s.summary}</p>` : ""}
<p class="meta">${time(s.date)}${s.passing ? html` · <span class="passing">${t.passing}</span>` : ""}</p>
</div>
</article>`;
}

/** A list of compact stories, or a friendly empty state. */
export function storyList(
  t: UiStrings,
  stories: readonly Story[],
  options: StoryOptions & { readonly className?: string } = {},
): SafeHtml {
  if (stories.length === 0) return html`<p>${t.noArticles}</p>`;
  return html`<ul class="stories${options.className ? ` ${options.className}` : ""}">${stories.map(
    (s) =>
      html`<li>${story(t, s, "compact", {
        summary: options.summary ?? true,
        ...(options.kicker === false ? { kicker: false } : {}),
        ...(options.heading ? { heading: options.heading } : {}),
      })}</li>`,
  )}</ul>`;
}

/** Previous/next links between the pages of a paginated list. */
export function pagination(t: UiStrings, p: Pagination): SafeHtml {
  if (p.pageCount <= 1) return html``;
  return html`<nav class="pagination" aria-label="${t.pagination}">
${p.previous ? html`<a rel="prev" href="${p.previous}">${t.previous}</a>` : ""}
<span>${t.page} ${p.pageNumber} / ${p.pageCount}</span>
${p.next ? html`<a rel="next" href="${p.next}">${t.next}</a>` : ""}
</nav>`;
}

/** The bar of letters above an A–Z list, linking to each letter's group. */
export function letterBar(t: UiStrings, letters: readonly { letter: string; anchor: string }[]): SafeHtml {
  return html`<nav class="letters" aria-label="${t.letters}"><ul>${letters.map(
    (g) => html`<li><a href="#${g.anchor}">${g.letter}</a></li>`,
  )}</ul></nav>`;
}
