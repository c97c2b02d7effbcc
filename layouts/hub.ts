/**
 * The summit hub sections: participants from the registry (or its members when attendance was not checked),
 * people named in the coverage, coverage day by day (host and newsroom time), countries with why they are there,
 * who met whom as the coverage states it, and the articles that only refer to the summit.
 */
import { DateTime } from "luxon";
import type { Article } from "../src/enrich/index.ts";
import type { Term } from "../src/index/index.ts";
import type { Lang, Participant, Summit } from "../src/registry/index.ts";
import { dayInZone, formatClock, formatDate, formatDay, isoAttr } from "../src/render/format.ts";

import { html, type SafeHtml } from "../src/render/html.ts";
import { STRINGS } from "../src/render/i18n.ts";
import { articleUrl } from "../src/render/urls.ts";
import type { SiteModel } from "../src/site/types.ts";
import { type CountryReason, type SummitHub, summitHub } from "../src/stats/index.ts";
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

/** One participant: "Li Qiang (für Xi Jinping)", "Recep Tayyip Erdoğan (Gast)". */
function participantHtml(model: SiteModel, lang: Lang, p: Participant): SafeHtml {
  const t = STRINGS[lang];
  const ref = (e: Parameters<typeof entityRefHtml>[2]) => entityRefHtml(model, lang, e);
  const note =
    p.role === "representative" && p.represents
      ? html` <span class="meta">(${t.inPlaceOf} ${ref(p.represents)})</span>`
      : p.role === "guest"
        ? html` <span class="meta">(${t.guest})</span>`
        : p.status === "remote"
          ? html` <span class="meta">(${t.byVideo}${p.representedBy ? html`; ${t.representedBy} ${ref(p.representedBy)}` : ""})</span>`
          : "";
  return html`<li>${ref(p.person)}${note}</li>`;
}

/** Who took part, from the registry; without checked attendance, the members instead of people. */
function participantsSection(model: SiteModel, lang: Lang, hub: SummitHub): SafeHtml {
  const t = STRINGS[lang];
  const { countries, organisations } = model.registry;
  const ref = (e: Parameters<typeof entityRefHtml>[2], fallback = "") =>
    entityRefHtml(model, lang, e, fallback);
  if (!hub.facts.checked) {
    if (hub.facts.members.length === 0) return html``;
    const members = hub.facts.members.map((m) =>
      m.type === "country" ? ref(countries.get(m.id), m.id) : ref(organisations.get(m.id), m.id),
    );
    return html`<section aria-labelledby="participants-title"><h2 id="participants-title">${t.participants}</h2>
<p class="meta">${t.notChecked}</p>
<p>${members.map((m, i) => html`${i > 0 ? ", " : ""}${m}`)}</p></section>`;
  }
  const attending = hub.facts.participants.filter((p) => p.status !== "absent");
  const absent = hub.facts.participants.filter((p) => p.status === "absent");
  return html`<section aria-labelledby="participants-title"><h2 id="participants-title">${t.participants}</h2>
<p class="meta">${t.participantsNote}</p>
<ul class="participants">${attending.map((p) => participantHtml(model, lang, p))}</ul>
${
  absent.length > 0
    ? html`<h3>${t.absent}</h3><ul class="absent">${absent.map(
        (p) =>
          html`<li>${ref(p.person)}${p.representedBy ? html` <span class="meta">(${t.representedBy} ${ref(p.representedBy)})</span>` : ""}</li>`,
      )}</ul>`
    : ""
}</section>`;
}

const REASON: Readonly<
  Record<CountryReason, "reasonHost" | "reasonMember" | "reasonParticipant" | "reasonCoverage">
> = {
  host: "reasonHost",
  member: "reasonMember",
  participant: "reasonParticipant",
  coverage: "reasonCoverage",
};

/** The hub part of a summit's first page. */
export function summitHubSections(model: SiteModel, lang: Lang, term: Term): SafeHtml {
  const t = STRINGS[lang];
  const summit = term.entity as Summit;
  const hub = summitHub(term, model.registry, lang);
  const ref = (e: Parameters<typeof entityRefHtml>[2]) => entityRefHtml(model, lang, e);
  return html`<div class="hub">
${participantsSection(model, lang, hub)}
${
  hub.named.length > 0
    ? html`<section aria-labelledby="named-title"><h2 id="named-title">${t.namedInCoverage}</h2><p class="meta">${t.namedNote}</p>${countedList(model, lang, hub.named)}</section>`
    : ""
}
<section aria-labelledby="timeline-title"><h2 id="timeline-title">${t.timeline}</h2>
<ol class="timeline">${hub.days.map(
    (d) => html`<li><h3><time datetime="${d.day}">${formatDay(d.day, lang)}</time></h3>
<ul>${d.articles.map((a) => timelineItem(model, lang, summit, a, d.day))}</ul></li>`,
  )}</ol></section>
${
  hub.countries.length > 0
    ? html`<section aria-labelledby="countries-title"><h2 id="countries-title">${t.countriesCovered}</h2>
<ul class="countries">${hub.countries.map((c) => html`<li>${ref(c.entity)} <span class="meta">(${t[REASON[c.reason]]})</span></li>`)}</ul></section>`
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
${
  hub.mentionedIn.length > 0
    ? html`<section aria-labelledby="mentioned-title"><h2 id="mentioned-title">${t.mentionedIn}</h2>
<p class="meta">${t.mentionedNote}</p>
<ul>${hub.mentionedIn.map((a) => html`<li><a href="${articleUrl(a)}">${a.title}</a></li>`)}</ul></section>`
    : ""
}
</div>`;
}
