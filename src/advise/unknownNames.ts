/**
 * Finds names the tagger could not place but that look like people or organisations, and proposes a
 * ready-to-paste registry entry. Heuristics, so only warnings:
 *  - an office followed by a name: "Präsident Ilham Alijew", "Prime Minister Jane Doe";
 *  - an unknown acronym: "die OVKS" when OVKS is in no registry entry;
 *  - a speaker: "Jane Doe said", "sagte Jane Doe", "Mr Doe";
 *  - in English, a capitalised institution name: "the International Criminal Court".
 */
import type { Diagnostic } from "../diagnostics/index.ts";
import type { Article } from "../enrich/index.ts";
import { maskMarkdown } from "../tag/index.ts";
import { lineLocator, slugify } from "../text/index.ts";
import { type Word, words } from "./words.ts";

/** Offices that precede a name: "Präsident Ilham Alijew", "US-Präsident Donald Trump", "Prime Minister Jane Doe". */
const OFFICES = new Set(
  "Präsident Präsidentin Staatspräsident Staatspräsidentin Staatschef Regierungschef Regierungschefin Premierminister Premierministerin Ministerpräsident Ministerpräsidentin Kanzler Kanzlerin Bundeskanzler Bundeskanzlerin Außenminister Außenministerin Generalsekretär Generalsekretärin König Königin Emir Kronprinz Scheich President Premier Chancellor Secretary-General King Queen Sheikh".split(
    " ",
  ),
);
/** Offices of two words, by their first word. */
const TWO_WORD_OFFICES = new Map([
  ["Prime", "Minister"],
  ["Foreign", "Minister"],
  ["Secretary", "General"],
  ["Crown", "Prince"],
]);
/** A word that can be part of a name: "Jane", "O'Brien", "Kassym-Jomart", "Putin's". Unambiguous, so linear. */
const NAME_WORD = /^\p{Lu}\p{Ll}*(?:['’-]\p{Lu}?\p{Ll}+)*$/u;
const ACRONYM = /(?<![\p{L}\d-])(\p{Lu}{2,6})(?![\p{L}\d])/gu;
/** Reported speech marks a person: "Jane Doe said", "sagte Jane Doe", "Mr Doe". */
const SAID_AFTER = new Set([
  "said",
  "says",
  "told",
  "added",
  "warned",
  "sagte",
  "erklärte",
  "betonte",
  "sagt",
]);
const SAID_BEFORE = new Set(["sagte", "erklärte", "betonte", "said"]);
const TITLES = new Set(["Mr", "Ms", "Mrs", "Dr", "Herr", "Frau"]);
/** What may stand before an English institution's name: "the International Criminal Court", "by, New Development Bank". */
const RUN_LEAD = /^[\p{Ll},;:]$/u;
/** The last word of an English institution's name: "International Criminal Court", "New Development Bank". */
const INSTITUTION =
  /\s(?:Court|Council|Organi[sz]ation|Bank|Union|Fund|Forum|Agency|Committee|Commission|Alliance|Association|Institute|Party|Ministry|Parliament|Assembly|Community)$/u;

/** Acronyms that name no organisation worth registering. */
const COMMON_ACRONYMS = new Set(
  "AG GMBH CEO CFO TV KI AI IT USD EUR RUB CNY GDP BIP CO LNG ID PDF FAQ OK PR UTC MEZ MESZ AFP DPA AP REUTERS TASS II III IV VI VII VIII IX XI XII UHR".split(
    " ",
  ),
);
/** Capitalised English words that start no name. */
const STOP = new Set(
  "The A An And Of In On At For With From By To As But Or Die Der Das Den Dem Des Ein Eine Einer Beide Alle Viele Diese Dieser Auch Doch Aber Und Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December".split(
    " ",
  ),
);

/** At most this many unknown names are reported per article; the rest are counted in one last warning. */
export const MAX_UNKNOWN_NAMES = 20;

interface Candidate {
  readonly text: string;
  readonly kind: "person" | "organisation";
  /** Where the name starts and ends in the body. */
  readonly offset: number;
  readonly end: number;
}

const isName = (w: Word | undefined): w is Word => w !== undefined && NAME_WORD.test(w.text);

/** The index of the last word of an office starting at `i` ("Prime Minister"), or -1. */
function officeEnd(ws: readonly Word[], i: number): number {
  const word = ws[i]?.text ?? "";
  const second = TWO_WORD_OFFICES.get(word);
  if (second !== undefined && ws[i + 1]?.gap === "space" && ws[i + 1]?.text === second) return i + 1;
  // "US-Präsident": the office after a hyphen counts too.
  return OFFICES.has(word) || OFFICES.has(word.slice(word.lastIndexOf("-") + 1)) ? i : -1;
}

/** Up to `max` name words from `i` on, separated by whitespace only: the index after the last one. */
function nameRun(ws: readonly Word[], i: number, max: number): number {
  let j = i;
  while (j < i + max && isName(ws[j]) && (j === i || ws[j]?.gap === "space")) j++;
  return j;
}

/** Words `from` to `to` (exclusive) as one name, written on one line. */
function span(
  body: string,
  ws: readonly Word[],
  from: number,
  to: number,
): { text: string; offset: number; end: number } {
  const first = ws[from] as Word;
  const end = (ws[to - 1] as Word).end;
  return { text: body.slice(first.start, end).replace(/\s+/gu, " "), offset: first.start, end };
}

/** Names in `body` that look like people or organisations; each word is looked at a bounded number of times. */
function candidates(body: string, lang: string): Candidate[] {
  // The tagger's own masking: code, link targets, URLs and HTML are never taken for names.
  const text = maskMarkdown(body);
  const ws = words(text);
  const out: Candidate[] = [];
  const person = (from: number, to: number) => {
    if (STOP.has(ws[from]?.text ?? "")) return;
    out.push({ ...span(text, ws, from, to), kind: "person" });
  };
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] as Word;
    // "Präsident Ilham Alijew", "Prime Minister Jane Doe": an office, then one to three name words.
    const office = officeEnd(ws, i);
    if (office >= 0 && ws[office + 1]?.gap === "space") {
      const end = nameRun(ws, office + 1, 3);
      if (end > office + 1) out.push({ ...span(text, ws, office + 1, end), kind: "person" });
    }
    // "Jane Doe said", "Jane Doe, said".
    if (SAID_AFTER.has(w.text) && w.gap !== "other" && i >= 2 && ws[i - 1]?.gap === "space") {
      if (isName(ws[i - 2]) && isName(ws[i - 1])) person(i - 2, i);
    }
    // "sagte Jane Doe".
    if (SAID_BEFORE.has(w.text) && ws[i + 1]?.gap === "space" && ws[i + 2]?.gap === "space") {
      if (isName(ws[i + 1]) && isName(ws[i + 2])) person(i + 1, i + 3);
    }
    // "Mr Doe", "Frau Jane Doe", "Dr. Doe".
    if (TITLES.has(w.text) && isName(ws[i + 1])) {
      const gap = (ws[i + 1] as Word).gap;
      if (gap === "space" || gap === "dot") person(i + 1, nameRun(ws, i + 1, 2));
    }
  }
  for (const m of text.matchAll(ACRONYM)) {
    const acr = m[1] ?? "";
    if (!COMMON_ACRONYMS.has(acr)) {
      const offset = m.index ?? 0;
      out.push({ text: acr, kind: "organisation", offset, end: offset + acr.length });
    }
  }
  if (lang === "en") {
    // "the International Criminal Court": two to four name words after a lower-case word or a comma,
    // taken four at a time along a longer run, the last one an institution's.
    for (let i = 0; i < ws.length; i++) {
      if (!RUN_LEAD.test((ws[i] as Word).lead) || !isName(ws[i])) continue;
      const end = nameRun(ws, i, 4);
      if (end - i < 2) continue;
      let from = i;
      while (from < end && STOP.has(ws[from]?.text ?? "")) from++;
      const found = from < end ? span(text, ws, from, end) : undefined;
      if (found && end - from >= 2 && INSTITUTION.test(found.text))
        out.push({ ...found, kind: "organisation" });
      i = end - 1;
    }
  }
  return out.sort((a, b) => a.offset - b.offset);
}

/** A YAML snippet an editor can paste into the registry file and complete. */
export function registrySnippet(kind: "person" | "organisation", name: string): string {
  const id = slugify(name);
  return kind === "person"
    ? `content/registry/people.yaml:\n${id}:\n  name: ${name}\n  country: XX   # ISO 3166-1 alpha-2 code`
    : /\s/.test(name)
      ? `content/registry/organisations.yaml:\n${id}:\n  name: { en: ${name}, de: … }`
      : `content/registry/organisations.yaml:\n${id}:\n  name: { en: …, de: … }\n  acronym: ${name}`;
}

/** Warnings for names in article bodies that the tagger did not place (at most MAX_UNKNOWN_NAMES per article). */
export function unknownNameWarnings(articles: readonly Article[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const article of articles) {
    const covered = coveredBy(article.entities.flatMap((e) => e.mentions.filter((m) => m.field === "body")));
    const locate = lineLocator(article.body, article.bodyLine);
    const seen = new Set<string>();
    let reported = 0;
    for (const c of candidates(article.body, article.lang)) {
      if (covered(c.offset, c.end) || seen.has(c.text)) continue;
      seen.add(c.text);
      if (++reported > MAX_UNKNOWN_NAMES) continue;
      out.push({
        file: article.file,
        ...locate(c.offset),
        severity: "warning",
        ruleId: "check/unknown-name",
        message: `"${c.text}" looks like ${c.kind === "person" ? "a person" : "an organisation"} but is not in the registry.`,
        hint: `If it should be tagged, add it:\n${registrySnippet(c.kind, c.text)
          .split("\n")
          .map((l) => `        ${l}`)
          .join("\n")}`,
      });
    }
    if (reported > MAX_UNKNOWN_NAMES) {
      out.push({
        file: article.file,
        line: 0,
        column: 0,
        severity: "warning",
        ruleId: "check/unknown-name",
        message: `${reported - MAX_UNKNOWN_NAMES} more names in this article look like people or organisations but are not in the registry.`,
        hint: "Add the ones that should be tagged to the registry; the warnings above show how.",
      });
    }
  }
  return out;
}

/** Whether [start, end) overlaps any of the mentions: a binary search over their merged, sorted spans. */
function coveredBy(
  mentions: readonly { start: number; end: number }[],
): (start: number, end: number) => boolean {
  const spans: [number, number][] = [];
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    const last = spans[spans.length - 1];
    if (last && m.start <= last[1]) last[1] = Math.max(last[1], m.end);
    else spans.push([m.start, m.end]);
  }
  return (start, end) => {
    // The last span starting before `end` is the only one that can reach past `start`.
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((spans[mid] as [number, number])[0] < end) lo = mid + 1;
      else hi = mid;
    }
    const span = spans[lo - 1];
    return span !== undefined && span[1] > start;
  };
}
