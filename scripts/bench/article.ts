/**
 * One synthetic article in our content format: YAML front matter (title, date "YYYY-MM-DD HH:mm", lang,
 * author, summary, and registry ids on most articles) and a ~660-word Markdown body naming its cast.
 */
import { type Cast, castIds, drawCast, englishWords, fill, germanWords } from "./cast.ts";
import { AUTHORS } from "./entities.ts";
import { ENGLISH, GERMAN, type Phrases } from "./phrases.ts";
import { createRng, type Rng } from "./prng.ts";
import { zipfSentence } from "./vocabulary.ts";

/** Body length the generator aims for, in words (the reference articles are ~660 words). */
export const TARGET_WORDS = 660;

/** A generated file: path relative to the project root, and its text. */
export interface GeneratedFile {
  readonly path: string;
  readonly text: string;
}

const DAY = 86_400_000;
const FIRST_DAY = Date.UTC(2023, 0, 1);
const LAST_DAY = Date.UTC(2025, 11, 31);

/** The seed of article `index`, so each article depends only on (seed, index): a 20-article corpus is a prefix of a 1,000-article one. */
function articleSeed(seed: number, index: number): number {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  return (h ^ (h >>> 13)) >>> 0;
}

/** Generates article number `index` (0-based) of the corpus with `seed`. Pure: same input, same bytes. */
export function generateArticle(seed: number, index: number): GeneratedFile {
  const rng = createRng(articleSeed(seed, index));
  const lang = index % 2 === 0 ? "de" : "en";
  const cast = drawCast(rng);
  const phrases = lang === "de" ? GERMAN : ENGLISH;
  const words = lang === "de" ? germanWords(cast) : englishWords(cast);
  const say = (templates: readonly string[]) => pickFilled(rng, templates, words);

  const date = drawDate(rng, cast);
  const title = say(phrases.titles);
  const summary = say(phrases.summaries);
  const tagged = rng.chance(0.7);
  const ids = castIds(cast);
  const front = [
    `title: ${quote(title)}`,
    `date: ${date}`,
    `lang: ${lang}`,
    `author: ${rng.pick(AUTHORS)}`,
    `summary: ${quote(summary)}`,
    ...(tagged
      ? [
          `people: [${ids.people.join(", ")}]`,
          `organisations: [${ids.organisations.join(", ")}]`,
          `countries: [${ids.countries.join(", ")}]`,
        ]
      : []),
    ...(tagged && cast.summit ? [`summit: ${cast.summit.id}`] : []),
  ];
  const body = generateBody(rng, lang, phrases, words);
  const slug = `${ids.people.join("-")}-${lang}-${String(index).padStart(6, "0")}`;
  return {
    path: `content/articles/${date.slice(0, 4)}/${slug}.md`,
    text: `---\n${front.join("\n")}\n---\n${body}`,
  };
}

/** The body: lead paragraph, paragraphs under two headings, a list, a quote and a closing line. */
function generateBody(
  rng: Rng,
  lang: "de" | "en",
  phrases: Phrases,
  words: ReadonlyMap<string, string>,
): string {
  const say = (templates: readonly string[]) => pickFilled(rng, templates, words);
  const blocks: string[] = [];
  let count = 0;
  const add = (block: string) => {
    blocks.push(block);
    count += block.split(/\s+/).length;
  };
  const paragraph = () => {
    const sentences: string[] = [];
    const n = rng.int(3, 5);
    // Half the sentences name the cast; the rest are drawn from a news-sized vocabulary (vocabulary.ts).
    for (let i = 0; i < n; i++)
      sentences.push(rng.chance(0.5) ? say(phrases.entity) : zipfSentence(rng, lang));
    add(sentences.join(" "));
  };
  paragraph();
  paragraph();
  add(`## ${say(phrases.headings)}`);
  paragraph();
  add(`${say(phrases.listIntro)}\n\n${list(rng, phrases.listItems, words)}`);
  paragraph();
  add(`## ${say(phrases.headings)}`);
  paragraph();
  add(say(phrases.quotes));
  while (count < TARGET_WORDS - 20) paragraph();
  add(say(phrases.closing));
  return `${blocks.join("\n\n")}\n`;
}

/** Four list items in bank order, comma-separated, the last ending with a full stop. */
function list(rng: Rng, items: readonly string[], words: ReadonlyMap<string, string>): string {
  const chosen = rng.sample(items, 4).sort((a, b) => items.indexOf(a) - items.indexOf(b));
  const lines = chosen.map((item) => (fill(item, words) ?? item).replace(/[,.]$/, ""));
  return lines.map((line, i) => `- ${line}${i === lines.length - 1 ? "." : ","}`).join("\n");
}

/** A random template that the cast can fill (there is always one: each bank has cast-free or C0/C1/P0/P1/O0 entries). */
function pickFilled(rng: Rng, templates: readonly string[], words: ReadonlyMap<string, string>): string {
  for (let attempt = 0; attempt < 20; attempt++) {
    const text = fill(rng.pick(templates), words);
    if (text !== undefined) return text;
  }
  for (const template of templates) {
    const text = fill(template, words);
    if (text !== undefined) return text;
  }
  throw new Error("bench corpus: no template fits the cast");
}

/** A publication time as "YYYY-MM-DD HH:mm" (site zone): near the summit when there is one, else in 2023–2025. */
function drawDate(rng: Rng, cast: Cast): string {
  const day = cast.summit
    ? Date.parse(`${cast.summit.start}T00:00:00Z`) + rng.int(-3, 4) * DAY
    : FIRST_DAY + rng.int(0, (LAST_DAY - FIRST_DAY) / DAY) * DAY;
  // 07:00–21:59, clear of the night-time daylight-saving gaps.
  const iso = new Date(day).toISOString().slice(0, 10);
  return `${iso} ${String(rng.int(7, 21)).padStart(2, "0")}:${String(rng.int(0, 59)).padStart(2, "0")}`;
}

/** A YAML double-quoted scalar. */
function quote(text: string): string {
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}
