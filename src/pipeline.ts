/**
 * The pipeline, top to bottom: parse → validate (config, registry, articles) → enrich (resolve, tag) → index → render glue.
 * Every stage is pure and returns diagnostics; reading files happens before (readContent), writing after (Eleventy).
 */
import { advise } from "./advise/index.ts";
import { readSiteConfig, type SiteConfig } from "./config/index.ts";
import { type Diagnostic, hasErrors, sortDiagnostics } from "./diagnostics/index.ts";
import { type Article, enrichArticles } from "./enrich/index.ts";
import { buildIndex, type SiteIndex } from "./index/index.ts";
import {
  type ContentFiles,
  type ParsedYamlFile,
  parseArticleFile,
  parseYaml,
  type SourceFile,
} from "./load/index.ts";
import {
  buildNameIndex,
  buildRegistry,
  type EntityKey,
  type NameIndex,
  type Registry,
} from "./registry/index.ts";
import { articleId, createMarkdown, entityUrl, listPages, renderMarkdown } from "./render/index.ts";
import type { SiteModel } from "./site/types.ts";
import { compileTagger } from "./tag/index.ts";
import type { Tagger } from "./tag/types.ts";
import { type ArticleDraft, type ValidateContext, validateArticle } from "./validate/index.ts";

/** Options of one pipeline run. */
export interface PipelineOptions {
  /** Include drafts and scheduled articles (dev server). */
  readonly dev: boolean;
  /** Reference time in ms for scheduled publishing. */
  readonly now: number;
  /** True when `now` was pinned (SUMMITDESK_NOW) rather than read from the clock: it then becomes the model's referenceTime. */
  readonly nowIsPinned?: boolean;
}

/** The outcome: a model when there were no errors, and every diagnostic in any case. */
export interface PipelineResult {
  readonly model?: SiteModel;
  readonly diagnostics: readonly Diagnostic[];
  readonly timings: readonly StageTiming[];
}

function parseYamlFile(file: SourceFile | undefined, out: Diagnostic[]): ParsedYamlFile | undefined {
  if (!file) return undefined;
  const parsed = parseYaml(file.text, file.path, 1);
  out.push(...parsed.diagnostics);
  return parsed.data === undefined ? undefined : { file, data: parsed.data, locate: parsed.locate };
}

/** The first stages: site config and registry, shared by the full pipeline and `summitdesk tag`. */
export function runRegistry(
  files: ContentFiles,
  diagnostics: Diagnostic[] = [],
): { config: SiteConfig; registry: Registry; names: NameIndex } {
  const config = readSiteConfig(parseYamlFile(files.site, diagnostics));
  diagnostics.push(...config.diagnostics);
  const registry = buildRegistry({
    ...opt("countries", parseYamlFile(files.registry.countries, diagnostics)),
    ...opt("people", parseYamlFile(files.registry.people, diagnostics)),
    ...opt("organisations", parseYamlFile(files.registry.organisations, diagnostics)),
    ...opt("summits", parseYamlFile(files.registry.summits, diagnostics)),
  });
  diagnostics.push(...registry.diagnostics);
  return { config: config.value, registry: registry.value, names: buildNameIndex(registry.value) };
}

/** Wall time of one stage, for `SUMMITDESK_TIMINGS=1` and the benchmark. */
export interface StageTiming {
  readonly stage: string;
  readonly ms: number;
}

/** Runs every stage over files already read; collects all diagnostics of all stages before giving up. */
export function runPipeline(files: ContentFiles, options: PipelineOptions): PipelineResult {
  const diagnostics: Diagnostic[] = [];
  const timings: StageTiming[] = [];
  const stage = <T>(name: string, run: () => T): T => {
    const started = performance.now();
    const value = run();
    timings.push({ stage: name, ms: performance.now() - started });
    return value;
  };

  const { config, registry, names } = stage("registry", () => runRegistry(files, diagnostics));
  const { timeZone, defaultLang, pageSize, summitWindow } = config;

  const drafts = stage("validate", () => validateAll(files, { timeZone, defaultLang }, diagnostics));

  const tagger = stage("compile-tagger", () =>
    compileTagger(registry, { summitDaysBefore: summitWindow.before, summitDaysAfter: summitWindow.after }),
  );
  const enriched = stage("tag", () => enrichArticles(drafts, registry, names, tagger));
  diagnostics.push(...enriched.diagnostics);
  diagnostics.push(...stage("advise", () => advise(enriched.value, registry, summitWindow)));

  const index = stage("index", () =>
    buildIndex(enriched.value, registry, { includeDrafts: options.dev, now: options.now }),
  );
  diagnostics.push(...index.diagnostics);
  const sorted = sortDiagnostics(diagnostics);
  if (hasErrors(sorted)) return { diagnostics: sorted, timings };

  const articles = new Map(index.value.articles.map((a) => [articleId(a), a]));
  const bodies = stage("markdown", () => renderBodies(articles, index.value, tagger));
  const pages = stage("pages", () => listPages(index.value, pageSize));
  const model: SiteModel = {
    config,
    registry,
    index: index.value,
    articles,
    bodies,
    pages,
    dev: options.dev,
    referenceTime: options.nowIsPinned ? options.now : newestTime(index.value.articles),
  };
  return { model, diagnostics: sorted, timings };
}

/** Parses and validates every article file. */
function validateAll(files: ContentFiles, ctx: ValidateContext, diagnostics: Diagnostic[]): ArticleDraft[] {
  const drafts: ArticleDraft[] = [];
  for (const file of files.articles) {
    const parsed = parseArticleFile(file);
    diagnostics.push(...parsed.diagnostics);
    if (!parsed.value) continue;
    const draft = validateArticle(parsed.value, ctx);
    diagnostics.push(...draft.diagnostics);
    if (draft.value) drafts.push(draft.value);
  }
  return drafts;
}

/** Renders every article body once, linking the first mention of each tagged entity. */
function renderBodies(
  articles: ReadonlyMap<string, Article>,
  index: SiteIndex,
  tagger: Tagger,
): Map<string, string> {
  const md = createMarkdown();
  const bodies = new Map<string, string>();
  for (const [id, article] of articles) {
    const edition = index.editions[article.lang];
    const href = (key: EntityKey) => {
      const term = edition.terms.get(key);
      return term ? entityUrl(article.lang, term.entity) : undefined;
    };
    // Only entities the article is tagged with are linked, so a link never contradicts the tags.
    const tagged = new Set(article.entities.map((e) => e.key));
    bodies.set(
      id,
      renderMarkdown(md, article.body, article.lang, {
        match: (text, lang) => tagger.matchText(text, lang).filter((m) => tagged.has(m.key)),
        href,
      }),
    );
  }
  return bodies;
}

/** The newest publication or update among the articles (0 for an empty site), so output never depends on the clock. */
function newestTime(articles: readonly { date: { millis: number }; updated?: { millis: number } }[]): number {
  let newest = 0;
  for (const a of articles) newest = Math.max(newest, a.date.millis, a.updated?.millis ?? 0);
  return newest;
}

function opt<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
