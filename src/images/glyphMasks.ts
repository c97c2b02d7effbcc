/**
 * Glyph masks for cardRaster, drawn by resvg from the font's outlines: one small SVG per glyph, size and
 * sub-pixel offset, the first time a card needs it, then kept. A thread draws a few hundred of them for
 * thousands of cards. The native renderer is loaded by the caller (cards are drawn in worker threads).
 */
import type { Resvg as ResvgType } from "@resvg/resvg-js";
import type { Typesetter } from "./cardLayout.ts";
import type { GlyphMask, MaskSource } from "./cardRaster.ts";

/** A MaskSource over `type`'s outlines, rendering with `Resvg`. */
export function glyphMasks(type: Typesetter, Resvg: typeof ResvgType): MaskSource {
  const kept = new Map<string, GlyphMask>();
  return (id, size, phase) => {
    const key = `${id}@${size}@${phase}`;
    let mask = kept.get(key);
    if (!mask) {
      mask = drawGlyph(type, Resvg, id, size, phase);
      kept.set(key, mask);
    }
    return mask;
  };
}

const EMPTY: GlyphMask = { left: 0, top: 0, width: 0, height: 0, alpha: new Uint8Array(0) };

function drawGlyph(
  type: Typesetter,
  Resvg: typeof ResvgType,
  id: string,
  size: number,
  phase: number,
): GlyphMask {
  const box = type.bounds(id);
  const path = type.outline(id);
  if (!box || path === "") return EMPTY;
  const scale = size / type.unitsPerEm;
  // One pixel to spare on each side: anti-aliasing reaches past the outline's box.
  const left = Math.floor(phase + box.x1 * scale) - 1;
  const top = Math.floor(box.y1 * scale) - 1;
  const width = Math.ceil(phase + box.x2 * scale) + 1 - left;
  const height = Math.ceil(box.y2 * scale) + 1 - top;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><path transform="translate(${phase - left} ${-top}) scale(${scale})" d="${path}"/></svg>`;
  const rgba = new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
  const alpha = new Uint8Array(width * height);
  for (let i = 0; i < alpha.length; i++) alpha[i] = rgba[i * 4 + 3] as number;
  return { left, top, width, height, alpha };
}
