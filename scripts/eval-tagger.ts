/** `npm run eval:tagger`: precision, recall and F1 of the tagger on the gold corpus. Exit code 1 below target. */
import type { Registry } from "../src/registry/types.ts";
import { compileTagger } from "../src/tag/index.ts";
import { testRegistry } from "../tests/tag/helpers.ts";
import { type EvalReport, evaluate, loadGold, type Score } from "./lib/tagger-eval.ts";

/** Targets from the tracker (issue 3). */
const TARGETS = { country: 0.97, person: 0.95, organisation: 0.95 } as const;

/** `--registry=content` evaluates with content/registry/*.yaml (the lead's loader) instead of the test registry. */
async function registry(): Promise<Registry> {
  if (!process.argv.includes("--registry=content")) return testRegistry();
  const { contentRegistry } = await import("./lib/content-registry.ts");
  const loaded = contentRegistry(new URL("..", import.meta.url).pathname);
  console.log(`Registry: content/registry (${loaded.diagnostics} loader diagnostics)`);
  return loaded.registry;
}

const report = evaluate(compileTagger(await registry()), loadGold());
console.log(format(report));
const below = Object.entries(TARGETS).filter(([t, min]) => report.byType[t as keyof typeof TARGETS].f1 < min);
process.exitCode = below.length > 0 || report.summits.wrong > 0 || report.badOffsets > 0 ? 1 : 0;

function format(r: EvalReport): string {
  const row = (name: string, s: Score): string =>
    `${name.padEnd(14)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}   tp=${s.tp} fp=${s.fp} fn=${s.fn}`;
  return [
    `Gold corpus: ${r.passages} passages`,
    `${"".padEnd(14)} ${"P".padStart(6)} ${"R".padStart(6)} ${"F1".padStart(6)}`,
    row("country", r.byType.country),
    row("person", r.byType.person),
    row("organisation", r.byType.organisation),
    row("mentions", r.mentions),
    `summits        correct=${r.summits.correct} wrong=${r.summits.wrong} missed=${r.summits.missed}`,
    `bad offsets    ${r.badOffsets}`,
    ...(r.errors.length > 0 ? ["", "Errors:", ...r.errors.map((e) => `  ${e}`)] : []),
  ].join("\n");
}

function pct(x: number): string {
  return (x * 100).toFixed(1).padStart(6);
}
