/**
 * An entity's page: what the registry knows about it, its feeds, then (on the first page) its map and what the
 * coverage adds up to — a summit's hub, the others' statistics — and its articles newest first, paginated.
 */
import type { Counted, EntityPageData, HubData, MapData } from "../src/pagedata/index.ts";
import { html, raw, type SafeHtml } from "../src/render/index.ts";
import { page } from "./base.ts";
import { entityLink, entityLinks, pagination, storyList, time } from "./parts.ts";

export function entityLayout(data: EntityPageData): string {
  const t = data.strings;
  const { entity, pagination: p } = data;
  const first = p.pageNumber === 1;
  const feeds = data.feeds.page;
  const side = first
    ? html`${data.map ? mapFigure(data, data.map) : ""}${data.hub ? hubSections(data, data.hub) : data.stats ? statsSections(data) : ""}`
    : html``;
  const body = html`<nav aria-label="${t.breadcrumb}" class="breadcrumb"><a href="${data.list.url}">${data.list.text}</a></nav>
<header class="entity-head">
<h1>${entity.name}${first ? "" : html` <span class="page-no">(${t.page} ${p.pageNumber})</span>`}</h1>
${entity.description ? html`<p class="lede">${entity.description}</p>` : ""}
${data.facts.length > 0 ? html`<dl class="facts">${data.facts.map((f) => html`<dt>${f.label}</dt><dd>${raw(f.value)}</dd>`)}</dl>` : ""}
${!data.onlyInThisLanguage || !first || !data.otherEdition ? "" : html`<p class="notice lang-note"><span>${t.notAvailable} ${t.onlyOtherLanguage}</span> <a href="${data.otherEdition.url}" hreflang="${data.otherEdition.lang}">${data.otherEdition.text}</a></p>`}
<p class="subscribe">${t.feedOf}: <a href="${feeds?.atom ?? ""}" type="application/atom+xml">${t.feedAtom}</a> · <a href="${feeds?.json ?? ""}" type="application/feed+json">${t.feedJson}</a> · <a href="${data.searchUrl}">${t.browseInSearch}</a></p>
</header>
<div class="entity-layout">
<section aria-labelledby="articles-title" class="entity-articles">
<h2 id="articles-title" class="section-title">${t.articlesAbout} <span class="count">(${data.total})</span></h2>
${storyList(t, data.stories, { kicker: entity.type !== "summit" })}
${pagination(t, p)}
</section>
${first ? html`<div class="entity-side">${side}</div>` : ""}
</div>`;
  return page(data, body);
}

/** The map, then its legend and the facts it shows. */
function mapFigure(data: EntityPageData, m: MapData): SafeHtml {
  const t = data.strings;
  const notOnMap =
    m.notOnMap.length === 0
      ? ""
      : html`<p class="meta">${t.notOnMap} ${m.notOnMap.map((name, i) => html`${i > 0 ? ", " : ""}${name}`)}</p>`;
  let facts: SafeHtml;
  let className = "";
  if (data.entity.type === "summit") {
    facts = html`<dl class="map-facts"><dt><span class="key key-host"></span>${t.host}</dt><dd>${m.host ? entityLink(m.host) : ""}${m.cityOnMap ? html` (${m.city ?? ""})` : ""}</dd>
${m.members.length > 0 ? html`<dt><span class="key key-member"></span>${t.members} (${m.members.length})</dt><dd>${entityLinks(m.members)}</dd>` : ""}
${m.guests.length > 0 ? html`<dt><span class="key key-guest"></span>${t.guests} (${m.guests.length})</dt><dd>${entityLinks(m.guests)}</dd>` : ""}</dl>
${m.cityOnMap ? "" : html`<p class="meta">${t.noPlace}</p>`}${notOnMap}`;
  } else if (data.entity.type === "country") {
    className = " map-locator";
    facts =
      m.venues.length > 0
        ? html`<dl class="map-facts"><dt><span class="key key-city"></span>${t.venues}</dt><dd>${m.venues.map(
            (v, i) =>
              html`${i > 0 ? "; " : ""}${v.place}: ${entityLinks(v.summits)}${v.count > 3 ? html` (${v.count})` : ""}`,
          )}</dd></dl>`
        : html`<p class="meta">${m.description}</p>`;
  } else {
    facts = html`<dl class="map-facts"><dt><span class="key key-member"></span>${t.members} (${m.members.length})</dt><dd>${entityLinks(m.members)}</dd></dl>${notOnMap}`;
  }
  return html`<figure class="map-figure${className}">${raw(m.svg)}<figcaption>${facts}</figcaption></figure>`;
}

/** A list of entities with counts, each linked to its page. */
function countedList(items: readonly Counted[]): SafeHtml {
  return html`<ul class="counted">${items.map(
    (c) => html`<li>${entityLink(c.entity)} <span class="count">${c.countText}</span></li>`,
  )}</ul>`;
}

/** Coverage over time, summits and co-mentions: beside the articles on page 1 of a non-summit entity. */
function statsSections(data: EntityPageData): SafeHtml {
  const t = data.strings;
  const stats = data.stats;
  if (!stats) return html``;
  const { coverage } = stats;
  return html`<div class="stats">
<section aria-labelledby="coverage-title" class="side-box"><h2 id="coverage-title" class="side-title">${t.coverage}</h2>
<figure class="chart-figure">
${raw(coverage.svg)}
<figcaption><details><summary>${t.asTable}</summary>
<table class="coverage"><thead><tr><th scope="col">${coverage.unit}</th><th scope="col">${t.articlesAbout}</th></tr></thead>
<tbody>${coverage.rows.map((r) => html`<tr><th scope="row">${r.period}</th><td>${r.count}</td></tr>`)}</tbody></table>
</details></figcaption>
</figure></section>
${stats.summits.length > 0 ? html`<section aria-labelledby="summits-title" class="side-box"><h2 id="summits-title" class="side-title">${t.summitsOf}</h2>${countedList(stats.summits)}</section>` : ""}
${stats.coMentioned.length > 0 ? html`<section aria-labelledby="co-title" class="side-box"><h2 id="co-title" class="side-title">${t.coMentioned}</h2>${countedList(stats.coMentioned)}</section>` : ""}
</div>`;
}

/** Who took part, from the registry; without checked attendance, the members instead of people. */
function participantsSection(data: EntityPageData, hub: HubData): SafeHtml {
  const t = data.strings;
  const p = hub.participants;
  if (!p.checked) {
    if (p.members.length === 0) return html``;
    return html`<section aria-labelledby="participants-title"><h2 id="participants-title">${t.participants}</h2>
<p class="meta">${t.notChecked}</p>
<p>${entityLinks(p.members)}</p></section>`;
  }
  const present = p.present.map((one) => {
    const note =
      one.role === "representative" && one.represents
        ? html` <span class="meta">(${t.inPlaceOf} ${entityLink(one.represents)})</span>`
        : one.role === "guest"
          ? html` <span class="meta">(${t.guest})</span>`
          : one.status === "remote"
            ? html` <span class="meta">(${t.byVideo}${one.representedBy ? html`; ${t.representedBy} ${entityLink(one.representedBy)}` : ""})</span>`
            : "";
    return html`<li>${entityLink(one.person)}${note}</li>`;
  });
  return html`<section aria-labelledby="participants-title"><h2 id="participants-title">${t.participants}</h2>
<p class="meta">${t.participantsNote}</p>
<ul class="participants">${present}</ul>
${
  p.absent.length > 0
    ? html`<h3>${t.absent}</h3><ul class="absent">${p.absent.map(
        (a) =>
          html`<li>${entityLink(a.person)}${a.representedBy ? html` <span class="meta">(${t.representedBy} ${entityLink(a.representedBy)})</span>` : ""}</li>`,
      )}</ul>`
    : ""
}</section>`;
}

/** The hub part of a summit's first page. */
function hubSections(data: EntityPageData, hub: HubData): SafeHtml {
  const t = data.strings;
  return html`<div class="hub">
${participantsSection(data, hub)}
${
  hub.named.length > 0
    ? html`<section aria-labelledby="named-title"><h2 id="named-title">${t.namedInCoverage}</h2><p class="meta">${t.namedNote}</p>${countedList(hub.named)}</section>`
    : ""
}
<section aria-labelledby="timeline-title"><h2 id="timeline-title">${t.timeline}</h2>
<ol class="timeline">${hub.days.map(
    (d) => html`<li><h3><time datetime="${d.day}">${d.text}</time></h3>
<ul>${d.articles.map(
      (a) =>
        html`<li><a href="${a.url}">${a.title}</a>${a.times ? html` <span class="meta">${t.localTime} ${a.times.hostCity}: ${time(a.times.host)} · ${a.times.siteCity}: ${time(a.times.site)}</span>` : ""}</li>`,
    )}</ul></li>`,
  )}</ol></section>
${
  hub.countries.length > 0
    ? html`<section aria-labelledby="countries-title"><h2 id="countries-title">${t.countriesCovered}</h2>
<ul class="countries">${hub.countries.map((c) => html`<li>${entityLink(c.country)} <span class="meta">(${c.reasonText})</span></li>`)}</ul></section>`
    : ""
}
${
  hub.meetings.length > 0
    ? html`<section aria-labelledby="meetings-title"><h2 id="meetings-title">${t.meetings}</h2>
<p class="meta">${t.meetingsNote}</p>
<ul class="meetings">${hub.meetings.map(
        (m) =>
          html`<li>${entityLink(m.a)} ${t.with} ${entityLink(m.b)} <span class="count">${m.count}</span></li>`,
      )}</ul></section>`
    : ""
}
${
  hub.mentionedIn.length > 0
    ? html`<section aria-labelledby="mentioned-title"><h2 id="mentioned-title">${t.mentionedIn}</h2>
<p class="meta">${t.mentionedNote}</p>
<ul>${hub.mentionedIn.map((a) => html`<li><a href="${a.url}">${a.text}</a></li>`)}</ul></section>`
    : ""
}
</div>`;
}
