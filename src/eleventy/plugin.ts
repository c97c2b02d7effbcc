/**
 * The summitdesk Eleventy plugin: hands the pipeline's site model to Eleventy as one paginated virtual template
 * per kind of page (one output file per page descriptor), each laid out by our layout of that kind or by the
 * site's own (layouts/article.njk …, see docs/theming.md), and emits the static files. The only module that
 * knows Eleventy.
 */
import { readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parse } from "yaml";
import { renderDataFile, renderLayout } from "../../layouts/index.ts";
import { type ArticleCache, CACHE_DIR, keptBodies, readArticleCache } from "../cache/index.ts";
import { formatReport } from "../diagnostics/index.ts";
import { writeImages } from "../images/index.ts";
import { readContent, readImages } from "../load/index.ts";
import { MARKER, MARKER_TEXT } from "../output/index.ts";
import { packagePath } from "../package/index.ts";
import {
  type DataFilePage,
  type HtmlPage,
  isHtmlPage,
  LAYOUT_NAMES,
  type LayoutName,
  layoutOf,
  type PageContext,
  pageDataOf,
} from "../pagedata/index.ts";
import { processInParallel } from "../parallel/index.ts";
import { runPipeline } from "../pipeline.ts";
import { type Page, sitePath, withSitePath } from "../render/index.ts";
import type { SiteModel } from "../site/types.ts";
import { errorPage } from "./errorPage.ts";
import { type DevState, pagesByUrl, respond } from "./onDemand.ts";
import { readTheme, type SiteTheme } from "./theme.ts";
import type { EleventyConfig } from "./types.ts";
import { watchDeletions } from "./watchDeletions.ts";

/** Plugin options. */
export interface Options {
  /** Project root: content/, urls.json, .cache/, and the site's own layouts/ and assets/. */
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
  /** Emit the static files (stylesheet, script, _headers, the site's assets); off for all but one slice. */
  readonly assets: boolean;
  /** The site's layouts and assets (default: read from root/layouts and root/assets when the plugin starts). */
  readonly theme?: SiteTheme;
  /** Called as each output file is rendered (before it is written): progress of a build. */
  readonly onPage?: () => void;
  /** Dev server: the built site (absolute) whose search bundles `/pagefind/` serves, read-only. */
  readonly search?: string;
  /**
   * Dev server: the folder Eleventy writes into (absolute), where the pictures go too. Eleventy's own event names
   * its default `_site` there, whatever folder it was given: that is the built site, which must stay untouched.
   */
  readonly output?: string;
}

export const defaults = { root: ".", dev: false, assets: true } satisfies Options;

/** Our layouts folder, found from the package root, so a site needs no copy of it (fixture sites in tests have none). */
export const LAYOUTS_DIR = `${packagePath("layouts")}/`;

/** What one pipeline run hands to the templates: the pages to render, by who lays them out. */
interface RunPages {
  /** Pages our layouts render (descriptors), or page data for a layout of the site's. */
  readonly byLayout: Readonly<Record<LayoutName, readonly unknown[]>>;
  /** Feeds, sitemaps, the API, robots.txt, _redirects. */
  readonly files: readonly DataFilePage[];
  /** While content has errors (dev server): the URLs that show the report. */
  readonly errors: readonly Page[];
}

/**
 * Adds the plugin to an Eleventy configuration (the `config` callback of `new Eleventy(…)` or a config file), with
 * the site's layouts/ folder as Eleventy's layouts and includes folder when the site has layouts of its own:
 * Eleventy lets only the host configuration set folders, not a plugin.
 */
export function useSummitdesk(
  eleventyConfig: EleventyConfig,
  options: Partial<Options> & Pick<Options, "root">,
): void {
  const theme = options.theme ?? readTheme(resolve(options.root));
  if (theme.layoutsDir) {
    // Relative to Eleventy's input folder, which is ours (nothing of the site is ever read as a template).
    const dir = relative(LAYOUTS_DIR, theme.layoutsDir) || ".";
    eleventyConfig.setLayoutsDirectory?.(dir);
    eleventyConfig.setIncludesDirectory?.(dir);
  }
  eleventyConfig.addPlugin?.(summitdesk, { ...options, theme });
}

/** Does Eleventy look for layouts in `dir`? */
function usesLayoutsOf(eleventyConfig: EleventyConfig, dir: string): boolean {
  const layouts = eleventyConfig.directories?.layouts;
  return typeof layouts === "string" && resolve(layouts) === resolve(dir);
}

/** The plugin: `useSummitdesk(eleventyConfig, options)`, or `eleventyConfig.addPlugin(summitdesk, options)` for a site without layouts of its own. */
export default function summitdesk(eleventyConfig: EleventyConfig, userOptions: Partial<Options> = {}): void {
  const options: Options = { ...defaults, ...userOptions };
  if (typeof options.root !== "string" || options.root === "") {
    throw new Error("summitdesk plugin: option `root` must be the project folder");
  }
  const theme = options.theme ?? readTheme(resolve(options.root));
  // The latest model, or the report of the errors the latest run stopped on (then the model before it).
  let state: DevState = {
    byUrl: new Map(),
    theme,
    fromFiles: new Set(theme.layouts.keys()),
    ...(options.model ? { model: options.model } : {}),
    ...(options.search ? { search: options.search } : {}),
  };
  // Dev server: outcomes of unchanged articles are kept between rebuilds, and pages render on request.
  let cache: ArticleCache | undefined;
  const onDemand = () => options.dev && !options.model && process.env.ELEVENTY_RUN_MODE === "serve";

  eleventyConfig.setQuietMode(true);
  // Front matter Eleventy reads itself (a site's own layouts) goes through the same YAML library as content.
  eleventyConfig.setFrontMatterParsingOptions?.({ engines: { yaml: parseLayoutYaml } });
  // A site's layouts escape what they print unless told otherwise (`| safe` in Nunjucks, `| raw` in Liquid).
  eleventyConfig.setNunjucksEnvironmentOptions?.({ autoescape: true });
  eleventyConfig.setLiquidOptions?.({ outputEscape: "escape" });
  // Templates are ours (virtual); the engines are listed so that a site's layout in any of them is found.
  eleventyConfig.setTemplateFormats(["11ty.js", "njk", "liquid", "html", "md"]);
  if (theme.layoutsDir && !usesLayoutsOf(eleventyConfig, theme.layoutsDir)) {
    throw new Error(
      "summitdesk plugin: the site has layouts of its own, but Eleventy's layouts folder is not its layouts/ folder; add the plugin with useSummitdesk(eleventyConfig, options), which sets it",
    );
  }
  eleventyConfig.addWatchTarget(`${resolve(options.root, options.content ?? "content")}/`);
  if (theme.layoutsDir) eleventyConfig.addWatchTarget(`${theme.layoutsDir}/`);
  if (theme.assetsDir) eleventyConfig.addWatchTarget(`${theme.assetsDir}/`);
  if (options.dev && !options.model) {
    eleventyConfig.setServerOptions?.({
      onRequest: { "/*": ({ url }: { url: URL }) => (onDemand() ? respond(state, url.pathname) : undefined) },
    });
  }
  // One pipeline run over the content as it is now: updates `state`, returns the pages Eleventy should render.
  const run = async (): Promise<RunPages> => {
    if (options.model) return pagesFor(options.model, options.pages ?? options.model.pages, theme);
    // The first run starts from what the last `summitdesk build` kept, if anything (read-only here).
    cache ??= options.dev ? readArticleCache(options.root) : undefined;
    const files = readContent(options.root, options.content);
    // On the first run of a large site, articles are processed on two threads (later saves change a few).
    if (options.dev) cache = (await processInParallel(files.value, cache)).cache;
    const result = runPipeline(files.value, {
      dev: options.dev,
      now: options.now ?? Date.now(),
      ...(cache ? { cache } : {}),
      // Bodies the last build kept on disk are read as pages ask for them (read-only here too).
      ...(options.dev ? { bodies: keptBodies(options.root) } : {}),
      images: readImages(options.root, options.content),
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
      return { ...pagesFor(undefined, [], theme), errors: onDemand() ? [] : pages };
    }
    const model = result.model;
    state = {
      model,
      byUrl: onDemand() ? pagesByUrl(model.pages) : new Map(),
      theme,
      fromFiles: state.fromFiles,
      ...(options.search ? { search: options.search } : {}),
    };
    // On demand, pages render when asked for, except those a site's layout lays out (Eleventy renders those).
    const pages = onDemand()
      ? model.pages.filter((p) => {
          const layout = layoutOf(p);
          return layout !== undefined && theme.layouts.has(layout);
        })
      : model.pages;
    return pagesFor(model, pages, theme);
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
  const model = () => {
    if (!state.model) throw new Error("summitdesk: no site model");
    return state.model;
  };
  for (const layout of LAYOUT_NAMES) addLayoutTemplate(eleventyConfig, layout, theme, model);
  eleventyConfig.addTemplate(
    "summitdesk-files.11ty.js",
    {
      render(data: { summitdeskFile: DataFilePage }) {
        const m = model();
        return renderDataFile(m, data.summitdeskFile, m.dev ? "" : sitePath(m.config.url));
      },
    },
    {
      pagination: { data: "summitdesk.files", size: 1, alias: "summitdeskFile" },
      permalink: (data: { summitdeskFile: Page }) => data.summitdeskFile.url,
      eleventyExcludeFromCollections: true,
    },
  );
  eleventyConfig.addTemplate(
    "summitdesk-errors.11ty.js",
    { render: () => errorPage(state.failure ?? "") },
    {
      pagination: { data: "summitdesk.errors", size: 1, alias: "summitdeskError" },
      permalink: (data: { summitdeskError: Page }) => data.summitdeskError.url,
      eleventyExcludeFromCollections: true,
    },
  );
  // Pages link root-relative; a site served under a path gets it in front of every link, after any layout ran.
  const path = options.dev ? "" : sitePath(options.model?.config.url ?? "");
  if (path !== "") {
    eleventyConfig.addTransform?.(
      "summitdesk-site-path",
      function (this: { page?: { outputPath?: unknown } }, content: string) {
        const out = this.page?.outputPath;
        return typeof out === "string" && out.endsWith(".html") ? withSitePath(content, path) : content;
      },
    );
  }
  const { onPage } = options;
  if (onPage) {
    eleventyConfig.addTransform?.("summitdesk-progress", (content: string) => {
      onPage();
      return content;
    });
  }
  if (options.assets) addStaticFiles(eleventyConfig, theme);
  if (options.dev && !options.model) {
    // The dev server's pictures: made (or taken from the build cache) after each rebuild, into its output folder.
    eleventyConfig.on("eleventy.after", async (...args: unknown[]) => {
      const output = options.output ?? (args[0] as { dir?: { output?: string } } | undefined)?.dir?.output;
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

/**
 * The pages of one run, by who lays them out. A kind the site lays out itself gets each page's data now (its
 * layout reads it from Eleventy's data); our layouts build it page by page while rendering, so it is never held
 * for a whole slice.
 */
function pagesFor(model: SiteModel | undefined, pages: readonly Page[], theme: SiteTheme): RunPages {
  const byLayout = Object.fromEntries(LAYOUT_NAMES.map((name) => [name, [] as unknown[]])) as Record<
    LayoutName,
    unknown[]
  >;
  const files: DataFilePage[] = [];
  const ctx: PageContext | undefined = model ? { model, theme } : undefined;
  for (const page of pages) {
    if (!isHtmlPage(page)) {
      files.push(page);
      continue;
    }
    const layout = layoutOf(page) as LayoutName;
    byLayout[layout].push(theme.layouts.has(layout) && ctx ? pageDataOf(ctx, page) : page);
  }
  return { byLayout, files, errors: [] };
}

/**
 * The template of one kind of page, paginated over its pages. With the site's layout of that kind, the site's
 * layout gets `pageData` (and, on an article page, the body as `content`); otherwise our layout renders it.
 */
function addLayoutTemplate(
  eleventyConfig: EleventyConfig,
  layout: LayoutName,
  theme: SiteTheme,
  model: () => SiteModel,
): void {
  const own = theme.layouts.get(layout);
  const data = {
    pagination: { data: `summitdesk.byLayout.${layout}`, size: 1 },
    eleventyExcludeFromCollections: true,
  };
  if (own) {
    eleventyConfig.addTemplate(
      `summitdesk-${layout}.11ty.js`,
      {
        render(data: { pageData: { article?: { body: string } } }) {
          return data.pageData.article?.body ?? "";
        },
      },
      {
        ...data,
        pagination: { ...data.pagination, alias: "pageData" },
        permalink: (d: { pageData: { url: string } }) => d.pageData.url,
        layout: own,
      },
    );
    return;
  }
  eleventyConfig.addTemplate(
    `summitdesk-${layout}.11ty.js`,
    {
      render(data: { summitdeskPage: HtmlPage }) {
        const m = model();
        return renderLayout(pageDataOf({ model: m, theme }, data.summitdeskPage));
      },
    },
    {
      ...data,
      pagination: { ...data.pagination, alias: "summitdeskPage" },
      permalink: (d: { summitdeskPage: Page }) => d.summitdeskPage.url,
    },
  );
}

/** YAML 1.2 core schema, as for content: dates stay text, no tags run code; an empty block is no data. */
export function parseLayoutYaml(text: string): unknown {
  return parse(text, { schema: "core", version: "1.2", merge: false }) ?? {};
}

/**
 * The site's static files, emitted as templates (no passthrough paths relative to the working directory), then
 * the site's own assets/ folder, whose files are published under /assets/ (one named like ours replaces it).
 */
function addStaticFiles(eleventyConfig: EleventyConfig, theme: SiteTheme): void {
  const ours = (file: string, permalink: string) => {
    if (theme.assets.includes(file)) return;
    eleventyConfig.addTemplate(
      `summitdesk-${file.replace(/\W/g, "-")}.11ty.js`,
      { render: () => readFileSync(`${LAYOUTS_DIR}assets/${file}`, "utf8") },
      { permalink, eleventyExcludeFromCollections: true },
    );
  };
  ours("style.css", "/assets/style.css");
  // The search page's script and the ranking across search shards it imports (the site's only JavaScript of ours).
  ours("search.js", "/assets/search.js");
  ours("ranking.js", "/assets/ranking.js");
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
  if (theme.assetsDir) eleventyConfig.addPassthroughCopy({ [theme.assetsDir]: "assets" });
}
