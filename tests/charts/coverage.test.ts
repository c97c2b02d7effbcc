import { describe, expect, it } from "vitest";
import { coverageChart, coverageSeries } from "../../src/charts/index.ts";

const at = (iso: string) => ({ millis: Date.parse(iso) });

describe("coverage over time", () => {
  it("one summit's days: a bar per day in the site zone, padded to a week, late evening UTC on the next day", () => {
    const series = coverageSeries(
      [at("2025-08-30T16:00:00Z"), at("2025-08-31T07:30:00Z"), at("2025-08-31T22:30:00Z")],
      "Europe/Berlin",
    );
    expect(series.unit).toBe("day");
    expect(series.bins.filter((b) => b.count > 0)).toEqual([
      { period: "2025-08-30", count: 1 },
      { period: "2025-08-31", count: 1 },
      { period: "2025-09-01", count: 1 },
    ]);
    expect(series.bins).toHaveLength(7);
  });

  it("a month of news reads by day; years of news by month, empty months included", () => {
    expect(coverageSeries([at("2025-09-01T10:00:00Z"), at("2025-09-28T10:00:00Z")], "UTC").unit).toBe("day");
    const years = coverageSeries([at("2023-01-15T10:00:00Z"), at("2025-09-28T10:00:00Z")], "UTC");
    expect(years.unit).toBe("month");
    expect(years.bins).toHaveLength(33);
    expect(years.bins[1]).toEqual({ period: "2023-02", count: 0 });
  });

  it("lays bars out within the chart, the highest at the top, with a few labels", () => {
    const series = coverageSeries(
      [at("2025-08-31T10:00:00Z"), at("2025-08-31T11:00:00Z"), at("2025-09-01T10:00:00Z")],
      "UTC",
    );
    const chart = coverageChart(series, "de");
    const tallest = chart.bars.find((b) => b.bin.count === 2);
    expect(tallest?.y).toBe(chart.top);
    for (const bar of chart.bars) expect(bar.x + bar.width).toBeLessThanOrEqual(chart.width);
    expect(chart.ticks.map((t) => t.label)).toContain("31. Aug");
  });
});
