/** Infers the summit an article covers from organisation + summit word/host city + publication date. */
import type { Lang, Registry, Summit } from "../registry/types.ts";
import { isSummitWord } from "./data/words.ts";
import type { FieldScan, Resolution } from "./resolve.ts";
import { Gap, keyAt, type Tokens } from "./tokenize.ts";
import type { TagOptions } from "./types.ts";

/** How close (in tokens, same field) a summit word must be to the organisation: "Gipfel der SOZ". */
const SUMMIT_WORD_WINDOW = 12;
const DAY_MS = 86_400_000;

/** What summit inference looks at. */
export interface SummitEvidence {
  readonly lang: Lang;
  /** The article's publication date as written (its calendar day is used). */
  readonly date: string;
  readonly fields: readonly FieldScan[];
  readonly resolution: Resolution;
  /** For the bodies that meet for an organisation ("EU-Gipfel" is a European Council meeting). */
  readonly registry?: Registry;
}

/**
 * "Beim SOZ-Gipfel in Tianjin …" published 2025-08-30 → sco-2025-tianjin: the organisation is named, with a
 * summit word near it or the host city anywhere (or the summit is named itself), and the date falls within
 * [start - before, end + after]. Several candidates: the one whose dates lie closest to the article's;
 * a tie assigns none, so a summit is never assigned wrongly.
 */
export function inferSummit(
  summits: Iterable<Summit>,
  ev: SummitEvidence,
  options: TagOptions,
): string | undefined {
  const day = dayNumber(ev.date);
  if (day === undefined) return undefined;
  const mentioned = new Set(ev.resolution.mentions.map((m) => m.key));
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  let tie = false;
  for (const s of summits) {
    const [start, end] = summitDays(s);
    if (start === undefined || end === undefined) continue;
    if (day < start - options.summitDaysBefore || day > end + options.summitDaysAfter) continue;
    if (!hasEvidence(s, ev, mentioned)) continue;
    const distance = day < start ? start - day : day > end ? day - end : 0;
    if (distance < bestDistance) {
      best = s.id;
      bestDistance = distance;
      tie = false;
    } else if (distance === bestDistance) {
      tie = true;
    }
  }
  return tie ? undefined : best;
}

function hasEvidence(s: Summit, ev: SummitEvidence, mentioned: ReadonlySet<string>): boolean {
  if (mentioned.has(`summit:${s.id}`)) return true;
  // The organisation that meets, or the one it meets for: the European Council's summits are "EU-Gipfel".
  const body = ev.registry?.organisations.get(s.organisation);
  const orgs = new Set([`organisation:${s.organisation}`]);
  for (const up of [body?.parent, body?.membersOf]) if (up !== undefined) orgs.add(`organisation:${up}`);
  // "the summit in Tianjin", "Gipfel in Tianjin", "Tianjin summit", "Tianjin-Gipfel": the host city with a
  // summit word right next to it (not "in Tianjin, a summit of clouds").
  for (const c of ev.resolution.cityMentions ?? []) {
    if (!c.summits.includes(s.id)) continue;
    const f = ev.fields.find((x) => x.field === c.field);
    if (f !== undefined && summitWordAtCity(f.tokens, c.first, c.last)) return true;
  }
  if (![...orgs].some((o) => mentioned.has(o))) return false;
  if (ev.resolution.cities.has(s.id)) return true;
  for (const m of ev.resolution.mentions) {
    if (!orgs.has(m.key)) continue;
    const f = ev.fields.find((x) => x.field === m.field);
    if (f === undefined) continue;
    const from = Math.max(0, m.first - SUMMIT_WORD_WINDOW);
    const to = Math.min(f.tokens.length - 1, m.last + SUMMIT_WORD_WINDOW);
    for (let k = from; k <= to; k++) {
      const key = keyAt(f.tokens, k);
      if (isSummitWord(key, "de") || isSummitWord(key, "en")) return true;
    }
  }
  return false;
}

/** "<summit word> in <city>" or "<city> <summit word>", joined by spaces or a hyphen only. */
function summitWordAtCity(tokens: Tokens, first: number, last: number): boolean {
  const word = (k: number) => {
    const key = keyAt(tokens, k);
    return isSummitWord(key, "de") || isSummitWord(key, "en");
  };
  const joined = (k: number) => k > 0 && k < tokens.length && (tokens.gaps[k] as Gap) <= Gap.Hyphen;
  if (joined(last + 1) && word(last + 1)) return true;
  const prev = keyAt(tokens, first - 1);
  return (prev === "in" || prev === "at") && joined(first) && joined(first - 1) && word(first - 2);
}

// Every article compares its day with every summit's (hundreds): each summit's days are worked out once.
const daysOf = new WeakMap<Summit, readonly [number | undefined, number | undefined]>();

/** A summit's first and last day as day numbers. */
function summitDays(s: Summit): readonly [number | undefined, number | undefined] {
  let days = daysOf.get(s);
  if (!days) {
    days = [dayNumber(s.start), dayNumber(s.end)];
    daysOf.set(s, days);
  }
  return days;
}

/** Days since 1970 of the calendar date a string starts with ("2025-08-31T10:00+02:00" → that day). */
export function dayNumber(iso: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/u.exec(iso);
  if (m === null) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const check = new Date(t);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return undefined;
  return Math.round(t / DAY_MS);
}
