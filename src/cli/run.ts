/** Shared CLI plumbing: read content, run the pipeline, print diagnostics. The only place that prints. */
import type { ArticleCache } from "../cache/index.ts";
import {
  capWarnings,
  type Diagnostic,
  formatReport,
  type KnownFrames,
  sortDiagnostics,
} from "../diagnostics/index.ts";
import {
  type ContentFiles,
  type ImageLibrary,
  type ReadOptions,
  readContent,
  readImages,
  type SourceFile,
} from "../load/index.ts";
import { type PipelineOptions, type PipelineResult, runPipeline } from "../pipeline.ts";

/** Reference time for scheduled articles: SUMMITDESK_NOW (ISO) when set, so CI and tests are reproducible. */
export function referenceTime(env: NodeJS.ProcessEnv = process.env): number {
  const given = env.SUMMITDESK_NOW;
  if (given) {
    const ms = Date.parse(given);
    if (!Number.isNaN(ms)) return ms;
  }
  return Date.now();
}

/** Reads the content folder (default `content/` under root) and runs the pipeline. */
export function loadSite(
  root: string,
  dev: boolean,
  cache?: ArticleCache,
  content = "content",
): { files: ContentFiles; result: PipelineResult; diagnostics: Diagnostic[]; loadMs: number } {
  const { files, images, loadMs } = readSite(root, content);
  return { ...runSite(files, dev, cache, images), loadMs };
}

/**
 * Reads the content folder (relative to root, or absolute; its diagnostics are kept for runSite); picture files
 * are measured when used.
 */
export function readSite(
  root: string,
  content = "content",
  options: Pick<ReadOptions, "unchanged"> = {},
): {
  files: ReturnType<typeof readContent>;
  images: ImageLibrary;
  loadMs: number;
} {
  const started = performance.now();
  const files = readContent(root, content, options);
  const images = readImages(root, content);
  return { files, images, loadMs: performance.now() - started };
}

/**
 * Runs the pipeline over files read by readSite; diagnostics of reading and of every stage, sorted. `options`
 * hear how far it is, and bring the bodies the build cache keeps on disk.
 */
export function runSite(
  files: ReturnType<typeof readContent>,
  dev: boolean,
  cache?: ArticleCache,
  images?: ImageLibrary,
  options: Pick<PipelineOptions, "onArticle" | "onStage" | "bodies"> = {},
): { files: ContentFiles; result: PipelineResult; diagnostics: Diagnostic[] } {
  const result = runPipeline(files.value, {
    dev,
    now: referenceTime(),
    ...(cache ? { cache } : {}),
    ...(images ? { images } : {}),
    ...options,
  });
  const diagnostics = sortDiagnostics([...files.diagnostics, ...result.diagnostics]);
  return { files: files.value, result, diagnostics };
}

/**
 * Sources by path, for code frames: of the files `diagnostics` name only (an article not read yet,
 * src/load/stamps.ts, is read for its frame and no other).
 */
export function sourcesOf(files: ContentFiles, diagnostics: readonly Diagnostic[]): Map<string, string> {
  const named = new Set(diagnostics.map((d) => d.file));
  const all = [files.site, files.strings, ...Object.values(files.registry), ...files.articles];
  const shown = all.filter((f) => f !== undefined && named.has(f.path)) as SourceFile[];
  return new Map(shown.map((f) => [f.path, f.text]));
}

/** How a report is printed. */
export interface ReportOptions {
  /** Info lines too. */
  readonly verbose?: boolean;
  /** Code frames made earlier (see printReport). */
  readonly frames?: KnownFrames;
  /** Warnings of one rule shown at most; the rest are counted (all by default, as `check` shows them). */
  readonly warningsPerRule?: number;
}

/**
 * Warnings of one rule a build shows: a 10,000-article archive raised ~1,900 unknown-name warnings (some 19,000
 * lines of frames and hints), which buried its errors and the other kinds in the log. `check` shows them all.
 */
export const BUILD_WARNINGS_PER_RULE = 25;

/**
 * Prints a diagnostics report to stderr (info lines only with `verbose`). A file is read for a code frame only
 * when `frames` lacks the frame and the report shows it: at 100,000 articles with some 19,000 warnings, reading
 * their files again took ~4 s of an edit's build.
 */
export function printReport(
  diagnostics: readonly Diagnostic[],
  files: ContentFiles,
  options: ReportOptions = {},
): void {
  const { verbose = false, frames, warningsPerRule = Number.POSITIVE_INFINITY } = options;
  const listed = verbose ? diagnostics : diagnostics.filter((d) => d.severity !== "info");
  if (listed.length === 0) return;
  const framed = capWarnings(listed, warningsPerRule).shown.filter(
    (d) => d.line > 0 && frames?.get(d) === undefined,
  );
  process.stderr.write(`${formatReport(listed, sourcesOf(files, framed), frames, warningsPerRule)}\n`);
}

/** The code frames the outcomes of `cache` were made with, by diagnostic (ArticleOutcome.frames). */
export function framesIn(cache: ArticleCache): KnownFrames {
  const frames = new WeakMap<Diagnostic, string>();
  for (const outcome of cache.values()) {
    outcome.frames?.forEach((frame, i) => {
      const diagnostic = outcome.diagnostics[i];
      if (frame !== undefined && diagnostic) frames.set(diagnostic, frame);
    });
  }
  return frames;
}
