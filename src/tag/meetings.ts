/**
 * Who met whom, from explicit statements only: a sentence in which one person meets, holds talks with, receives,
 * trifft, empfängt, spricht mit, kommt zusammen mit another. Never from two names in one article or one
 * sentence alone; never from plans, hopes or denials ("will Modi treffen", "hoping to meet", "did not meet").
 * Rules and limits: src/tag/README.md ("Meetings").
 */
import type { Lang } from "../registry/types.ts";
import { MEETING_BLOCKERS, MEETING_PAIRS } from "./data/words.ts";
import { eachMarked, Mark, type Marked } from "./marks.ts";
import { startsUpperAt } from "./normalize.ts";
import type { FieldScan, Resolved } from "./resolve.ts";
import { between, fieldRun, type Run, runOf, type Sentence, sentencesOf, startingAt } from "./sentences.ts";
import { Gap, keyAt, type Tokens } from "./tokenize.ts";
import type { Meeting } from "./types.ts";

/** Every bit of the meeting phrases (src/tag/marks.ts). */
const PAIR_BITS = ~(Mark.PairFirst - 1);

/** Words that join the people one met: "met Putin and Modi", "traf Putin, Modi und Xi". */
const LIST_WORDS: ReadonlySet<string> = new Set(["and", "und", "sowie", "as", "well"]);
/** Small words that may stand between listed people: "and the Indian prime minister". */
const FILLER: ReadonlySet<string> = new Set([
  "the",
  "der",
  "die",
  "dem",
  "den",
  "des",
  "mit",
  "with",
  "also",
  "auch",
]);
/** Nouns of a meeting that a possessive person may stand before: "Tokayev's meeting with Putin". */
const MEETING_NOUNS: ReadonlySet<string> = new Set(["meeting", "talks", "treffen", "gesprach", "gesprache"]);

/** Person mentions of a field with what the meeting rules need to know about the text between them. */
interface Context {
  readonly tokens: Tokens;
  readonly lang: Lang;
  readonly marked: Marked;
  /** Entity mentions and office words of the field, each in order ("Indian", "Prime Minister"). */
  readonly mentions: Run<Resolved>;
  readonly offices: Run<{ readonly first: number; readonly last: number }>;
}

/** The meetings stated in an article's fields. */
export function findMeetings(
  fields: readonly (FieldScan & { readonly offices: readonly { first: number; last: number }[] })[],
  mentions: readonly Resolved[],
  lang: Lang,
): Meeting[] {
  const out: Meeting[] = [];
  const seen = new Set<string>();
  for (const f of fields) {
    const marked = f.marked ?? { tokens: [], bits: [] };
    // Only a sentence with a meeting word can state a meeting: start from those (few), not from the people.
    const sentences = sentencesOf(f.tokens);
    const cueSentences: Sentence[] = [];
    for (let i = 0; i < marked.tokens.length; i++) {
      if (((marked.bits[i] as number) & (Mark.Verb | PAIR_BITS)) === 0) continue;
      const s = sentences.at(marked.tokens[i] as number);
      if (cueSentences[cueSentences.length - 1]?.first !== s.first) cueSentences.push(s);
    }
    if (cueSentences.length === 0) continue;
    let inField: Run<Resolved> | undefined;
    for (const s of cueSentences) {
      inField ??= fieldRun(mentions, f.field);
      const here = between(inField, s.first, s.last).filter((m) => m.key.startsWith("person:"));
      if (!here.some((p) => p.key !== (here[0] as Resolved).key)) continue;
      const ctx: Context = {
        tokens: f.tokens,
        lang,
        marked,
        mentions: inField,
        offices: runOf(f.offices),
      };
      for (const [a, b] of pairsIn(ctx, s, here)) {
        const [x, y] = a < b ? [a, b] : [b, a];
        const id = `${x} ${y}`;
        if (seen.has(id)) continue;
        seen.add(id);
        out.push({
          a: x,
          b: y,
          field: f.field,
          start: f.tokens.starts[s.first] as number,
          end: f.tokens.ends[s.last] as number,
        });
      }
    }
  }
  return out;
}

/** The pairs one sentence states met (person ids), or none. */
function pairsIn(ctx: Context, s: Sentence, mentions: readonly Resolved[]): [string, string][] {
  const { tokens, lang, marked } = ctx;
  const cue = meetingCue(tokens, marked, s, lang);
  if (cue === undefined) return [];
  // Rare enough (a meeting word and two people) to read every word of the sentence.
  for (let k = s.first; k <= s.last; k++) if (MEETING_BLOCKERS.has(keyAt(tokens, k))) return [];
  // People as they come, once each; a possessive is nobody's subject ("Putin's envoy met Modi") unless it owns
  // the meeting itself ("Tokayev's meeting with Putin").
  const people: Resolved[] = [];
  for (const m of mentions) {
    if (m.possessive && !MEETING_NOUNS.has(keyAt(tokens, m.last + 1))) continue;
    if (!people.some((p) => p.key === m.key)) people.push(m);
  }
  if (people.length < 2) return [];
  const id = (m: Resolved) => m.key.slice("person:".length);
  const before = people.filter((p) => p.last < cue);
  const after = people.filter((p) => p.first > cue);
  if (people.length === 2) {
    const [p, q] = people as [Resolved, Resolved];
    // English: "A met B", "A and B met", "talks between A and B"; German word order is freer ("Am Sonntag traf A
    // B", "A ist mit B zusammengetroffen").
    if (lang === "de" || before.length === 1 || joined(ctx, p, q)) return [[id(p), id(q)]];
    return [];
  }
  // Three or more: one subject, the others a list of objects ("A met B and C"); anything else is unclear.
  const subject = lang === "de" ? people[0] : before.length === 1 ? before[0] : undefined;
  const objects = lang === "de" ? people.slice(1) : after;
  if (subject === undefined || objects.length !== people.length - 1) return [];
  for (let i = 1; i < objects.length; i++)
    if (!joined(ctx, objects[i - 1] as Resolved, objects[i] as Resolved)) return [];
  return objects.map((o) => [id(subject), id(o)]);
}

/**
 * The token of the sentence's meeting verb or phrase, or undefined: a meeting verb ("met", "traf"), or the first
 * word of a phrase ("held", "sprach") with its second word in the sentence ("talks", "mit") — after it in English,
 * anywhere in German ("hat mit Trump … gesprochen").
 */
function meetingCue(tokens: Tokens, marked: Marked, s: Sentence, lang: Lang): number | undefined {
  const pairs = MEETING_PAIRS[lang];
  let cue: number | undefined;
  eachMarked(marked, s.first, s.last, (k, bits) => {
    if (cue !== undefined) return;
    if (bits & Mark.Verb) {
      cue = k;
      return;
    }
    for (let n = 0; n < pairs.length; n++) {
      if (!(bits & (Mark.PairFirst << n))) continue;
      const second = (pairs[n] as readonly [ReadonlySet<string>, ReadonlySet<string>])[1];
      for (let j = lang === "de" ? s.first : k + 1; j <= s.last && cue === undefined; j++)
        if (j !== k && second.has(keyAt(tokens, j))) cue = k;
    }
  });
  return cue;
}

/**
 * Two people listed together: between them only "and"/"und"/commas, articles, office words and names of
 * countries or titles ("Putin and Indian Prime Minister Narendra Modi"), at most eight tokens, at least one
 * joining word or comma.
 */
function joined(ctx: Context, a: Resolved, b: Resolved): boolean {
  const { tokens } = ctx;
  if (b.first - a.last - 1 > 8) return false;
  let joiner = (tokens.gaps[a.last + 1] as Gap) === Gap.Punct;
  for (let k = a.last + 1; k < b.first; k++) {
    if ((tokens.gaps[k] as Gap) === Gap.Sentence) return false;
    if (k > a.last + 1 && (tokens.gaps[k] as Gap) === Gap.Punct) joiner = true;
    const key = keyAt(tokens, k);
    if (LIST_WORDS.has(key)) {
      joiner = true;
      continue;
    }
    const span = startingAt(ctx.mentions, k) ?? startingAt(ctx.offices, k);
    if (span !== undefined) {
      k = span.last;
      continue;
    }
    if (FILLER.has(key) || startsUpperAt(tokens.text, tokens.starts[k] as number)) continue;
    return false;
  }
  return joiner;
}
