/**
 * Scores the tagger on the gold corpus (tests/fixtures/tagger/gold/*.yaml): P/R/F1 per entity type and per
 * mention, the article's own summit, the other summits it refers to, the participants its summit page would list
 * (from the registry) and the meetings it states.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { type Registry, summitFacts } from "../../src/registry/index.ts";
import type { Lang } from "../../src/registry/types.ts";
import type { Tagger } from "../../src/tag/types.ts";

/** One gold passage. */
export interface GoldPassage {
  readonly id: string;
  /** Which batch it belongs to: absent for the original corpus, "issue-11" for the passages of the hard cases. */
  readonly set?: string;
  readonly lang: Lang;
  readonly date: string;
  readonly title?: string;
  readonly text: string;
  /** Expected entity → expected surface forms, in text order (summits: any surface, only the key counts). */
  readonly mentions: Readonly<Record<string, readonly string[]>>;
  /** The article's own summit (absent: none). */
  readonly summit?: string;
  /** The people its summit page should list as taking part (present or by video), when annotated. */
  readonly participants?: readonly string[];
  /** Pairs of people the text states met (absent: none). */
  readonly meetings?: readonly (readonly [string, string])[];
}

/** Precision, recall and F1 from counts. */
export interface Score {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** The entity types scored at the entity level; "summit" means summits the text refers to other than its own. */
export const TYPES = ["country", "person", "organisation", "summit"] as const;
export type ScoredType = (typeof TYPES)[number];

/** The evaluation's figures, plus the individual errors for reports. */
export interface EvalReport {
  readonly passages: number;
  readonly byType: Readonly<Record<ScoredType, Score>>;
  /** Mentions (surfaces) of countries, people and organisations. */
  readonly mentions: Score;
  /** The article's own summit. */
  readonly ownSummit: Score;
  readonly summits: { readonly correct: number; readonly wrong: number; readonly missed: number };
  /** Participants of the own summit as its page lists them, on passages that annotate them. */
  readonly participants: Score;
  readonly meetings: Score;
  /** Mentions whose offsets do not point at their surface (must be 0). */
  readonly badOffsets: number;
  readonly errors: readonly string[];
}

export const GOLD_DIR = new URL("../../tests/fixtures/tagger/gold/", import.meta.url).pathname;

/** Reads every gold file. */
export function loadGold(dir: string = GOLD_DIR): GoldPassage[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .flatMap((f) => parse(readFileSync(join(dir, f), "utf8")) as GoldPassage[]);
}

type Counts = { tp: number; fp: number; fn: number };
const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

/** Tags every passage (text as body, title if any) and compares with the gold annotations. */
export function evaluate(tagger: Tagger, gold: readonly GoldPassage[], registry?: Registry): EvalReport {
  const byType: Record<ScoredType, Counts> = {
    country: zero(),
    person: zero(),
    organisation: zero(),
    summit: zero(),
  };
  const mentionCounts = zero();
  const own = zero();
  const participants = zero();
  const meetings = zero();
  const summits = { correct: 0, wrong: 0, missed: 0 };
  const errors: string[] = [];
  let badOffsets = 0;
  for (const p of gold) {
    const title = p.title ?? "";
    const result = tagger.tag({
      lang: p.lang,
      date: p.date,
      title,
      summary: "",
      body: p.text,
      frontMatter: [],
      exclude: [],
    });
    // Entities: summits count as "referred to" unless they are the passage's own.
    const isOwn = (key: string) => key === `summit:${p.summit}` || key === `summit:${result.summit}`;
    const expected = new Set(Object.keys(p.mentions).filter((k) => !(k.startsWith("summit:") && isOwn(k))));
    const found = new Set(
      result.entities.map((e) => e.key as string).filter((k) => !(k.startsWith("summit:") && isOwn(k))),
    );
    // A summit the gold calls the passage's own but the tagger only saw as referred to is scored as own.
    if (p.summit !== undefined) found.delete(`summit:${p.summit}`);
    for (const key of new Set([...expected, ...found])) {
      const counts = byType[key.slice(0, key.indexOf(":")) as ScoredType];
      if (counts === undefined) continue;
      if (expected.has(key) && found.has(key)) {
        counts.tp++;
      } else if (found.has(key)) {
        counts.fp++;
        errors.push(`${p.id}: unexpected ${key}`);
      } else {
        counts.fn++;
        errors.push(`${p.id}: missed ${key}`);
      }
    }
    const want = new Map<string, number>();
    for (const [key, surfaces] of Object.entries(p.mentions))
      if (!key.startsWith("summit:")) for (const s of surfaces) bump(want, `${key}|${s}`);
    for (const e of result.entities) {
      if (e.type === "summit") continue;
      for (const m of e.mentions) {
        const source = m.field === "title" ? title : p.text;
        if (source.slice(m.start, m.end) !== m.surface) badOffsets++;
        const k = `${e.key}|${m.surface}`;
        const left = want.get(k) ?? 0;
        if (left > 0) {
          want.set(k, left - 1);
          mentionCounts.tp++;
        } else {
          mentionCounts.fp++;
          errors.push(`${p.id}: unexpected mention ${k}`);
        }
      }
    }
    for (const [k, n] of want) {
      if (n === 0) continue;
      mentionCounts.fn += n;
      errors.push(`${p.id}: missed mention ${k} ×${n}`);
    }
    if (result.summit === p.summit) {
      summits.correct++;
      if (p.summit !== undefined) own.tp++;
    } else if (result.summit === undefined) {
      summits.missed++;
      own.fn++;
      errors.push(`${p.id}: missed summit ${p.summit}`);
    } else {
      summits.wrong++;
      own.fp++;
      if (p.summit !== undefined) own.fn++;
      errors.push(`${p.id}: wrong summit ${result.summit} (want ${p.summit ?? "none"})`);
    }
    if (p.participants !== undefined && registry !== undefined) {
      const summit = result.summit === undefined ? undefined : registry.summits.get(result.summit);
      const listed = summit
        ? summitFacts(registry, summit)
            .participants.filter((x) => x.status !== "absent")
            .map((x) => x.person.id)
        : [];
      score(participants, new Set(p.participants), new Set(listed), `${p.id}: participant`, errors);
    }
    const pair = (a: string, b: string) => (a < b ? `${a}+${b}` : `${b}+${a}`);
    score(
      meetings,
      new Set((p.meetings ?? []).map(([a, b]) => pair(a, b))),
      new Set((result.meetings ?? []).map((m) => pair(m.a, m.b))),
      `${p.id}: meeting`,
      errors,
    );
  }
  return {
    passages: gold.length,
    byType: {
      country: toScore(byType.country),
      person: toScore(byType.person),
      organisation: toScore(byType.organisation),
      summit: toScore(byType.summit),
    },
    mentions: toScore(mentionCounts),
    ownSummit: toScore(own),
    summits,
    participants: toScore(participants),
    meetings: toScore(meetings),
    badOffsets,
    errors,
  };
}

/** Adds a set comparison to `counts`, naming each miss and each unexpected item in `errors`. */
function score(counts: Counts, want: Set<string>, got: Set<string>, label: string, errors: string[]): void {
  for (const x of got) {
    if (want.has(x)) counts.tp++;
    else {
      counts.fp++;
      errors.push(`${label} unexpected ${x}`);
    }
  }
  for (const x of want) {
    if (got.has(x)) continue;
    counts.fn++;
    errors.push(`${label} missed ${x}`);
  }
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function toScore({ tp, fp, fn }: Counts): Score {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}
