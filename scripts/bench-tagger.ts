/**
 * `tsx scripts/bench-tagger.ts`: tagger throughput in MB/s of article text, with the sample site's registry
 * (world + content/registry), with 1k and 10k extra synthetic people, and with a synthetic world registry of
 * 1,500 people, 500 offices and 400 summits; against a baseline measured in the same run (`text.split(/\s+/)`).
 * The text is the original 52 gold passages (the corpus the earlier figures were measured on), alone ("dense")
 * or diluted with entity-free prose ("typical"). A benchmark, not a test: numbers depend on the machine.
 */
import { rmSync } from "node:fs";
import { readContent } from "../src/load/index.ts";
import { runRegistry } from "../src/pipeline.ts";
import type { Registry } from "../src/registry/types.ts";
import { compileTagger } from "../src/tag/index.ts";
import type { Tagger } from "../src/tag/types.ts";
import { syntheticPeople } from "../tests/tag/helpers.ts";
import { contentRegistry } from "./lib/content-registry.ts";
import { writeSyntheticRegistry } from "./lib/synthetic-registry.ts";
import { loadGold } from "./lib/tagger-eval.ts";

const site = contentRegistry(new URL("..", import.meta.url).pathname).registry;
const world = writeSyntheticRegistry();
const synthetic = runRegistry(
  readContent("/nonexistent", "content", { worldRegistry: world }).value,
).registry;
rmSync(world, { recursive: true, force: true });

/** The site's registry with `n` extra people. */
function withPeople(n: number): Registry {
  const people = new Map(site.people);
  for (const p of syntheticPeople(n)) people.set(p.id, p);
  return { ...site, people };
}

const REGISTRIES: readonly [string, () => Registry][] = [
  ["site registry", () => site],
  ["+1k people", () => withPeople(1_000)],
  ["+10k people", () => withPeople(10_000)],
  ["synthetic world", () => synthetic],
];

const TARGET_BYTES = 8 * 1024 * 1024;
const ROUNDS = 5;

/** Entity-free prose, to dilute the trap-dense gold passages to a typical news density. */
const FILLER: Readonly<Record<"de" | "en", string>> = {
  de:
    "Die Verhandlungen dauerten bis spät in die Nacht, und mehrere Delegationen baten um eine Pause. " +
    "Beobachter sprachen von einem zähen Ringen um Formulierungen, die am Ende alle Seiten mittragen können. " +
    "Ob die Zusagen eingehalten werden, wird sich erst in den kommenden Monaten zeigen.",
  en:
    "The talks ran late into the night, and several delegations asked for a break. Observers described a " +
    "painstaking struggle over wording that every side could eventually accept. Whether the pledges hold " +
    "will only become clear in the months ahead.",
};

/**
 * Article-like text of about 8 MB: "dense" is the gold passages repeated (an entity every ~5 words);
 * "typical" puts three filler paragraphs after each passage (an entity every ~20 words).
 */
function corpus(lang: "de" | "en", density: "dense" | "typical"): string {
  const gold = loadGold()
    .filter((p) => p.lang === lang && p.set === undefined)
    .map((p) => p.text);
  const paragraphs =
    density === "dense" ? gold : gold.flatMap((p) => [p, FILLER[lang], FILLER[lang], FILLER[lang]]);
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < TARGET_BYTES; i++) {
    const p = paragraphs[i % paragraphs.length] ?? "";
    parts.push(p);
    size += p.length + 2;
  }
  return parts.join("\n\n");
}

function mbPerSecond(bytes: number, run: () => unknown): number {
  run(); // warm-up
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < ROUNDS; i++) {
    const t0 = performance.now();
    run();
    best = Math.min(best, performance.now() - t0);
  }
  return bytes / (1024 * 1024) / (best / 1000);
}

function tagOnce(tagger: Tagger, lang: "de" | "en", body: string): number {
  return tagger.tag({
    lang,
    date: "2025-08-31T10:00:00+02:00",
    title: "",
    summary: "",
    body,
    frontMatter: [],
    exclude: [],
  }).entities.length;
}

const rows: string[] = [];
for (const [lang, density] of [
  ["de", "dense"],
  ["de", "typical"],
  ["en", "dense"],
  ["en", "typical"],
] as const) {
  const text = corpus(lang, density);
  const bytes = Buffer.byteLength(text, "utf8");
  const baseline = mbPerSecond(bytes, () => text.split(/\s+/).length);
  rows.push(
    `${lang} ${density}: ${(bytes / 1048576).toFixed(1)} MB; baseline split(/\\s+/) ${baseline.toFixed(1)} MB/s`,
  );
  for (const [name, registry] of REGISTRIES) {
    const r = registry();
    const t0 = performance.now();
    const tagger = compileTagger(r);
    const compileMs = performance.now() - t0;
    const tag = mbPerSecond(bytes, () => tagOnce(tagger, lang, text));
    const match = mbPerSecond(bytes, () => tagger.matchText(text, lang).length);
    rows.push(
      `  ${name.padEnd(16)} (${String(r.people.size).padStart(5)} people): compile ${compileMs.toFixed(0).padStart(5)} ms, ` +
        `tag ${tag.toFixed(1).padStart(6)} MB/s (${(tag / baseline).toFixed(2)}× baseline), ` +
        `matchText ${match.toFixed(1).padStart(6)} MB/s`,
    );
  }
}
console.log(rows.join("\n"));
