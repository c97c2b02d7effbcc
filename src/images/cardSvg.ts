/**
 * A card scene as an SVG document: each glyph outline defined once and placed with <use>. Not what the site
 * ships (that is the PNG drawn from the same scene); it is the scene in a form a person or a test can read.
 */
import type { CardScene, Typesetter } from "./cardLayout.ts";

/** The scene's SVG document. */
export function cardSvg(scene: CardScene, type: Typesetter): string {
  const used = new Set<string>();
  const runs = scene.runs.map((run) => {
    const scale = Number((run.size / type.unitsPerEm).toFixed(5));
    const uses = run.glyphs.map((glyph) => {
      used.add(glyph.id);
      return `<use href="#${glyph.id}" transform="translate(${glyph.x} ${glyph.y}) scale(${scale})"/>`;
    });
    return `<g fill="${run.fill}">${uses.join("")}</g>`;
  });
  const defs = [...used].sort().map((id) => `<path id="${id}" d="${type.outline(id)}"/>`);
  const rects = scene.rects.map(
    (r) =>
      `<rect x="${r.x}" y="${r.y}" width="${r.width}" height="${r.height}" fill="${r.fill}"${r.opacity === 1 ? "" : ` opacity="${r.opacity}"`}/>`,
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${scene.width}" height="${scene.height}" viewBox="0 0 ${scene.width} ${scene.height}">`,
    `<defs>${defs.join("")}</defs>`,
    `<rect width="${scene.width}" height="${scene.height}" fill="${scene.background}"/>`,
    ...rects,
    ...runs,
    "</svg>",
  ].join("");
}
