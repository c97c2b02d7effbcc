/**
 * The social card's layout (1200×630): kicker, headline wrapped to fit (largest size that fits, else cut with
 * "…"), date and site name, as a scene of rectangles and placed glyphs. Text is the font's own glyph outlines,
 * so no renderer needs fonts and every machine draws the same pixels. Pure: widths, placement and outlines come
 * from a Typesetter, which reads the font file.
 */
import { CARD } from "./options.ts";
import type { CardText } from "./types.ts";

/** Width in px of `text` set in the card font at `size` px and `weight`. */
export type Measure = (text: string, size: number, weight: FontWeight) => number;
export type FontWeight = 400 | 600 | 700;

/** What drawing text needs from a font. */
export interface Typesetter {
  readonly measure: Measure;
  /** The glyphs of `text` at `size` px: an id per glyph and its x offset, kerning and letter spacing applied. */
  place(
    text: string,
    size: number,
    weight: FontWeight,
    spacing: number,
  ): readonly { id: string; x: number }[];
  /** A glyph's outline as SVG path data in font units, baseline at 0, y pointing down ("" for a space). */
  outline(id: string): string;
  /** A glyph's bounding box in font units, y pointing down like the outline (undefined for a space). */
  bounds(id: string): { x1: number; y1: number; x2: number; y2: number } | undefined;
  /** Font units per em (the outline's scale). */
  readonly unitsPerEm: number;
}

/** The family name inside the font files (Source Sans 3). */
export const CARD_FONT_FAMILY = "Source Sans 3";

const PAD = 72;
const WIDTH = CARD.width - 2 * PAD;
const COLORS = { bg: "#0b2a4a", bar: "#4f9be8", kicker: "#8cc2ff", headline: "#ffffff", foot: "#c9d3e0" };
/** Headline sizes tried in turn; the first whose wrapped lines fit the space wins. */
const HEADLINE_SIZES = [68, 60, 52, 46] as const;
const HEADLINE_TOP = 168;
const HEADLINE_BOTTOM = 520;
const KICKER_SPACING = 1.5;

/** A filled rectangle of the card (opacity over the background). */
export interface CardRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly fill: string;
  readonly opacity: number;
}

/** One line of text in one colour: glyphs placed at their origin on the baseline, in px. */
export interface GlyphRun {
  readonly fill: string;
  /** Font size in px: a glyph's outline is scaled by size / unitsPerEm. */
  readonly size: number;
  readonly glyphs: readonly { readonly id: string; readonly x: number; readonly y: number }[];
}

/** What a card shows, independent of how it is drawn (SVG for reading, pixels for the PNG). */
export interface CardScene {
  readonly width: number;
  readonly height: number;
  readonly background: string;
  readonly rects: readonly CardRect[];
  readonly runs: readonly GlyphRun[];
}

/** The card laid out: kicker, headline, rule, date and site name, glyph by glyph. */
export function cardScene(text: CardText, type: Typesetter): CardScene {
  const measure = type.measure;
  const kicker = truncate(text.kicker.toLocaleUpperCase(text.lang), WIDTH, (s) =>
    spaced(measure(s, 30, 600), s),
  );
  const headline = layoutHeadline(text.headline, measure);
  const siteWidth = measure(text.site, 30, 700);
  const date = text.date ? truncate(text.date, WIDTH - siteWidth - 48, (s) => measure(s, 30, 400)) : "";
  const run = (
    line: string,
    x: number,
    y: number,
    size: number,
    weight: FontWeight,
    fill: string,
    spacing = 0,
  ): GlyphRun => ({
    fill,
    size,
    glyphs: type
      .place(line, size, weight, spacing)
      .filter((glyph) => type.outline(glyph.id) !== "")
      // Two decimals: the SVG and the pixels place a glyph at the same position on every machine.
      .map((glyph) => ({ id: glyph.id, x: num(x + glyph.x, 2), y })),
  });
  const runs = [
    run(kicker, PAD, 124, 30, 600, COLORS.kicker, KICKER_SPACING),
    ...headline.lines.map((line, i) =>
      run(
        line,
        PAD,
        HEADLINE_TOP + headline.size + i * headline.leading,
        headline.size,
        700,
        COLORS.headline,
      ),
    ),
    ...(date ? [run(date, PAD, 596, 30, 400, COLORS.foot)] : []),
    run(text.site, CARD.width - PAD - siteWidth, 596, 30, 700, COLORS.headline),
  ];
  return {
    width: CARD.width,
    height: CARD.height,
    background: COLORS.bg,
    rects: [
      { x: 0, y: 0, width: CARD.width, height: 12, fill: COLORS.bar, opacity: 1 },
      { x: PAD, y: 548, width: WIDTH, height: 2, fill: COLORS.bar, opacity: 0.5 },
    ],
    runs,
  };
}

/** A number rounded to at most `digits` decimals: the same value on every machine. */
function num(value: number, digits: number): number {
  return Number(value.toFixed(digits));
}

/** The headline's lines and size: the largest size at which it fits whole, else the smallest, cut with "…". */
export function layoutHeadline(
  headline: string,
  measure: Measure,
): { lines: string[]; size: number; leading: number } {
  const words = headline.split(/\s+/).filter((w) => w !== "");
  for (const size of HEADLINE_SIZES) {
    const leading = Math.round(size * 1.16);
    const room = Math.floor((HEADLINE_BOTTOM - HEADLINE_TOP) / leading);
    const width = (s: string) => measure(s, size, 700);
    const lines = wrap(words, WIDTH, width);
    if (lines.length <= room) return { lines, size, leading };
    if (size === HEADLINE_SIZES[HEADLINE_SIZES.length - 1]) {
      const kept = lines.slice(0, room);
      kept[room - 1] = truncate(`${kept[room - 1]} ${lines[room] ?? ""}`, WIDTH, width, true);
      return { lines: kept, size, leading };
    }
  }
  return { lines: [], size: HEADLINE_SIZES[0], leading: 0 };
}

/** Greedy word wrap; a word wider than a line (a long German compound) is split with a hyphen where it must. */
export function wrap(words: readonly string[], max: number, width: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (width(candidate) <= max) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    let rest = word;
    while (width(rest) > max) {
      let cut = rest.length - 1;
      while (cut > 1 && width(`${rest.slice(0, cut)}-`) > max) cut--;
      lines.push(`${rest.slice(0, cut)}-`);
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}

/** `text` cut at a word (or character) boundary with "…" so it fits `max`; unchanged when it fits. */
export function truncate(text: string, max: number, width: (s: string) => number, force = false): string {
  if (!force && width(text) <= max) return text;
  let cut = text.trimEnd();
  while (cut.length > 0 && width(`${cut}…`) > max) {
    const space = cut.lastIndexOf(" ");
    // Cut whole words while that leaves something; characters only when one word is too long.
    cut = space > 0 && width(`${cut.slice(0, space)}…`) <= max ? cut.slice(0, space) : cut.slice(0, -1);
    cut = cut.trimEnd();
  }
  return `${trimTrailing(cut, " \t\n,;:–-")}…`;
}

function spaced(width: number, text: string): number {
  return width + KICKER_SPACING * Math.max(0, [...text].length - 1);
}

/** `text` without the trailing characters in `chars` (a loop: a regex anchored at the end backtracks). */
function trimTrailing(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1] as string)) end--;
  return text.slice(0, end);
}
