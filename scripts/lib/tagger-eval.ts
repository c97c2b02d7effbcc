/** Scores the tagger on the gold corpus (tests/fixtures/tagger/gold/*.yaml): P/R/F1 per type and per mention. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import type { Lang } from "../../src/registry/types.ts";
import type { Tagger } from "../../src/tag/types.ts";

/** One gold passage. */
export interface GoldPassage {
  readonly id: string;
  readonly lang: Lang;
  readonly date: string;
  readonly title?: string;
  readonly text: string;
  /** Expected entity → expected surface forms, in text order. */
  readonly mentions: Readonly<Record<string, readonly string[]>>;
  readonly summit?: string;
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

/** The evaluation's figures, plus the individual errors for reports. */
export interface EvalReport {
  readonly passages: number;
  readonly byType: Readonly<Record<"country" | "person" | "organisation", Score>>;
  readonly mentions: Score;
  readonly summits: { readonly correct: number; readonly wrong: number; readonly missed: number };
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
const TYPES = ["country", "person", "organisation"] as const;

/** Tags every passage (text as body, title if any) and compares with the gold annotations. */
export function evaluate(tagger: Tagger, gold: readonly GoldPassage[]): EvalReport {
  const byType: Record<string, Counts> = Object.fromEntries(TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  const mentionCounts: Counts = { tp: 0, fp: 0, fn: 0 };
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
    const expected = new Set(Object.keys(p.mentions).filter((k) => !k.startsWith("summit:")));
    const found = new Set(
      result.entities.map((e) => e.key as string).filter((k) => !k.startsWith("summit:")),
    );
    for (const key of new Set([...expected, ...found])) {
      const counts = byType[key.slice(0, key.indexOf(":"))];
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
      for (const s of surfaces) bump(want, `${key}|${s}`);
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
    } else if (result.summit === undefined) {
      summits.missed++;
      errors.push(`${p.id}: missed summit ${p.summit}`);
    } else {
      summits.wrong++;
      errors.push(`${p.id}: wrong summit ${result.summit} (want ${p.summit ?? "none"})`);
    }
  }
  return {
    passages: gold.length,
    byType: {
      country: score(byType.country as Counts),
      person: score(byType.person as Counts),
      organisation: score(byType.organisation as Counts),
    },
    mentions: score(mentionCounts),
    summits,
    badOffsets,
    errors,
  };
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function score({ tp, fp, fn }: Counts): Score {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}
