/**
 * The card font, Source Sans 3 (SIL Open Font License), read from its npm package with opentype.js: the same
 * files measure the text and give the glyph outlines the card is drawn with, so cards are identical everywhere.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import opentype from "opentype.js";
import type { FontWeight, Measure, Typesetter } from "./cardLayout.ts";

const FILES: Readonly<Record<FontWeight, string>> = {
  400: "400Regular/SourceSans3_400Regular.ttf",
  600: "600SemiBold/SourceSans3_600SemiBold.ttf",
  700: "700Bold/SourceSans3_700Bold.ttf",
};

/** Absolute paths of the font files, by weight. */
export function fontFiles(): Record<FontWeight, string> {
  const dir = dirname(
    createRequire(import.meta.url).resolve("@expo-google-fonts/source-sans-3/package.json"),
  );
  return { 400: join(dir, FILES[400]), 600: join(dir, FILES[600]), 700: join(dir, FILES[700]) };
}

type Font = ReturnType<typeof opentype.parse>;
type Glyph = ReturnType<Font["charToGlyph"]>;
let fonts: Record<FontWeight, Font> | undefined;

/** Each glyph's position in font units: advances plus kerning pairs (opentype.js's own shaping fails on this font). */
function layout(text: string, weight: FontWeight): { placed: { glyph: Glyph; x: number }[]; width: number } {
  fonts ??= loadFonts();
  const font = fonts[weight];
  const placed: { glyph: Glyph; x: number }[] = [];
  let x = 0;
  let previous: Glyph | undefined;
  for (const char of text) {
    const glyph = glyphOf(font, weight, char);
    if (previous) x += kerning(font, weight, previous, glyph);
    placed.push({ glyph, x });
    x += glyph.advanceWidth ?? 0;
    previous = glyph;
  }
  return { placed, width: x };
}

// opentype.js looks glyphs and kerning pairs up anew each time; a card measures the same few hundred often.
const glyphs = new Map<string, Glyph>();
const pairs = new Map<string, number>();

function glyphOf(font: Font, weight: FontWeight, char: string): Glyph {
  const key = `${weight}:${char}`;
  let glyph = glyphs.get(key);
  if (!glyph) {
    glyph = font.charToGlyph(char);
    glyphs.set(key, glyph);
  }
  return glyph;
}

function kerning(font: Font, weight: FontWeight, left: Glyph, right: Glyph): number {
  const key = `${weight}:${left.index}:${right.index}`;
  let value = pairs.get(key);
  if (value === undefined) {
    value = font.getKerningValue(left, right);
    pairs.set(key, value);
  }
  return value;
}

/** Text widths from the glyph advances and kerning pairs of the font files. */
export const measure: Measure = (text, size, weight) => (layout(text, weight).width * size) / UNITS;

/** Units per em of Source Sans 3 (checked when the fonts load). */
const UNITS = 1000;
type Box = { x1: number; y1: number; x2: number; y2: number };
const outlines = new Map<string, { path: string; box: Box }>();

/** The card font as a Typesetter; outlines are computed once per glyph and kept. */
export const typesetter: Typesetter = {
  measure,
  unitsPerEm: UNITS,
  place(text, size, weight, spacing) {
    const scale = size / UNITS;
    return layout(text, weight).placed.map(({ glyph, x }, i) => {
      const id = `g${weight}-${glyph.index}`;
      if (!outlines.has(id)) {
        const path = glyph.getPath(0, 0, UNITS);
        outlines.set(id, {
          path: path.toPathData({ decimalPlaces: 1, flipY: false }),
          box: path.getBoundingBox(),
        });
      }
      return { id, x: x * scale + i * spacing };
    });
  },
  outline: (id) => outlines.get(id)?.path ?? "",
  bounds: (id) => {
    const outline = outlines.get(id);
    return outline?.path ? outline.box : undefined;
  },
};

function loadFonts(): Record<FontWeight, Font> {
  const files = fontFiles();
  const load = (path: string) => {
    const bytes = readFileSync(path);
    // lowMemory: glyphs are parsed when first asked for, not all ~2,000 of each font up front — a card shows a
    // few dozen, and every card thread paid the whole parse (~0.25 s of three fonts) at its start.
    // (opentype.js 2 takes the option; its type declarations predate it.)
    const parse = opentype.parse as (buffer: ArrayBuffer, options: { lowMemory: boolean }) => Font;
    return parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength), {
      lowMemory: true,
    });
  };
  const loaded = { 400: load(files[400]), 600: load(files[600]), 700: load(files[700]) };
  for (const font of Object.values(loaded)) {
    if (font.unitsPerEm !== UNITS)
      throw new Error(`card font: ${font.unitsPerEm} units per em, expected ${UNITS}`);
  }
  return loaded;
}
