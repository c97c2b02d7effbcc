/**
 * Draws a card scene into palette pixels, the way a newspaper's typesetter reuses type: each glyph is drawn
 * once per size and sub-pixel offset (a mask of its coverage, made by a MaskSource) and then stamped wherever it
 * occurs. Drawing the whole card with a vector renderer cost ~6 ms and its PNG another ~9 ms; stamping costs
 * well under one.
 *
 * A card has few colours: the background, its rules and, for each text colour, the steps of anti-aliasing
 * between the background and that colour. So the pixels are palette indices (one byte each, a third of RGB to
 * compress). Glyphs of one colour that overlap (tight kerning) combine their coverage as painting one over the
 * other would; where text of one colour met another (the layout never lets it) the more covering one wins.
 * Pure: the masks come from outside.
 */
import type { CardScene } from "./cardLayout.ts";

/** A glyph's coverage (0–255) in a box placed relative to the pixel its origin falls in. */
export interface GlyphMask {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
  readonly alpha: Uint8Array;
}

/** The mask of glyph `id` at `size` px, its origin shifted right by `phase` (0 ≤ phase < 1) of a pixel. */
export type MaskSource = (id: string, size: number, phase: number) => GlyphMask;

/** Sub-pixel positions a glyph is drawn at: a quarter pixel is below what the eye sees at these sizes. */
export const PHASES = 4;

/** An image of palette indices; palette entries are RGB triples. */
export interface IndexedImage {
  readonly width: number;
  readonly height: number;
  readonly palette: Uint8Array;
  readonly pixels: Uint8Array;
}

/**
 * The scene's pixels. Throws when its colours cannot share one palette of 256 entries. `into`, when large
 * enough, is drawn over and returned as the pixels: a card thread reuses one buffer for thousands of cards
 * rather than leaving a 0.75 MB array per card to the garbage collector.
 */
export function drawCard(scene: CardScene, masks: MaskSource, into?: Uint8Array): IndexedImage {
  const { width, height } = scene;
  const background = rgb(scene.background);
  const colours: number[][] = [background];
  const solid = (colour: number[]) => {
    const at = colours.findIndex((c) => c.every((v, i) => v === colour[i]));
    if (at >= 0) return at;
    colours.push(colour);
    return colours.length - 1;
  };
  // Palette indices: 0 is the background.
  const base =
    into && into.length >= width * height
      ? into.subarray(0, width * height).fill(0)
      : new Uint8Array(width * height);
  for (const rect of scene.rects) {
    const index = solid(mix(background, rgb(rect.fill), rect.opacity));
    const x0 = clamp(Math.round(rect.x), width);
    const x1 = clamp(Math.round(rect.x + rect.width), width);
    for (let y = clamp(Math.round(rect.y), height); y < clamp(Math.round(rect.y + rect.height), height); y++)
      base.fill(index, y * width + x0, y * width + x1);
  }
  const fills = [...new Set(scene.runs.map((run) => run.fill))];
  const levels = Math.min(255, Math.floor((256 - colours.length) / Math.max(1, fills.length)));
  if (levels < 16) throw new Error(`a card with ${fills.length} text colours cannot share one palette`);
  const rampStart = fills.map((fill) => {
    const start = colours.length;
    for (let level = 1; level <= levels; level++) colours.push(mix(background, rgb(fill), level / levels));
    return start;
  });

  // What each palette index means for coverage: the text colour (1 + its index in `fills`; 0 for a solid
  // colour) and the coverage its step stands for.
  const rampOf = new Uint8Array(256);
  const coverOf = new Uint8Array(256);
  rampStart.forEach((start, k) => {
    for (let level = 1; level <= levels; level++) {
      rampOf[start + level - 1] = k + 1;
      coverOf[start + level - 1] = Math.round((level * 255) / levels);
    }
  });
  // The step a coverage falls on, looked up rather than computed for every pixel.
  const levelOf = Uint8Array.from({ length: 256 }, (_, c) => Math.round((c * levels) / 255));
  const pixels = base;
  for (const run of scene.runs) {
    const mine = fills.indexOf(run.fill) + 1;
    const start = (rampStart[mine - 1] as number) - 1;
    for (const glyph of run.glyphs) {
      let x = Math.floor(glyph.x);
      let phase = Math.round((glyph.x - x) * PHASES);
      if (phase === PHASES) {
        x++;
        phase = 0;
      }
      const {
        alpha,
        left,
        top,
        width: maskWidth,
        height: maskHeight,
      } = masks(glyph.id, run.size, phase / PHASES);
      const y = Math.round(glyph.y);
      const rows = Math.min(maskHeight, height - y - top);
      const cols = Math.min(maskWidth, width - x - left);
      const firstCol = Math.max(0, -(x + left));
      for (let row = Math.max(0, -(y + top)); row < rows; row++) {
        const line = (y + top + row) * width + x + left;
        const from = row * maskWidth;
        for (let col = firstCol; col < cols; col++) {
          const a = alpha[from + col] as number;
          if (a === 0) continue;
          const index = pixels[line + col] as number;
          if (index === 0) {
            // The background, by far the most common: the glyph's own coverage.
            const level = levelOf[a] as number;
            if (level > 0) pixels[line + col] = start + level;
            continue;
          }
          const ramp = rampOf[index] as number;
          const c = coverOf[index] as number;
          let covered: number;
          if (ramp === 0 || ramp === mine)
            covered = c === 0 ? a : 255 - Math.round(((255 - c) * (255 - a)) / 255);
          else if (a > c) covered = a;
          else continue;
          const level = levelOf[covered] as number;
          if (level > 0) pixels[line + col] = start + level;
        }
      }
    }
  }
  return { width, height, palette: Uint8Array.from(colours.flat()), pixels };
}

/** `#rrggbb` as [r, g, b]. */
function rgb(colour: string): number[] {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (!match) throw new Error(`card colour ${colour}: expected #rrggbb`);
  return match.slice(1).map((hex) => Number.parseInt(hex, 16));
}

/** `over` painted on `under` at `amount` (0–1). */
function mix(under: number[], over: number[], amount: number): number[] {
  return under.map((u, i) => Math.round(u + ((over[i] as number) - u) * amount));
}

function clamp(value: number, max: number): number {
  return Math.max(0, Math.min(max, value));
}
