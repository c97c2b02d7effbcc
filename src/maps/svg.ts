/**
 * A map as inline SVG: no script, no tiles, no requests. It has a <title> and a <desc> (role="img"); pages list
 * the same facts beside it, so nothing is only in the picture. Drawn here, like a <picture> in src/images, so
 * every layout (ours or a site's) gets it ready to place.
 */
import { html } from "../render/index.ts";
import type { MapGeometry } from "./types.ts";

/** The map's markup; `id` keeps its title and desc ids unique on the page. */
export function mapSvg(geometry: MapGeometry, id: string, title: string, desc: string): string {
  const { width, height } = geometry;
  return html`<svg class="map" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-t" aria-describedby="${id}-d" focusable="false">
<title id="${id}-t">${title}</title><desc id="${id}-d">${desc}</desc>
<path class="map-sea" d="${geometry.sea}"/><path class="map-land" d="${geometry.land}"/>
${geometry.shapes.map((s) => html`<path class="map-${s.role}" d="${s.d}"/>`)}${geometry.dots.map(
  (d) => html`<circle class="map-${d.role} map-dot" cx="${d.x}" cy="${d.y}" r="5"/>`,
)}${geometry.points.map(
  (p) =>
    html`<circle class="map-city map-city-${p.kind}" cx="${p.x}" cy="${p.y}" r="${p.kind === "host" ? 6 : 4.5}"/><text class="map-label" x="${p.x + (p.anchor === "start" ? 10 : -10)}" y="${p.y + 5}" text-anchor="${p.anchor}">${p.label}</text>`,
)}
</svg>`.value;
}
