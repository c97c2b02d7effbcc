/**
 * summitdesk as a library (`import { … } from "summitdesk"`): the build as a function and its stages, the
 * Eleventy plugin, our layouts, and the data each kind of page gets (docs/theming.md). The command line is the
 * main way in; this is for scripts and for a site's own JavaScript layouts.
 */
import { main } from "./cli/index.ts";

export { LAYOUTS, renderLayout, renderPage } from "../layouts/index.ts";
export { main as run } from "./cli/index.ts";
export type { SiteConfig } from "./config/index.ts";
export type { Diagnostic, Severity } from "./diagnostics/index.ts";
export {
  type Options as EleventyPluginOptions,
  prepareOutput,
  type SiteTheme,
  summitdesk as eleventyPlugin,
  useSummitdesk,
  type WriteOptions,
  type Written,
  writeSite,
} from "./eleventy/index.ts";
export { type ContentFiles, type ImageLibrary, readContent, readImages } from "./load/index.ts";
export * from "./pagedata/types.ts";
export {
  articleContext,
  type PipelineOptions,
  type PipelineResult,
  runPipeline,
  type StageTiming,
} from "./pipeline.ts";
export { escapeHtml, html, type Page, raw, SafeHtml } from "./render/index.ts";
export type { SiteModel } from "./site/types.ts";

/** What `buildSite` builds: the same as `summitdesk build --root … [--content …] [--output …] [--no-cache]`. */
export interface BuildSiteOptions {
  /** The site's folder. */
  readonly root: string;
  /** The content folder, relative to root or absolute (default: root/content). */
  readonly content?: string;
  /** The output folder, relative to root or absolute (default: root/_site). */
  readonly output?: string;
  /** False: neither read nor write the build cache. */
  readonly cache?: boolean;
}

/**
 * Builds a site exactly as `summitdesk build` does (diagnostics and progress on stderr, the summary on stdout);
 * resolves with the command's exit code (0 written, 1 content errors, 2 usage).
 */
export function buildSite(options: BuildSiteOptions): Promise<number> {
  return main(
    [
      "build",
      "--root",
      options.root,
      ...(options.content === undefined ? [] : ["--content", options.content]),
      ...(options.output === undefined ? [] : ["--output", options.output]),
      ...(options.cache === false ? ["--no-cache"] : []),
    ],
    options.root,
  );
}
