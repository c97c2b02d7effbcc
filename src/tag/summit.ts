/** Infers the summit an article covers from organisation + summit word/host city + publication date. */
import type { Lang, Summit } from "../registry/types.ts";
import { isSummitWord } from "./data/words.ts";
import type { FieldScan, Resolution } from "./resolve.ts";
import { keyAt } from "./tokenize.ts";
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
    const start = dayNumber(s.start);
    const end = dayNumber(s.end);
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
  const org = `organisation:${s.organisation}`;
  if (!mentioned.has(org)) return false;
  if (ev.resolution.cities.has(s.id)) return true;
  for (const m of ev.resolution.mentions) {
    if (m.key !== org) continue;
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
