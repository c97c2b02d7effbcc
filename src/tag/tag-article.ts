/**
 * The tagging pipeline for one article, top to bottom:
 *   mask Markdown → tokenize → scan (longest match) → filter (precision rules)
 *   → resolve (context, time) → coordinated names → office references → summits referred to
 *   → own summit → meetings → build result (salience, order).
 */
import { dayOf, diedBefore, maybeTermsOn } from "../registry/index.ts";
import type { EntityKey, Lang, Registry } from "../registry/types.ts";
import type { OfficeIndex } from "./build/offices.ts";
import { coordinatedOrganisations, type EllipsisIndex } from "./ellipsis.ts";
import { filterMatches } from "./filters.ts";
import type { Lexicon } from "./lexicon.ts";
import type { Marked } from "./marks.ts";
import { maskMarkdown } from "./mask-markdown.ts";
import { findMeetings } from "./meetings.ts";
import { normKey } from "./normalize.ts";
import { resolveOffices } from "./offices.ts";
import { MAIN_MENTION_THRESHOLD } from "./options.ts";
import { type FieldScan, type Resolved, resolve, type TimeContext } from "./resolve.ts";
import { buildResult, type FieldTexts } from "./result.ts";
import { type RawMatch, scan } from "./scan.ts";
import { inferSummit } from "./summit.ts";
import { mentionedSummits, type SummitIndex } from "./summit-mentions.ts";
import { keyAt, tokenize } from "./tokenize.ts";
import type { Field, TagInput, TagOptions, TagResult, TextMatch } from "./types.ts";

/** Everything compiled once per registry. */
export interface Compiled {
  readonly registry: Registry;
  /** The trie of a language, built when first asked for (compile.ts). */
  readonly lexicon: (lang: Lang) => Lexicon;
  readonly options: TagOptions;
  /** Which offices each office word can mean, in both languages. */
  readonly offices: () => OfficeIndex;
  readonly ellipsis: EllipsisIndex;
  readonly summits: SummitIndex;
  /** City targets of summits held in the United States ("Sea Island, Georgia" is the state). */
  readonly usPlaces: ReadonlySet<string>;
}

/** One field's matches, the office words found in it, and its marked words (src/tag/marks.ts). */
export type ScannedField = FieldScan & { readonly offices: readonly RawMatch[]; readonly marked: Marked };

/** Tokenizes, scans and filters one field; `masked` has the same length as the field's text. */
export function scanField(c: Compiled, field: Field, masked: string, lang: Lang): ScannedField {
  const tokens = tokenize(masked);
  const found = scan(tokens, c.lexicon(lang));
  const matches = filterMatches(found.matches, tokens, lang, c.usPlaces);
  return { field, tokens, matches, offices: found.offices, marked: found.marked };
}

const FIELD_ORDER: readonly Field[] = ["title", "summary", "body"];

/** Source order: field, then offset. */
function before(a: Resolved, b: Resolved): boolean {
  const fa = FIELD_ORDER.indexOf(a.field);
  const fb = FIELD_ORDER.indexOf(b.field);
  return fa < fb || (fa === fb && a.start <= b.start);
}

/**
 * Mentions in source order: `sorted` (already in order) merged with a few more. Most articles add nothing, and a
 * long one adds little, so this is a linear merge rather than a sort of everything.
 */
function inOrder(sorted: readonly Resolved[], more: readonly Resolved[]): Resolved[] {
  if (more.length === 0) return sorted as Resolved[];
  const extra = [...more].sort((a, b) => (before(a, b) ? (before(b, a) ? 0 : -1) : 1));
  const out: Resolved[] = [];
  let i = 0;
  let j = 0;
  while (i < sorted.length || j < extra.length) {
    if (j >= extra.length || (i < sorted.length && before(sorted[i] as Resolved, extra[j] as Resolved)))
      out.push(sorted[i++] as Resolved);
    else out.push(extra[j++] as Resolved);
  }
  return out;
}

/** Tags one article (see Tagger.tag). */
export function tagArticle(c: Compiled, input: TagInput): TagResult {
  const lang: Lang = input.lang === "en" ? "en" : "de";
  const texts: FieldTexts = {
    title: text(input.title),
    summary: text(input.summary),
    body: text(input.body),
  };
  const fields = [
    scanField(c, "title", texts.title, lang),
    scanField(c, "summary", maskMarkdown(texts.summary), lang),
    scanField(c, "body", maskMarkdown(texts.body), lang),
  ];
  const date = text(input.date);
  const day = dayOf(date);
  const resolution = resolve(fields, servingOn(c.registry, day));
  let mentions = inOrder(
    resolution.mentions,
    coordinatedOrganisations(fields, resolution.mentions, c.ellipsis, lang),
  );
  mentions = inOrder(mentions, organisationsInSummitNames(c.registry, fields, mentions));
  const countries = countryContext(input.frontMatter, mentions);
  mentions = inOrder(
    mentions,
    resolveOffices(fields, mentions, {
      registry: c.registry,
      index: c.offices(),
      day,
      year: day === undefined ? undefined : Number(date.slice(0, 4)),
      ...countries,
    }),
  );
  const fromFrontMatter = input.frontMatter.find((k) => k.startsWith("summit:"))?.slice("summit:".length);
  if (day !== undefined) {
    mentions = inOrder(
      mentions,
      mentionedSummits(
        c.registry,
        c.summits,
        {
          fields,
          mentions,
          cityMentions: resolution.cityMentions,
          day,
          contextOrgs: contextOrganisations(c.registry, input.frontMatter, mentions),
          ownSummit: fromFrontMatter,
        },
        c.options,
      ),
    );
  }
  const summit =
    fromFrontMatter ??
    inferSummit(
      c.registry.summits.values(),
      { lang, date, fields, resolution: { ...resolution, mentions }, registry: c.registry },
      c.options,
    );
  const meetings = findMeetings(fields, mentions, lang);
  return buildResult(input, texts, mentions, summit, meetings);
}

/**
 * "G8-Gipfel 2004 auf Sea Island" is the summit's own name and names the G8 as well: the organisation's acronym
 * (or first word) at the start of a summit's name is a mention of the organisation.
 */
function organisationsInSummitNames(
  registry: Registry,
  fields: readonly ScannedField[],
  mentions: readonly Resolved[],
): Resolved[] {
  const out: Resolved[] = [];
  for (const m of mentions) {
    if (!m.key.startsWith("summit:") || m.last === m.first) continue;
    const summit = registry.summits.get(m.key.slice("summit:".length));
    const org = summit === undefined ? undefined : registry.organisations.get(summit.organisation);
    const f = fields.find((x) => x.field === m.field);
    if (org === undefined || f === undefined) continue;
    const first = keyAt(f.tokens, m.first);
    const names = [org.acronym?.de, org.acronym?.en, org.name.de, org.name.en];
    if (!names.some((n) => n !== undefined && normKey(n) === first)) continue;
    out.push({ ...m, key: `organisation:${org.id}`, last: m.first, end: f.tokens.ends[m.first] as number });
  }
  return out;
}

/** Who of several namesakes may be in office on the article's day, asked once per person. */
function servingOn(registry: Registry, day: number | undefined): TimeContext {
  if (day === undefined) return { serving: () => false };
  const known = new Map<string, boolean>();
  return {
    serving(target) {
      let yes = known.get(target);
      if (yes === undefined) {
        const person = target.startsWith("person:") ? registry.people.get(target.slice(7)) : undefined;
        yes = person !== undefined && !diedBefore(person, day) && maybeTermsOn(person, day).length > 0;
        known.set(target, yes);
      }
      return yes;
    },
  };
}

/**
 * The countries an article is about, for office words standing alone ("the Foreign Secretary"): those in front
 * matter, title or summary or mentioned three times or more; and, as a fallback, every country it names.
 */
function countryContext(
  frontMatter: readonly EntityKey[],
  mentions: readonly Resolved[],
): { mainCountries: Set<string>; anyCountries: Set<string> } {
  const mainCountries = new Set<string>();
  const anyCountries = new Set<string>();
  const counts = new Map<string, number>();
  for (const key of frontMatter) if (key.startsWith("country:")) mainCountries.add(key.slice(8));
  for (const m of mentions) {
    if (!m.key.startsWith("country:")) continue;
    const id = m.key.slice(8);
    anyCountries.add(id);
    const n = (counts.get(id) ?? 0) + 1;
    counts.set(id, n);
    if (m.field !== "body" || n >= MAIN_MENTION_THRESHOLD) mainCountries.add(id);
  }
  for (const id of mainCountries) anyCountries.add(id);
  return { mainCountries, anyCountries };
}

/**
 * Organisations the article is about: listed in front matter, its summit's organisation, or named in the title,
 * the summary or three times or more.
 */
function contextOrganisations(
  registry: Registry,
  frontMatter: readonly EntityKey[],
  mentions: readonly Resolved[],
): Set<string> {
  const out = new Set<string>();
  const counts = new Map<string, number>();
  for (const m of mentions) {
    if (!m.key.startsWith("organisation:")) continue;
    const n = (counts.get(m.key) ?? 0) + 1;
    counts.set(m.key, n);
    if (m.field !== "body" || n >= MAIN_MENTION_THRESHOLD) out.add(m.key.slice("organisation:".length));
  }
  for (const key of frontMatter) {
    if (key.startsWith("organisation:")) out.add(key.slice("organisation:".length));
    if (key.startsWith("summit:")) {
      const s = registry.summits.get(key.slice("summit:".length));
      if (s !== undefined) out.add(s.organisation);
    }
  }
  return out;
}

/** Matches in one plain fragment (see Tagger.matchText): entities only, in order, never overlapping. */
export function matchFragment(
  c: Compiled,
  fragment: string,
  lang: Lang,
  known?: ReadonlyMap<string, EntityKey>,
): TextMatch[] {
  const f = scanField(c, "body", text(fragment), lang === "en" ? "en" : "de");
  const out: TextMatch[] = [];
  for (const m of resolve([f], undefined, known).mentions)
    out.push({ key: m.key as TextMatch["key"], start: m.start, end: m.end });
  return out;
}

/** Any value as a string: the tagger must not throw on malformed input. */
function text(value: unknown): string {
  return typeof value === "string" ? value : value === undefined || value === null ? "" : String(value);
}
