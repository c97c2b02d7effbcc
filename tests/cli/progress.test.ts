/** The build's progress reporter: formatting, the redraw throttle, and what each kind of output gets. No clocks. */
import { describe, expect, it } from "vitest";
import {
  addSample,
  createProgress,
  formatCount,
  formatElapsed,
  formatEta,
  progressLine,
  REDRAW_MS,
  shouldRedraw,
  stageLine,
} from "../../src/cli/progress.ts";

describe("formatting", () => {
  it("elapsed time as people read it", () => {
    expect(formatElapsed(0)).toBe("0.0 s");
    expect(formatElapsed(412)).toBe("0.4 s");
    expect(formatElapsed(9_949)).toBe("9.9 s");
    expect(formatElapsed(42_300)).toBe("42 s");
    expect(formatElapsed(59_400)).toBe("59 s");
    expect(formatElapsed(185_000)).toBe("3 min 05 s");
    expect(formatElapsed(3_725_000)).toBe("1 h 02 min");
    expect(formatElapsed(-5)).toBe("0.0 s");
  });

  it("what is left, at the pace since the first count", () => {
    // 100 done in 2 s: 900 more take 18 s.
    expect(formatEta(900, { done: 100, ms: 2_000 })).toBe("~18 s left");
    expect(formatEta(30_000, { done: 1_000, ms: 10_000 })).toBe("~5 min 00 s left");
    // Nothing to go by, or nothing left.
    expect(formatEta(900, { done: 0, ms: 2_000 })).toBeUndefined();
    expect(formatEta(900, { done: 3, ms: 200 })).toBeUndefined();
    expect(formatEta(900, undefined)).toBeUndefined();
    expect(formatEta(undefined, { done: 100, ms: 2_000 })).toBeUndefined();
    expect(formatEta(0, { done: 100, ms: 2_000 })).toBeUndefined();
  });

  it("counts with separators", () => {
    expect(formatCount(131_730)).toBe("131,730");
    expect(formatCount(18)).toBe("18");
  });

  it("the in-place line: stage, n of N, time since the build started, estimate", () => {
    expect(
      progressLine({
        stage: "render",
        done: 1_200,
        total: 24_000,
        unit: "pages",
        buildMs: 12_300,
        pace: { done: 1_200, ms: 6_000 },
      }),
    ).toBe("render 1,200 of 24,000 pages · 12 s · ~1 min 54 s left");
    expect(progressLine({ stage: "search, pictures", done: 0, buildMs: 800 })).toBe(
      "search, pictures · 0.8 s",
    );
    // Never more than all: the static files are rendered beside the pages.
    expect(progressLine({ stage: "render", done: 12, total: 10, unit: "pages", buildMs: 1_000 })).toBe(
      "render 10 of 10 pages · 1.0 s",
    );
  });

  it("the line of a finished stage", () => {
    expect(stageLine({ stage: "articles", count: 18, ms: 412.4 })).toBe("articles 18 in 0.41 s");
    expect(
      stageLine({ stage: "render", count: 24_000, unit: "pages", ms: 61_234, note: "3 from the cache" }),
    ).toBe("render 24,000 pages in 61.23 s (3 from the cache)");
  });

  it("the pace is taken over the last five seconds, so a slow start stops counting", () => {
    const samples: { at: number; done: number }[] = [];
    expect(addSample(samples, { at: 0, done: 0 })).toBeUndefined();
    // Set-up: one in the first 4 s; then 100 a second.
    expect(addSample(samples, { at: 4_000, done: 1 })).toEqual({ done: 1, ms: 4_000 });
    for (let s = 5; s <= 14; s++) addSample(samples, { at: s * 1_000, done: 1 + (s - 4) * 100 });
    expect(addSample(samples, { at: 15_000, done: 1_101 })).toEqual({ done: 500, ms: 5_000 });
    expect(samples.length).toBeLessThanOrEqual(7);
    expect(formatEta(1_000, { done: 500, ms: 5_000 })).toBe("~10 s left");
  });

  it("redraws at most ten times a second", () => {
    expect(REDRAW_MS).toBe(100);
    expect(shouldRedraw(1_000, undefined)).toBe(true);
    expect(shouldRedraw(1_099, 1_000)).toBe(false);
    expect(shouldRedraw(1_100, 1_000)).toBe(true);
  });
});

/** A reporter writing into a list, on a clock the test moves. */
function reporter(tty: boolean, quiet = false) {
  const out: string[] = [];
  let clock = 0;
  const progress = createProgress({ write: (t) => out.push(t), tty, quiet, columns: 60, now: () => clock });
  return { out, progress, tick: (ms: number) => (clock += ms) };
}

describe("the reporter", () => {
  it("in a log: one line per finished stage, nothing in between", () => {
    const { out, progress } = reporter(false);
    progress.start("articles", 3);
    progress.update(1);
    progress.update(3);
    progress.finish({ stage: "articles", count: 3, ms: 20 });
    progress.clear();
    progress.finish({ stage: "render", count: 7, unit: "pages", ms: 1_500 });
    expect(out.join("")).toBe("articles 3 in 0.02 s\nrender 7 pages in 1.50 s\n");
  });

  it("on a terminal: one line redrawn in place, throttled, wiped on clear, no stage lines", () => {
    const { out, progress, tick } = reporter(true);
    progress.start("articles", 1_000);
    // A thousand counts within 50 ms draw nothing new: the throttle holds them back.
    for (let n = 1; n <= 1_000; n++) {
      if (n % 20 === 0) tick(1);
      progress.update(n);
    }
    expect(out).toHaveLength(1);
    expect(out[0]).toBe("\rarticles 0 of 1,000 · 0.0 s");
    tick(REDRAW_MS + 150);
    progress.update(1_000);
    expect(out).toHaveLength(2);
    expect(out[1]).toMatch(/^\rarticles 1,000 of 1,000 · 0\.3 s$/);
    progress.finish({ stage: "articles", count: 1_000, ms: 150 });
    progress.start("plan");
    // A shorter line covers the longer one with spaces; every frame starts at the line's beginning.
    expect(out[2]).toMatch(/^\rplan · 0\.3 s +$/);
    expect(out[2]?.length).toBe(out[1]?.length);
    progress.clear();
    expect(out[3]).toMatch(/^\r +\r$/);
    expect(out.join("")).not.toContain("\n");
    // Nothing is drawn wider than the terminal.
    progress.start(`render ${"x".repeat(200)}`, 10);
    expect(out.at(-1)?.length).toBeLessThanOrEqual(60);
  });

  it("--quiet: nothing at all", () => {
    const { out, progress, tick } = reporter(true, true);
    progress.start("articles", 10);
    tick(1_000);
    progress.update(5);
    progress.finish({ stage: "articles", count: 10, ms: 5 });
    progress.clear();
    expect(out).toEqual([]);
    const log = reporter(false, true);
    log.progress.finish({ stage: "articles", count: 10, ms: 5 });
    expect(log.out).toEqual([]);
  });
});
