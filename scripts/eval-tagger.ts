/**
 * `npm run eval:tagger`: precision, recall and F1 of the tagger on the gold corpus, per type (countries, people,
 * organisations, summits referred to), for the article's own summit, its summit page's participants and the
 * meetings it states; for the whole corpus and per batch. Exit code 1 below target.
 *
 * The registry is the sample site's, as the pipeline loads it: the bundled world registry (registry/) with
 * content/registry/ over it. `--world=none` leaves the world registry out.
 */
import { compileTagger } from "../src/tag/index.ts";
import { contentRegistry } from "./lib/content-registry.ts";
import {
  type EvalReport,
  evaluate,
  type GoldPassage,
  loadGold,
  type Score,
  TYPES,
} from "./lib/tagger-eval.ts";

/** The bar (tracker issue 11), on the whole corpus. */
const TARGETS = { country: 0.98, person: 0.95, organisation: 0.95, summit: 0.9 } as const;

const root = new URL("..", import.meta.url).pathname;
const loaded = contentRegistry(root, process.argv.includes("--world=none") ? { worldRegistry: false } : {});
console.log(
  `Registry: world + content/registry (${loaded.registry.people.size} people, ${loaded.registry.offices.size} offices, ` +
    `${loaded.registry.summits.size} summits; ${loaded.diagnostics} loader errors)`,
);
for (const m of loaded.messages.slice(0, 20)) console.log(`  ${m}`);
const tagger = compileTagger(loaded.registry);
const gold = loadGold();
const report = evaluate(tagger, gold, loaded.registry);
const sets = new Map<string, GoldPassage[]>();
for (const p of gold) {
  const set = p.set ?? "original";
  sets.set(set, [...(sets.get(set) ?? []), p]);
}
for (const [set, passages] of sets) {
  console.log(`\n== ${set}`);
  console.log(format(evaluate(tagger, passages, loaded.registry), false));
}
console.log("\n== all");
console.log(format(report, true));
const below = Object.entries(TARGETS).filter(([t, min]) => report.byType[t as keyof typeof TARGETS].f1 < min);
process.exitCode =
  below.length > 0 || report.summits.wrong > 0 || report.participants.fp > 0 || report.badOffsets > 0 ? 1 : 0;

function format(r: EvalReport, withErrors: boolean): string {
  const row = (name: string, s: Score): string =>
    `${name.padEnd(16)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}   tp=${s.tp} fp=${s.fp} fn=${s.fn}`;
  return [
    `Gold corpus: ${r.passages} passages`,
    `${"".padEnd(16)} ${"P".padStart(6)} ${"R".padStart(6)} ${"F1".padStart(6)}`,
    ...TYPES.map((t) => row(t === "summit" ? "summit (other)" : t, r.byType[t])),
    row("summit (own)", r.ownSummit),
    row("mentions", r.mentions),
    row("participants", r.participants),
    row("meetings", r.meetings),
    `own summit       correct=${r.summits.correct} wrong=${r.summits.wrong} missed=${r.summits.missed}`,
    `bad offsets      ${r.badOffsets}`,
    ...(withErrors && r.errors.length > 0 ? ["", "Errors:", ...r.errors.map((e) => `  ${e}`)] : []),
  ].join("\n");
}

function pct(x: number): string {
  return (x * 100).toFixed(1).padStart(6);
}
