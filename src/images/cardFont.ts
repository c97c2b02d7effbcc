/**
 * The card font, Source Sans 3 (SIL Open Font License), read from its npm package: the same files measure the
 * text (opentype.js) and draw it (resvg, with system fonts off), so cards are identical on every machine.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import opentype from "opentype.js";
import type { FontWeight, Measure } from "./cardSvg.ts";

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
let fonts: Record<FontWeight, Font> | undefined;

/** Text widths from the glyph advances and kerning pairs of the font files. */
export const measure: Measure = (text, size, weight) => {
  fonts ??= loadFonts();
  const font = fonts[weight];
  let units = 0;
  let previous: ReturnType<Font["charToGlyph"]> | undefined;
  for (const char of text) {
    const glyph = font.charToGlyph(char);
    units += glyph.advanceWidth ?? 0;
    if (previous) units += font.getKerningValue(previous, glyph);
    previous = glyph;
  }
  return (units * size) / font.unitsPerEm;
};

function loadFonts(): Record<FontWeight, Font> {
  const files = fontFiles();
  const load = (path: string) => {
    const bytes = readFileSync(path);
    return opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  };
  return { 400: load(files[400]), 600: load(files[600]), 700: load(files[700]) };
}
