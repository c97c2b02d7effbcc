/**
 * Where a long `summitdesk build` is. On a terminal: one line redrawn in place (at most ten times a second) with
 * the stage, n of N, the time since the build started and an estimate of what the stage has left; it is wiped
 * before anything else is printed. Without a terminal (CI, pipes): one line per finished stage, with its count
 * and duration (`articles 18 in 0.41 s`), for logs. `--quiet`: nothing. All on stderr; no colours (NO_COLOR holds).
 */

/** Milliseconds between two redraws of the in-place line: ten a second at most. */
export const REDRAW_MS = 100;

/** A finished stage, as its line says it. */
export interface StageSummary {
  /** What the stage did: "articles", "render", "search" … */
  readonly stage: string;
  /** How many things it did. */
  readonly count: number;
  /** What they are when the stage name does not say ("pages", "languages"). */
  readonly unit?: string;
  readonly ms: number;
  /** A remark in brackets: "15 from the cache". */
  readonly note?: string;
}

/** What the build tells the reporter. */
export interface Progress {
  /** A stage starts, with how many things it has to do when that is known. */
  start(stage: string, total?: number, unit?: string): void;
  /** `done` of the stage's things are done (a count, not an increment). */
  update(done: number): void;
  /** A stage is over (its numbers come from the build's own timings): a line without a terminal. */
  finish(summary: StageSummary): void;
  /** Wipes the in-place line, so that the next thing printed starts on a clean line. */
  clear(): void;
}

/** Where and how the reporter writes. */
export interface ProgressOptions {
  readonly write: (text: string) => void;
  /** Is it a terminal (redraw in place) or a log (one line per stage)? */
  readonly tty: boolean;
  /** No progress at all (--quiet). */
  readonly quiet?: boolean;
  /** The terminal's width: a longer line would wrap and could not be redrawn in place. */
  readonly columns?: number;
  /** The clock (ms); tests pass their own. */
  readonly now?: () => number;
}

/** 1234 → "1,234". */
export function formatCount(n: number): string {
  return Math.round(n).toLocaleString("en-US");
}

/** A duration as people read it: "0.4 s", "42 s", "3 min 05 s", "1 h 02 min". */
export function formatElapsed(ms: number): string {
  const s = Math.max(0, ms) / 1000;
  if (s < 10) return `${s.toFixed(1)} s`;
  const whole = Math.round(s);
  if (whole < 60) return `${whole} s`;
  if (whole < 3600) return `${Math.floor(whole / 60)} min ${pad(whole % 60)} s`;
  return `${Math.floor(whole / 3600)} h ${pad(Math.floor((whole % 3600) / 60))} min`;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/**
 * The pace of a stage: things done over the last few seconds (PACE_WINDOW_MS), so that setting up (loading Eleventy,
 * the tagger) before the first count and a slow start do not weigh on the estimate for long.
 */
export interface Pace {
  /** Things done in the window. */
  readonly done: number;
  /** Milliseconds the window spans. */
  readonly ms: number;
}

/** How far back the pace looks. */
export const PACE_WINDOW_MS = 5_000;

/** One count and when it was made. */
export interface Sample {
  readonly at: number;
  readonly done: number;
}

/**
 * Adds a count to the samples of a stage and drops those the window no longer needs (keeping the newest one at or
 * before its start, so the window is always spanned); returns the pace over what is kept.
 */
export function addSample(samples: Sample[], sample: Sample, window = PACE_WINDOW_MS): Pace | undefined {
  samples.push(sample);
  while (samples.length > 2 && (samples[1]?.at ?? 0) <= sample.at - window) samples.shift();
  const first = samples[0];
  return first && samples.length > 1
    ? { done: sample.done - first.done, ms: sample.at - first.at }
    : undefined;
}

/**
 * What the stage has left at its pace so far ("~12 s left"), or undefined while there is nothing to go by: no
 * total, nothing done since the first count, or under half a second of it (too little to tell a pace).
 */
export function formatEta(left: number | undefined, pace: Pace | undefined): string | undefined {
  if (left === undefined || left <= 0 || !pace || pace.done <= 0 || pace.ms < 500) return undefined;
  return `~${formatElapsed((left * pace.ms) / pace.done)} left`;
}

/** Whether to redraw now: at most once per REDRAW_MS (a new stage always redraws). */
export function shouldRedraw(now: number, lastDrawn: number | undefined, interval = REDRAW_MS): boolean {
  return lastDrawn === undefined || now - lastDrawn >= interval;
}

/** The in-place line: "render 1,200 of 24,000 pages · 12.3 s · ~3 min 05 s left". */
export function progressLine(state: {
  readonly stage: string;
  readonly done: number;
  readonly total?: number | undefined;
  readonly unit?: string | undefined;
  readonly buildMs: number;
  readonly pace?: Pace | undefined;
}): string {
  const { stage, done, total, unit, buildMs, pace } = state;
  const count =
    total === undefined
      ? done > 0
        ? ` ${formatCount(done)}`
        : ""
      : ` ${formatCount(Math.min(done, total))} of ${formatCount(total)}`;
  const eta = formatEta(total === undefined ? undefined : total - done, pace);
  return [
    `${stage}${count}${count && unit ? ` ${unit}` : ""}`,
    formatElapsed(buildMs),
    ...(eta ? [eta] : []),
  ].join(" · ");
}

/** The line of a finished stage: "articles 18 in 0.41 s (15 from the cache)". */
export function stageLine(s: StageSummary): string {
  const unit = s.unit ? ` ${s.unit}` : "";
  const note = s.note ? ` (${s.note})` : "";
  return `${s.stage} ${formatCount(s.count)}${unit} in ${(s.ms / 1000).toFixed(2)} s${note}`;
}

/** A reporter for the build: redrawing on a terminal, line by line in a log, silent with --quiet. */
export function createProgress(options: ProgressOptions): Progress {
  if (options.quiet) return { start() {}, update() {}, finish() {}, clear() {} };
  const { write } = options;
  const now = options.now ?? (() => performance.now());
  if (!options.tty) {
    return {
      start() {},
      update() {},
      finish: (summary) => write(`${stageLine(summary)}\n`),
      clear() {},
    };
  }
  const began = now();
  const width = Math.max(20, (options.columns ?? 80) - 1);
  let stage:
    | { name: string; total?: number; unit?: string; done: number; samples: Sample[]; pace?: Pace }
    | undefined;
  let shown = 0;
  let lastDrawn: number | undefined;
  const draw = () => {
    if (!stage) return;
    const at = now();
    lastDrawn = at;
    const line = progressLine({
      stage: stage.name,
      done: stage.done,
      total: stage.total,
      unit: stage.unit,
      buildMs: at - began,
      pace: stage.pace,
    }).slice(0, width);
    // Spaces cover what a longer line before left; no escape codes, so any terminal shows it.
    write(`\r${line}${" ".repeat(Math.max(0, shown - line.length))}`);
    shown = line.length;
  };
  const clear = () => {
    if (shown > 0) write(`\r${" ".repeat(shown)}\r`);
    shown = 0;
    lastDrawn = undefined;
  };
  return {
    start(name, total, unit) {
      stage = {
        name,
        done: 0,
        samples: [],
        ...(total !== undefined ? { total } : {}),
        ...(unit !== undefined ? { unit } : {}),
      };
      draw();
    },
    update(done) {
      if (!stage) return;
      const at = now();
      stage.done = done;
      if (!shouldRedraw(at, lastDrawn)) return;
      const pace = addSample(stage.samples, { at, done });
      if (pace) stage.pace = pace;
      draw();
    },
    finish() {
      stage = undefined;
    },
    clear,
  };
}
