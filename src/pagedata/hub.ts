/**
 * A summit's hub: participants from the registry (or its members when attendance was not checked), people named
 * in the coverage, coverage day by day (host and newsroom time), countries with why they are there, who met whom
 * as the coverage states it, and the articles that only refer to the summit.
 */
import { DateTime } from "luxon";
import type { Term } from "../index/index.ts";
import type { Lang, Summit } from "../registry/index.ts";
import {
  articleUrl,
  countArticles,
  dayInZone,
  formatClock,
  formatDate,
  formatDay,
  isoAttr,
} from "../render/index.ts";
import { type CountryReason, summitHub } from "../stats/index.ts";
import { entityRef, type PageContext, refOf, stringsOf } from "./context.ts";
import type { Counted, DateText, HubData } from "./types.ts";

/** How many pairs "who met whom" lists. */
const MEETINGS = 12;

const REASON: Readonly<
  Record<CountryReason, "reasonHost" | "reasonMember" | "reasonParticipant" | "reasonCoverage">
> = {
  host: "reasonHost",
  member: "reasonMember",
  participant: "reasonParticipant",
  coverage: "reasonCoverage",
};

/** "UTC+8 (Asia/Shanghai)": the host zone's offset on the summit's first day. */
export function zoneLabel(zone: string, day: string): string {
  const offset = DateTime.fromISO(day, { zone }).toFormat("Z");
  return `UTC${offset === "+0" ? "" : offset} (${zone})`;
}

/** The city part of an IANA zone: "Europe/Berlin" → "Berlin". */
export function zoneCity(zone: string): string {
  return (zone.split("/").pop() ?? zone).replace(/_/g, " ");
}

/** A clock time in `zone`; with the full date when that zone's day is not `day` (after midnight). */
function clock(iso: string, zone: string, lang: Lang, day: string): DateText {
  const text =
    dayInZone(iso, zone) === day ? formatClock(iso, lang, zone) : formatDate(iso, lang, zone, true);
  return { iso: isoAttr(iso, zone), text };
}

/** Entities with their article counts, each named (and linked) as the page's edition has them. */
export function countedOf(
  ctx: PageContext,
  lang: Lang,
  items: readonly { readonly entity: Parameters<typeof refOf>[2]; readonly count: number }[],
): Counted[] {
  return items.map((c) => ({
    entity: refOf(ctx, lang, c.entity),
    count: c.count,
    countText: countArticles(c.count, lang),
  }));
}

/** The hub part of a summit's first page. */
export function hubData(ctx: PageContext, lang: Lang, term: Term): HubData {
  const { model } = ctx;
  const t = stringsOf(ctx, lang);
  const summit = term.entity as Summit;
  const hub = summitHub(term, model.registry, lang);
  const { countries, organisations } = model.registry;
  const ref = (e: Parameters<typeof refOf>[2]) => refOf(ctx, lang, e);
  const participants: HubData["participants"] = hub.facts.checked
    ? {
        checked: true,
        present: hub.facts.participants.flatMap((p) =>
          p.status === "absent"
            ? []
            : [
                {
                  person: ref(p.person),
                  role: p.role,
                  status: p.status,
                  ...(p.represents ? { represents: ref(p.represents) } : {}),
                  ...(p.representedBy ? { representedBy: ref(p.representedBy) } : {}),
                },
              ],
        ),
        absent: hub.facts.participants.flatMap((p) =>
          p.status === "absent"
            ? [{ person: ref(p.person), ...(p.representedBy ? { representedBy: ref(p.representedBy) } : {}) }]
            : [],
        ),
      }
    : {
        checked: false,
        members: hub.facts.members.map((m) =>
          m.type === "country"
            ? entityRef(ctx, lang, countries.get(m.id), { type: "country", id: m.id })
            : entityRef(ctx, lang, organisations.get(m.id), { type: "organisation", id: m.id }),
        ),
      };
  return {
    participants,
    named: countedOf(ctx, lang, hub.named),
    days: hub.days.map((d) => ({
      day: d.day,
      text: formatDay(d.day, lang),
      articles: d.articles.map((a) => ({
        url: articleUrl(a),
        title: a.title,
        ...(a.date.dateOnly
          ? {}
          : {
              times: {
                hostCity: summit.city[lang],
                host: clock(a.date.iso, summit.timeZone, lang, d.day),
                siteCity: zoneCity(model.config.timeZone),
                site: clock(a.date.iso, model.config.timeZone, lang, d.day),
              },
            }),
      })),
    })),
    countries: hub.countries.map((c) => ({
      country: ref(c.entity),
      reason: c.reason,
      reasonText: t[REASON[c.reason]],
    })),
    meetings: hub.meetings.slice(0, MEETINGS).map((m) => ({ a: ref(m.a), b: ref(m.b), count: m.count })),
    mentionedIn: hub.mentionedIn.map((a) => ({ text: a.title, url: articleUrl(a) })),
  };
}
