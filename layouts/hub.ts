/** The summit hub sections: participants, coverage day by day (host and newsroom time), countries, who met whom. */
import { DateTime } from "luxon";
import type { Article } from "../src/enrich/index.ts";
import type { Term } from "../src/index/index.ts";
import type { Lang, Summit } from "../src/registry/index.ts";
import { dayInZone, formatClock, formatDate, formatDay, isoAttr } from "../src/render/format.ts";
import { html, type SafeHtml } from "../src/render/html.ts";
import { STRINGS } from "../src/render/i18n.ts";
import { articleUrl } from "../src/render/urls.ts";
import type { SiteModel } from "../src/site/types.ts";
import { summitHub } from "../src/stats/index.ts";
import { countedList } from "./entityStats.ts";
import { entityRefHtml } from "./parts.ts";

/** How many pairs "who met whom" lists. */
const MEETINGS = 12;

/** "UTC+8 (Asia/Shanghai)": the host zone's offset on the summit's first day. */
export function zoneLabel(zone: string, day: string, _lang: Lang): string {
  const offset = DateTime.fromISO(day, { zone }).toFormat("Z");
  return `UTC${offset === "+0" ? "" : offset} (${zone})`;
}

/** The city part of an IANA zone: "Europe/Berlin" → "Berlin". */
export function zoneCity(zone: string): string {
  return (zone.split("/").pop() ?? zone).replace(/_/g, " ");
}

/** A clock time in `zone`, naming the zone; with the full date when that zone's day is not `day` (after midnight). */
function clock(iso: string, zone: string, lang: Lang, day: string): SafeHtml {
  const text =
    dayInZone(iso, zone) === day ? formatClock(iso, lang, zone) : formatDate(iso, lang, zone, true);
  return html`<time datetime="${isoAttr(iso, zone)}">${text}</time>`;
}

function timelineItem(model: SiteModel, lang: Lang, summit: Summit, a: Article, day: string): SafeHtml {
  const t = STRINGS[lang];
  const times = a.date.dateOnly
    ? ""
    : html` <span class="meta">${t.localTime} ${summit.city[lang]}: ${clock(a.date.iso, summit.timeZone, lang, day)} · ${zoneCity(model.config.timeZone)}: ${clock(a.date.iso, model.config.timeZone, lang, day)}</span>`;
  return html`<li><a href="${articleUrl(a)}">${a.title}</a>${times}</li>`;
}

/** The hub part of a summit's first page. */
export function summitHubSections(model: SiteModel, lang: Lang, term: Term): SafeHtml {
  const t = STRINGS[lang];
  const summit = term.entity as Summit;
  const hub = summitHub(term, model.registry, lang);
  const ref = (e: Parameters<typeof entityRefHtml>[2]) => entityRefHtml(model, lang, e);
  return html`<div class="hub">
${
  hub.participants.length > 0
    ? html`<section aria-labelledby="participants-title"><h2 id="participants-title">${t.participants}</h2>${countedList(model, lang, hub.participants)}</section>`
    : ""
}
<section aria-labelledby="timeline-title"><h2 id="timeline-title">${t.timeline}</h2>
<ol class="timeline">${hub.days.map(
    (d) => html`<li><h3><time datetime="${d.day}">${formatDay(d.day, lang)}</time></h3>
<ul>${d.articles.map((a) => timelineItem(model, lang, summit, a, d.day))}</ul></li>`,
  )}</ol></section>
${
  hub.countries.length > 0
    ? html`<section aria-labelledby="countries-title"><h2 id="countries-title">${t.countriesCovered}</h2>${countedList(model, lang, hub.countries)}</section>`
    : ""
}
${
  hub.meetings.length > 0
    ? html`<section aria-labelledby="meetings-title"><h2 id="meetings-title">${t.meetings}</h2>
<p class="meta">${t.meetingsNote}</p>
<ul class="meetings">${hub.meetings
        .slice(0, MEETINGS)
        .map(
          (m) => html`<li>${ref(m.a)} ${t.with} ${ref(m.b)} <span class="count">${m.count}</span></li>`,
        )}</ul></section>`
    : ""
}
</div>`;
}
