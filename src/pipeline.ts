/**
 * The pipeline, top to bottom: parse → validate (config, registry, articles) → enrich (resolve, tag) → index → render glue.
 * Every stage is pure and returns diagnostics; reading files happens before (readContent), writing after (Eleventy).
 */
import { advise } from "./advise/index.ts";
import { type ArticleCache, type ArticleOutcome, contentKey, contextKey } from "./cache/index.ts";
import { readSiteConfig, type SiteConfig } from "./config/index.ts";
import { type Diagnostic, hasErrors, sortDiagnostics } from "./diagnostics/index.ts";
import { type Article, enrichArticles } from "./enrich/index.ts";
import { buildIndex, entityByKey } from "./index/index.ts";
import {
  type ContentFiles,
  type ParsedRegistryFile,
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
import { type ValidateContext, validateArticle } from "./validate/index.ts";

/** Options of one pipeline run. */
export interface PipelineOptions {
  /** Include drafts and scheduled articles (dev server). */
  readonly dev: boolean;
  /** Reference time in ms for scheduled publishing. */
  readonly now: number;
  /** True when `now` was pinned (SUMMITDESK_NOW) rather than read from the clock: it then becomes the model's referenceTime. */
  readonly nowIsPinned?: boolean;
  /** Outcomes of an earlier run (dev server, or read from disk): unchanged files are not processed again. */
  readonly cache?: ArticleCache;
}

/** The outcome: a model when there were no errors, and every diagnostic in any case. */
export interface PipelineResult {
  readonly model?: SiteModel;
  readonly diagnostics: readonly Diagnostic[];
  readonly timings: readonly StageTiming[];
  /** The outcomes of this run's files, to pass to the next run. */
  readonly cache: ArticleCache;
  /** How many files came from the cache passed in. */
  readonly cacheHits: number;
}

function parseYamlFile<F extends SourceFile>(
  file: F | undefined,
  out: Diagnostic[],
): (ParsedYamlFile & { readonly file: F }) | undefined {
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
  const parsed: ParsedRegistryFile[] = [];
  for (const file of files.registry) {
    const p = parseYamlFile(file, diagnostics);
    if (p) parsed.push(p);
  }
  const registry = buildRegistry(parsed);
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

  const site = stage("registry", () => runRegistry(files, diagnostics));
  const { config, registry } = site;
  const { pageSize, summitWindow } = config;

  const ctx = stage("compile-tagger", () => contextOf(site));
  const { tagger } = ctx;
  const work = processArticles(files, ctx, options.cache, timings);
  const enriched: Article[] = [];
  for (const outcome of work.outcomes.values()) {
    diagnostics.push(...outcome.diagnostics);
    if (outcome.article) enriched.push(outcome.article);
  }
  diagnostics.push(...stage("advise", () => advise(enriched, registry, summitWindow)));

  const index = stage("index", () =>
    buildIndex(enriched, registry, { includeDrafts: options.dev, now: options.now }),
  );
  diagnostics.push(...index.diagnostics);
  const sorted = sortDiagnostics(diagnostics);
  if (hasErrors(sorted)) return { diagnostics: sorted, timings, cache: work.cache, cacheHits: work.hits };

  const articles = new Map(index.value.articles.map((a) => [articleId(a), a]));
  const bodies = stage("markdown", () => renderBodies(articles, work.outcomes, registry, tagger));
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
  return { model, diagnostics: sorted, timings, cache: work.cache, cacheHits: work.hits };
}

/** What processing one article needs besides its file; the same for every article of a run. */
export interface ArticleContext {
  readonly validate: ValidateContext;
  readonly registry: Registry;
  readonly names: NameIndex;
  readonly tagger: Tagger;
}

/**
 * Parses, validates, resolves and tags every article file, each on its own, reusing the outcome of a file whose
 * text and context are unchanged. Returns outcomes by path (in path order) and the cache for the next run,
 * which holds exactly this run's files (deleted files drop out).
 */
function processArticles(
  files: ContentFiles,
  ctx: ArticleContext,
  previous: ArticleCache | undefined,
  timings: StageTiming[],
): { outcomes: Map<string, ArticleOutcome>; cache: ArticleCache; hits: number } {
  const context = contextKey(files);
  const outcomes = new Map<string, ArticleOutcome>();
  const cache: ArticleCache = new Map();
  const spent = { validate: 0, tag: 0 };
  let hits = 0;
  for (const file of files.articles) {
    const key = contentKey(context, file);
    let outcome = previous?.get(key);
    if (outcome) hits++;
    else outcome = processArticle(file, ctx, spent);
    outcomes.set(file.path, outcome);
    cache.set(key, outcome);
  }
  timings.push({ stage: "validate", ms: spent.validate }, { stage: "tag", ms: spent.tag });
  return { outcomes, cache, hits };
}

/** One file through parse → validate → enrich (resolve names, tag the text); `spent` collects stage times. */
export function processArticle(
  file: SourceFile,
  ctx: ArticleContext,
  spent = { validate: 0, tag: 0 },
): ArticleOutcome {
  let started = performance.now();
  const diagnostics: Diagnostic[] = [];
  const parsed = parseArticleFile(file);
  diagnostics.push(...parsed.diagnostics);
  const draft = parsed.value ? validateArticle(parsed.value, ctx.validate) : undefined;
  if (draft) diagnostics.push(...draft.diagnostics);
  spent.validate += performance.now() - started;
  if (!draft?.value) return { diagnostics };
  started = performance.now();
  const enriched = enrichArticles([draft.value], ctx.registry, ctx.names, ctx.tagger);
  diagnostics.push(...enriched.diagnostics);
  spent.tag += performance.now() - started;
  const article = enriched.value[0];
  return article ? { diagnostics, article } : { diagnostics };
}

/**
 * Every published article's body as HTML, linking the first mention of each tagged entity; rendered once per
 * content (kept in its outcome, so an unchanged article is never rendered again).
 */
function renderBodies(
  articles: ReadonlyMap<string, Article>,
  outcomes: ReadonlyMap<string, ArticleOutcome>,
  registry: Registry,
  tagger: Tagger,
): Map<string, string> {
  const bodies = new Map<string, string>();
  for (const [id, article] of articles) {
    const outcome = outcomes.get(article.file);
    const body = outcome?.body ?? renderBody(article, registry, tagger);
    if (outcome) outcome.body = body;
    bodies.set(id, body);
  }
  return bodies;
}

let markdown: ReturnType<typeof createMarkdown> | undefined;

/** One article's body as HTML, the first mention of each tagged entity linked to its page. */
export function renderBody(article: Article, registry: Registry, tagger: Tagger): string {
  markdown ??= createMarkdown();
  // A published article's entities all have pages in its edition: link straight to them.
  const href = (key: EntityKey) => {
    const entity = entityByKey(registry, key);
    return entity ? entityUrl(article.lang, entity) : undefined;
  };
  // Only entities the article is tagged with are linked, so a link never contradicts the tags; a form several
  // entities share is linked to the one the article gave it ("Aliyev" → Ilham in 2025), or not at all.
  const tagged = new Set(article.entities.map((e) => e.key));
  const known = new Map<string, EntityKey>();
  for (const e of article.entities)
    for (const m of e.mentions)
      known.set(
        m.surface,
        known.has(m.surface) && known.get(m.surface) !== e.key ? ("" as EntityKey) : e.key,
      );
  return renderMarkdown(markdown, article.body, article.lang, {
    match: (text, lang) => tagger.matchText(text, lang, known).filter((m) => tagged.has(m.key)),
    href,
  });
}

/** Everything processing an article needs besides its file, from the site config and registry files. */
export function articleContext(files: ContentFiles): ArticleContext {
  return contextOf(runRegistry(files));
}

/** The context from a config and registry already built: compiles the tagger for them. */
function contextOf({ config, registry, names }: ReturnType<typeof runRegistry>): ArticleContext {
  const { timeZone, defaultLang, summitWindow } = config;
  const tagger = compileTagger(registry, {
    summitDaysBefore: summitWindow.before,
    summitDaysAfter: summitWindow.after,
  });
  return { validate: { timeZone, defaultLang }, registry, names, tagger };
}

/** The newest publication or update among the articles (0 for an empty site), so output never depends on the clock. */
function newestTime(articles: readonly { date: { millis: number }; updated?: { millis: number } }[]): number {
  let newest = 0;
  for (const a of articles) newest = Math.max(newest, a.date.millis, a.updated?.millis ?? 0);
  return newest;
}
