/**
 * Maps and charts as inline SVG: no script, no tiles, no requests. Each has a <title> and a <desc> (role="img"),
 * and the page lists the same facts next to it, so nothing is only in the picture.
 */
import type { CoverageChart, CoverageSeries } from "../src/charts/index.ts";
import type { MapGeometry } from "../src/maps/index.ts";
import type { Lang } from "../src/registry/index.ts";
import { formatDay, formatMonth } from "../src/render/format.ts";
import { html, type SafeHtml } from "../src/render/html.ts";
import { PHRASES, STRINGS } from "../src/render/i18n.ts";

/** An inline SVG map. `id` keeps title/desc ids unique on the page. */
export function mapSvg(geometry: MapGeometry, id: string, title: string, desc: string): SafeHtml {
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
</svg>`;
}

/** A figure: the map, then its legend and list of facts. */
export function mapFigure(svg: SafeHtml, facts: SafeHtml, className = ""): SafeHtml {
  return html`<figure class="map-figure${className ? ` ${className}` : ""}">${svg}<figcaption>${facts}</figcaption></figure>`;
}

/** The coverage chart as inline SVG, with the numbers as a table behind a disclosure. */
export function coverageFigure(
  series: CoverageSeries,
  chart: CoverageChart,
  lang: Lang,
  id: string,
): SafeHtml {
  const t = STRINGS[lang];
  const p = PHRASES[lang];
  const name = (period: string) =>
    series.unit === "day"
      ? formatDay(period, lang)
      : series.unit === "month"
        ? formatMonth(period, lang)
        : period;
  const busiest = series.bins.reduce(
    (a, b) => (b.count > a.count ? b : a),
    series.bins[0] ?? { period: "", count: 0 },
  );
  const first = series.bins.find((b) => b.count > 0);
  const last = [...series.bins].reverse().find((b) => b.count > 0);
  const desc =
    first && last
      ? `${p.chartDesc(series.total, name(first.period), name(last.period))} ${p.chartBusiest(name(busiest.period), busiest.count)}`
      : t.noArticles;
  const unitLabel = series.unit === "day" ? t.day : series.unit === "month" ? t.month : t.year;
  return html`<figure class="chart-figure">
<svg class="chart" viewBox="0 0 ${chart.width} ${chart.height}" role="img" aria-labelledby="${id}-t" aria-describedby="${id}-d" focusable="false">
<title id="${id}-t">${p.coverageBy[series.unit]}</title><desc id="${id}-d">${desc}</desc>
<line class="chart-axis" x1="${chart.left}" x2="${chart.width}" y1="${chart.baseline}" y2="${chart.baseline}"/>
<line class="chart-grid" x1="${chart.left}" x2="${chart.width}" y1="${chart.top}" y2="${chart.top}"/>
<text class="chart-label" x="${chart.left - 6}" y="${chart.top + 4}" text-anchor="end">${chart.max}</text>
<text class="chart-label" x="${chart.left - 6}" y="${chart.baseline}" text-anchor="end">0</text>
${chart.bars.map((b) => (b.height > 0 ? html`<rect class="chart-bar" x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}"/>` : ""))}
${chart.ticks.map((tick) => html`<text class="chart-label" x="${tick.x}" y="${chart.height - 6}" text-anchor="middle">${tick.label}</text>`)}
</svg>
<figcaption><details><summary>${t.asTable}</summary>
<table class="coverage"><thead><tr><th scope="col">${unitLabel}</th><th scope="col">${t.articlesAbout}</th></tr></thead>
<tbody>${series.bins
    .filter((b) => b.count > 0)
    .map((b) => html`<tr><th scope="row">${name(b.period)}</th><td>${b.count}</td></tr>`)}</tbody></table>
</details></figcaption>
</figure>`;
}
