/** Charts drawn at build time as SVG geometry: coverage over time. */
export {
  CHART_HEIGHT,
  CHART_WIDTH,
  type ChartBar,
  type CoverageBin,
  type CoverageChart,
  type CoverageSeries,
  type CoverageUnit,
  coverageChart,
  coverageSeries,
} from "./coverage.ts";
export { coverageSvg, periodName } from "./svg.ts";
