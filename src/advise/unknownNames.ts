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
import { positionAt, slugify } from "../text/index.ts";

const OFFICES =
  "Präsident|Präsidentin|Staatspräsident|Staatspräsidentin|Staatschef|Regierungschef|Regierungschefin|Premierminister|Premierministerin|Ministerpräsident|Ministerpräsidentin|Kanzler|Kanzlerin|Bundeskanzler|Bundeskanzlerin|Außenminister|Außenministerin|Generalsekretär|Generalsekretärin|König|Königin|Emir|Kronprinz|Scheich|President|Prime Minister|Premier|Chancellor|Foreign Minister|Secretary-General|Secretary General|King|Queen|Crown Prince|Sheikh";
const NAME_WORD = "\\p{Lu}[\\p{Ll}'’-]+";
const OFFICE_NAME = new RegExp(`\\b(?:${OFFICES})\\s+(${NAME_WORD}(?:\\s+${NAME_WORD}){0,2})`, "gu");
const ACRONYM = /(?<![\p{L}\d-])(\p{Lu}{2,6})(?![\p{L}\d])/gu;
const CAPITALISED_RUN = new RegExp(`(?<=[\\p{Ll},;:]\\s+)(${NAME_WORD}(?:\\s+${NAME_WORD}){1,3})`, "gu");
/** Reported speech marks a person: "Jane Doe said", "sagte Jane Doe", "Mr Doe". */
const SPEAKER = new RegExp(
  `(?:(${NAME_WORD}\\s+${NAME_WORD}),?\\s+(?:said|says|told|added|warned|sagte|erklärte|betonte|sagt)(?!\\p{L}))|(?:(?:sagte|erklärte|betonte|said)\\s+(${NAME_WORD}\\s+${NAME_WORD}))|(?:\\b(?:Mr|Ms|Mrs|Dr|Herr|Frau)\\.?\\s+(${NAME_WORD}(?:\\s+${NAME_WORD})?))`,
  "gu",
);
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

interface Candidate {
  readonly text: string;
  readonly kind: "person" | "organisation";
  readonly offset: number;
}

function candidates(body: string, lang: string): Candidate[] {
  // The tagger's own masking: code, link targets, URLs and HTML are never taken for names.
  const text = maskMarkdown(body);
  const out: Candidate[] = [];
  for (const m of text.matchAll(OFFICE_NAME)) {
    const name = m[1] ?? "";
    out.push({ text: name, kind: "person", offset: (m.index ?? 0) + m[0].length - name.length });
  }
  for (const m of text.matchAll(ACRONYM)) {
    const acr = m[1] ?? "";
    if (!COMMON_ACRONYMS.has(acr)) out.push({ text: acr, kind: "organisation", offset: m.index ?? 0 });
  }
  for (const m of text.matchAll(SPEAKER)) {
    const name = m[1] ?? m[2] ?? m[3] ?? "";
    if (STOP.has(name.split(/\s+/)[0] ?? "")) continue;
    out.push({ text: name, kind: "person", offset: (m.index ?? 0) + m[0].indexOf(name) });
  }
  if (lang === "en") {
    for (const m of text.matchAll(CAPITALISED_RUN)) {
      const words = (m[1] ?? "").split(/\s+/);
      while (words.length > 0 && STOP.has(words[0] ?? "")) words.shift();
      const name = words.join(" ");
      if (words.length < 2 || !INSTITUTION.test(name)) continue;
      out.push({ text: name, kind: "organisation", offset: (m.index ?? 0) + (m[1] ?? "").indexOf(name) });
    }
  }
  return out;
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

/** Warnings for names in article bodies that the tagger did not place. */
export function unknownNameWarnings(articles: readonly Article[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const article of articles) {
    const covered = article.entities.flatMap((e) => e.mentions.filter((m) => m.field === "body"));
    const seen = new Set<string>();
    for (const c of candidates(article.body, article.lang)) {
      const end = c.offset + c.text.length;
      if (covered.some((m) => m.start < end && c.offset < m.end)) continue;
      if (seen.has(c.text)) continue;
      seen.add(c.text);
      const { line, column } = positionAt(article.body, c.offset, article.bodyLine);
      out.push({
        file: article.file,
        line,
        column,
        severity: "warning",
        ruleId: "check/unknown-name",
        message: `"${c.text}" looks like ${c.kind === "person" ? "a person" : "an organisation"} but is not in the registry.`,
        hint: `If it should be tagged, add it:\n${registrySnippet(c.kind, c.text)
          .split("\n")
          .map((l) => `        ${l}`)
          .join("\n")}`,
      });
    }
  }
  return out;
}
