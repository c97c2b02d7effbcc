/**
 * The coverage chart as inline SVG with a <title> and a <desc> (role="img"); pages give the same numbers as a
 * table. Drawn here so every layout (ours or a site's) gets it ready to place.
 */
import type { Lang } from "../registry/index.ts";
import { formatDay, formatMonth, html, PHRASES } from "../render/index.ts";
import type { CoverageChart, CoverageSeries } from "./coverage.ts";

/** A period of the series as readers name it: "31. August 2025", "August 2025", "2025". */
export function periodName(series: Pick<CoverageSeries, "unit">, period: string, lang: Lang): string {
  if (series.unit === "day") return formatDay(period, lang);
  return series.unit === "month" ? formatMonth(period, lang) : period;
}

/** The chart's markup; `id` keeps its title and desc ids unique; `none` describes an empty series. */
export function coverageSvg(
  series: CoverageSeries,
  chart: CoverageChart,
  lang: Lang,
  id: string,
  none: string,
): string {
  const p = PHRASES[lang];
  const name = (period: string) => periodName(series, period, lang);
  const busiest = series.bins.reduce(
    (a, b) => (b.count > a.count ? b : a),
    series.bins[0] ?? { period: "", count: 0 },
  );
  const first = series.bins.find((b) => b.count > 0);
  const last = [...series.bins].reverse().find((b) => b.count > 0);
  const desc =
    first && last
      ? `${p.chartDesc(series.total, name(first.period), name(last.period))} ${p.chartBusiest(name(busiest.period), busiest.count)}`
      : none;
  return html`<svg class="chart" viewBox="0 0 ${chart.width} ${chart.height}" role="img" aria-labelledby="${id}-t" aria-describedby="${id}-d" focusable="false">
<title id="${id}-t">${p.coverageBy[series.unit]}</title><desc id="${id}-d">${desc}</desc>
<line class="chart-axis" x1="${chart.left}" x2="${chart.width}" y1="${chart.baseline}" y2="${chart.baseline}"/>
<line class="chart-grid" x1="${chart.left}" x2="${chart.width}" y1="${chart.top}" y2="${chart.top}"/>
<text class="chart-label" x="${chart.left - 6}" y="${chart.top + 4}" text-anchor="end">${chart.max}</text>
<text class="chart-label" x="${chart.left - 6}" y="${chart.baseline}" text-anchor="end">0</text>
${chart.bars.map((b) => (b.height > 0 ? html`<rect class="chart-bar" x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}"/>` : ""))}
${chart.ticks.map((tick) => html`<text class="chart-label" x="${tick.x}" y="${chart.height - 6}" text-anchor="middle">${tick.label}</text>`)}
</svg>`.value;
}
