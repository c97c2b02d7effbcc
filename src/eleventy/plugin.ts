/**
 * The summitdesk Eleventy plugin: hands the pipeline's site model to Eleventy as one paginated virtual
 * template (one output file per page descriptor) and copies the stylesheet. The only module that knows Eleventy.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { renderPage } from "../../layouts/index.ts";
import { type ArticleCache, CACHE_DIR, readArticleCache } from "../cache/index.ts";
import { formatReport } from "../diagnostics/index.ts";
import { writeImages } from "../images/index.ts";
import { readContent, readImages } from "../load/index.ts";
import { MARKER, MARKER_TEXT } from "../output/index.ts";
import { processInParallel } from "../parallel/index.ts";
import { runPipeline } from "../pipeline.ts";
import type { Page } from "../render/index.ts";
import type { SiteModel } from "../site/types.ts";
import { errorPage } from "./errorPage.ts";
import { type DevState, pagesByUrl, respond } from "./onDemand.ts";
import type { EleventyConfig } from "./types.ts";
import { watchDeletions } from "./watchDeletions.ts";

/** Plugin options. */
export interface Options {
  /** Project root holding content/ and layouts/. */
  readonly root: string;
  /** The content folder, relative to root or absolute (default "content"). */
  readonly content?: string;
  /** A model computed before Eleventy starts (production builds); without it the plugin runs the pipeline on every (re)build. */
  readonly model?: SiteModel;
  /** Dev server: drafts and scheduled articles are shown; content errors render as an error page instead of failing. */
  readonly dev: boolean;
  /** Reference time (ms) for scheduled articles; defaults to the time of each build. */
  readonly now?: number;
  /** With `model`: render only these pages (one slice of a large site); default all of the model's pages. */
  readonly pages?: readonly Page[];
  /** Emit the static files (stylesheet, script, _headers); off for all but one slice. */
  readonly assets: boolean;
}

export const defaults = { root: ".", dev: false, assets: true } satisfies Options;

const TEMPLATE = "summitdesk-pages.11ty.js";
const STYLESHEET = "summitdesk-style.11ty.js";
const SEARCH_SCRIPT = "summitdesk-search.11ty.js";

/** Our layouts folder, found from this module, so a site needs no copy of it (fixture sites in tests have none). */
export const LAYOUTS_DIR = fileURLToPath(new URL("../../layouts/", import.meta.url));

/** The plugin: `eleventyConfig.addPlugin(summitdesk, options)`. */
export default function summitdesk(eleventyConfig: EleventyConfig, userOptions: Partial<Options> = {}): void {
  const options: Options = { ...defaults, ...userOptions };
  if (typeof options.root !== "string" || options.root === "") {
    throw new Error("summitdesk plugin: option `root` must be the project folder");
  }
  // The latest model, or the report of the errors the latest run stopped on (then the model before it).
  let state: DevState = { byUrl: new Map(), ...(options.model ? { model: options.model } : {}) };
  // Dev server: outcomes of unchanged articles are kept between rebuilds, and pages render on request.
  let cache: ArticleCache | undefined;
  const onDemand = () => options.dev && !options.model && process.env.ELEVENTY_RUN_MODE === "serve";

  eleventyConfig.setQuietMode(true);
  // Front matter Eleventy reads itself (a site's own layouts) goes through the same YAML library as content.
  eleventyConfig.setFrontMatterParsingOptions?.({ engines: { yaml: parseLayoutYaml } });
  eleventyConfig.setTemplateFormats(["11ty.js"]);
  eleventyConfig.addWatchTarget(`${resolve(options.root, options.content ?? "content")}/`);
  if (options.dev && !options.model) {
    eleventyConfig.setServerOptions?.({
      onRequest: { "/*": ({ url }: { url: URL }) => (onDemand() ? respond(state, url.pathname) : undefined) },
    });
  }
  // One pipeline run over the content as it is now: updates `state`, returns the pages Eleventy should render.
  const run = async (): Promise<{ pages: readonly Page[] }> => {
    if (options.model) return { pages: options.pages ?? options.model.pages };
    // The first run starts from what the last `summitdesk build` kept, if anything (read-only here).
    cache ??= options.dev ? readArticleCache(options.root) : undefined;
    const files = readContent(options.root, options.content);
    // On the first run of a large site, articles are processed on two threads (later saves change a few).
    if (options.dev) cache = (await processInParallel(files.value, cache)).cache;
    const result = runPipeline(files.value, {
      dev: options.dev,
      now: options.now ?? Date.now(),
      ...(cache ? { cache } : {}),
      images: readImages(options.root),
    });
    cache = result.cache;
    // Infos are for `summitdesk check`; the terminal and error page show what needs fixing.
    const diagnostics = [...files.diagnostics, ...result.diagnostics].filter((d) => d.severity !== "info");
    const report = formatReport(diagnostics, new Map(files.value.articles.map((f) => [f.path, f.text])));
    if (diagnostics.length > 0) console.error(report);
    if (!result.model) {
      if (!options.dev) throw new Error(`summitdesk: content has errors\n${report}`);
      state = { ...state, failure: report };
      // Every page the editor may have open shows the errors (and reloads to the fixed page once saved).
      const pages: readonly Page[] = state.model?.pages ?? [{ kind: "root", url: "/" }];
      return { pages: onDemand() ? [] : pages };
    }
    const model = result.model;
    state = { model, byUrl: onDemand() ? pagesByUrl(model.pages) : new Map() };
    return { pages: onDemand() ? [] : model.pages };
  };
  // Runs one at a time: a deletion noticed during a rebuild runs after it.
  let queue: Promise<unknown> = Promise.resolve();
  const runQueued = () => {
    const next = queue.then(run);
    queue = next.catch(() => undefined);
    return next;
  };
  let watching = false;
  eleventyConfig.addGlobalData("summitdesk", () => {
    if (onDemand() && !watching) {
      watching = true;
      watchDeletions(options.root, (path) => {
        console.error(`summitdesk: ${path} was removed; its pages are gone (reload the browser).`);
        void runQueued().catch(() => undefined);
      });
    }
    return runQueued();
  });
  eleventyConfig.addTemplate(
    TEMPLATE,
    {
      render(data: { page_: Page }) {
        if (state.failure !== undefined) return errorPage(state.failure);
        if (!state.model) throw new Error("summitdesk: no site model");
        return renderPage(state.model, data.page_);
      },
    },
    {
      pagination: { data: "summitdesk.pages", size: 1, alias: "page_" },
      permalink: (data: { page_: Page }) => data.page_.url,
      eleventyExcludeFromCollections: true,
    },
  );
  if (options.assets) addStaticFiles(eleventyConfig);
  if (options.dev && !options.model) {
    // The dev server's pictures: made (or taken from the build cache) after each rebuild, into its output folder.
    eleventyConfig.on("eleventy.after", async (...args: unknown[]) => {
      const output = (args[0] as { dir?: { output?: string } } | undefined)?.dir?.output;
      if (!state.model || state.failure !== undefined || !output) return;
      try {
        await writeImages(state.model.images, output, {
          root: options.root,
          cacheDir: join(options.root, CACHE_DIR, "images"),
        });
      } catch (error) {
        console.error(`summitdesk: pictures not made: ${(error as Error).message}`);
      }
    });
  }
}

/** YAML 1.2 core schema, as for content: dates stay text, no tags run code; an empty block is no data. */
export function parseLayoutYaml(text: string): unknown {
  return parse(text, { schema: "core", version: "1.2", merge: false }) ?? {};
}

/** The site's static files, emitted as templates: no passthrough paths relative to the working directory. */
function addStaticFiles(eleventyConfig: EleventyConfig): void {
  // The stylesheet is emitted as a template too: no passthrough paths relative to the working directory.
  eleventyConfig.addTemplate(
    STYLESHEET,
    { render: () => readFileSync(`${LAYOUTS_DIR}assets/style.css`, "utf8") },
    { permalink: "/assets/style.css", eleventyExcludeFromCollections: true },
  );
  // HTTP headers (the Content-Security-Policy and friends, see SECURITY.md) for hosts that read a _headers file.
  eleventyConfig.addTemplate(
    "summitdesk-headers.11ty.js",
    { render: () => readFileSync(`${LAYOUTS_DIR}static/_headers`, "utf8") },
    { permalink: "/_headers", eleventyExcludeFromCollections: true },
  );
  // The marker that lets the next build replace this folder whole (src/output/guard.ts).
  eleventyConfig.addTemplate(
    "summitdesk-marker.11ty.js",
    { render: () => MARKER_TEXT },
    { permalink: `/${MARKER}`, eleventyExcludeFromCollections: true, eleventyAllowMissingExtension: true },
  );
  // The search page's script (the site's only JavaScript), emitted the same way.
  eleventyConfig.addTemplate(
    SEARCH_SCRIPT,
    { render: () => readFileSync(`${LAYOUTS_DIR}assets/search.js`, "utf8") },
    { permalink: "/assets/search.js", eleventyExcludeFromCollections: true },
  );
}
