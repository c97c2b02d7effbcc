/**
 * The pipeline, top to bottom: parse → validate (config, registry, articles) → enrich (resolve, tag) → index → render glue.
 * Every stage is pure and returns diagnostics; reading files happens before (readContent), writing after (Eleventy).
 */
import { advise, registryAliasDiagnostics } from "./advise/index.ts";
import {
  type ArticleCache,
  type ArticleOutcome,
  BodyLookup,
  type BodyOnDisk,
  bodyDigest,
  contentKey,
  contextKey,
  type KeptBodies,
} from "./cache/index.ts";
import { readSiteConfig, type SiteConfig } from "./config/index.ts";
import { type Diagnostic, framesOf, hasErrors, sortDiagnostics } from "./diagnostics/index.ts";
import { type Article, cardDigest, enrichArticles } from "./enrich/index.ts";
import { type Picture, placePictures, planImages } from "./images/index.ts";
import { buildIndex, entityByKey } from "./index/index.ts";
import {
  type ContentFiles,
  type ImageLibrary,
  type ParsedRegistryFile,
  type ParsedYamlFile,
  parseArticleFile,
  parseYaml,
  preparsedYaml,
  type SourceFile,
} from "./load/index.ts";
import { buildPlaces, type Places } from "./places/index.ts";
import {
  buildNameIndex,
  buildRegistry,
  type EntityKey,
  type NameIndex,
  type Registry,
  withinEntryLimit,
} from "./registry/index.ts";
import {
  articleId,
  createMarkdown,
  entityUrl,
  listPages,
  markdownLimitError,
  renderMarkdown,
  siteStrings,
} from "./render/index.ts";
import { withSitemaps } from "./seo/index.ts";
import type { ArticleBodies, SiteModel } from "./site/types.ts";
import { compileTagger, type LexiconStore } from "./tag/index.ts";
import type { Tagger } from "./tag/types.ts";
import { type ValidateContext, validateArticle } from "./validate/index.ts";

/** Options of one pipeline run. */
export interface PipelineOptions {
  /** Include drafts and scheduled articles (dev server). */
  readonly dev: boolean;
  /**
   * The build's time in ms (the clock, or SUMMITDESK_NOW when pinned): scheduled articles wait until it, and the
   * model's referenceTime is it (current summits, the news sitemap's two days).
   */
  readonly now: number;
  /** Outcomes of an earlier run (dev server, or read from disk): unchanged files are not processed again. */
  readonly cache?: ArticleCache;
  /** The project's picture files (readImages); without it every picture from content/images/ is reported missing. */
  readonly images?: ImageLibrary;
  /** Called after each article file (from the cache or processed) with how many of how many are done: progress. */
  readonly onArticle?: (done: number, total: number) => void;
  /** Called as each timed stage starts, with its name (as in `timings`): progress. */
  readonly onStage?: (stage: string) => void;
  /** Where the config and registry are kept between builds (see registryRun). */
  readonly registryStore?: RegistryStore;
  /** Bodies the build cache keeps on disk, for outcomes that carry only their digest (src/cache/bodies.ts). */
  readonly bodies?: KeptBodies;
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
  // The bundled registry's files come parsed ahead (src/load/preparsed.ts): ~0.9 s of every cold build.
  const known = preparsedYaml(file.text, file.path);
  if (known) return { file, ...known };
  const parsed = parseYaml(file.text, file.path, 1);
  append(out, parsed.diagnostics);
  return parsed.data === undefined ? undefined : { file, data: parsed.data, locate: parsed.locate };
}

/** The site config, the registry and its name index, and the diagnostics of reading them. */
export interface RegistryRun {
  readonly config: SiteConfig;
  readonly registry: Registry;
  readonly names: NameIndex;
  readonly diagnostics: readonly Diagnostic[];
  /** Where the tagger's lexicons of this registry are kept between builds (with a store that keeps them). */
  readonly lexicons?: LexiconStore;
}

/** Where registry runs are kept between builds (the build cache, src/cache), by the digest of their files. */
export interface RegistryStore {
  read(key: string): Omit<RegistryRun, "names" | "lexicons"> | undefined;
  write(key: string, run: Omit<RegistryRun, "names" | "lexicons">): void;
  /** Where the tagger's lexicons of that registry are kept, if anywhere. */
  lexicons?(key: string): LexiconStore;
}

/** The last registry runs of this process, by contextKey (a dev server's saves, a build's two threads' shares). */
const registryRuns = new Map<string, RegistryRun>();

/**
 * The config and registry of `files`, computed once per process and set of files; with `store`, taken from it
 * when it has them (they depend on those files and this code only), else computed and put there. Parsing the
 * world registry's YAML took most of a second on every build.
 */
export function registryRun(files: ContentFiles, store?: RegistryStore): RegistryRun {
  const key = contextKey(files);
  const known = registryRuns.get(key);
  if (known) return known;
  let run: RegistryRun | undefined;
  const stored = store?.read(key);
  if (stored) run = { ...stored, names: buildNameIndex(stored.registry) };
  if (!run) {
    const diagnostics: Diagnostic[] = [];
    run = { ...runRegistry(files, diagnostics), diagnostics };
    store?.write(key, { config: run.config, registry: run.registry, diagnostics });
  }
  const lexicons = store?.lexicons?.(key);
  if (lexicons) run = { ...run, lexicons };
  if (registryRuns.size >= 4) registryRuns.clear();
  registryRuns.set(key, run);
  return run;
}

/** The first stages: site config and registry, shared by the full pipeline and `summitdesk tag`. */
export function runRegistry(
  files: ContentFiles,
  diagnostics: Diagnostic[] = [],
): { config: SiteConfig; registry: Registry; names: NameIndex } {
  const config = readSiteConfig(parseYamlFile(files.site, diagnostics));
  append(diagnostics, config.diagnostics);
  const parsed: ParsedRegistryFile[] = [];
  for (const file of files.registry) {
    const p = withinEntryLimit(parseYamlFile(file, diagnostics), diagnostics);
    if (p) parsed.push(p as ParsedRegistryFile);
  }
  const registry = buildRegistry(parsed);
  append(diagnostics, registry.diagnostics);
  append(diagnostics, registryAliasDiagnostics(registry.value, parsed));
  return { config: config.value, registry: registry.value, names: buildNameIndex(registry.value) };
}

/** The last places run of this process: a build that runs again (`build --watch`) parses the files once. */
let lastPlaces: { files: string; registry: Registry; run: PlacesRun } | undefined;

/** The places and the diagnostics of reading them. */
interface PlacesRun {
  readonly value: Places;
  readonly diagnostics: readonly Diagnostic[];
}

/** The places of `files` (content/places), checked against the registry's countries; parsed once per process. */
function placesRun(files: readonly SourceFile[], registry: Registry): PlacesRun {
  const key = JSON.stringify(files.map((file) => [file.path, file.text]));
  if (lastPlaces?.files === key && lastPlaces.registry === registry) return lastPlaces.run;
  const diagnostics: Diagnostic[] = [];
  const parsed = files.flatMap((file) => {
    const one = parseYamlFile(file, diagnostics);
    return one ? [one] : [];
  });
  const built = buildPlaces(parsed, registry.countries);
  append(diagnostics, built.diagnostics);
  lastPlaces = { files: key, registry, run: { ...built, diagnostics } };
  return lastPlaces.run;
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
    options.onStage?.(name);
    const started = performance.now();
    const value = run();
    timings.push({ stage: name, ms: performance.now() - started });
    return value;
  };

  const site = stage("registry", () => registryRun(files, options.registryStore));
  append(diagnostics, site.diagnostics);
  const strings = siteStrings(parseYamlFile(files.strings, diagnostics));
  append(diagnostics, strings.diagnostics);
  const { config, registry } = site;
  const { pageSize } = config;

  const places = stage("places", () => {
    const built = placesRun(files.places ?? [], registry);
    append(diagnostics, built.diagnostics);
    return built.value;
  });
  const ctx = stage("compile-tagger", () => contextOf(site));
  const work = processArticles(files, ctx, options.cache, timings, options.onArticle);
  const enriched: Article[] = [];
  for (const outcome of work.outcomes.values()) {
    append(diagnostics, outcome.diagnostics);
    if (outcome.article) enriched.push(outcome.article);
  }

  const index = stage("index", () =>
    buildIndex(enriched, registry, {
      includeDrafts: options.dev,
      now: options.now,
      timeZone: config.timeZone,
    }),
  );
  append(diagnostics, index.diagnostics);
  const images = stage("images", () =>
    planImages({
      articles: enriched,
      index: index.value,
      registry,
      config,
      now: options.now,
      ...(options.images ? { library: options.images } : {}),
    }),
  );
  append(diagnostics, images.diagnostics);
  const sorted = sortDiagnostics(diagnostics);
  if (hasErrors(sorted)) return { diagnostics: sorted, timings, cache: work.cache, cacheHits: work.hits };

  const articles = new Map(index.value.articles.map((a) => [articleId(a), a]));
  const { bodies, digests, cards } = stage("bodies", () =>
    renderBodies(
      articles,
      work.outcomes,
      work.keys,
      ctx,
      contextKey(files),
      images.value.pictures,
      options.bodies,
    ),
  );
  const pages = stage("pages", () => listPages(index.value, pageSize, config.languages));
  const listed: SiteModel = {
    config,
    registry,
    places,
    index: index.value,
    articles,
    bodies,
    digests,
    cards,
    images: images.value,
    pages,
    strings: strings.value,
    dev: options.dev,
    referenceTime: options.now,
  };
  // Above 50,000 URLs the sitemap becomes an index of numbered parts (src/seo); most sites keep one file.
  const model = stage("sitemaps", () => withSitemaps(listed));
  return { model, diagnostics: sorted, timings, cache: work.cache, cacheHits: work.hits };
}

/** What processing one article needs besides its file; the same for every article of a run. */
export interface ArticleContext {
  readonly validate: ValidateContext;
  /** Days around a summit that still count as its coverage (for the advice on an article's date). */
  readonly summitWindow: { readonly before: number; readonly after: number };
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
  onArticle?: (done: number, total: number) => void,
): {
  outcomes: Map<string, ArticleOutcome>;
  keys: Map<string, string>;
  cache: ArticleCache;
  hits: number;
} {
  const context = contextKey(files);
  const outcomes = new Map<string, ArticleOutcome>();
  const keys = new Map<string, string>();
  const cache: ArticleCache = new Map();
  const spent: StageTimes = { validate: 0, tag: 0, markdown: 0 };
  let hits = 0;
  for (const file of files.articles) {
    const key = contentKey(context, file);
    let outcome = previous?.get(key);
    if (outcome) hits++;
    else outcome = processArticle(file, ctx, spent);
    outcomes.set(file.path, outcome);
    keys.set(file.path, key);
    cache.set(key, outcome);
    onArticle?.(outcomes.size, files.articles.length);
  }
  timings.push(
    { stage: "validate", ms: spent.validate },
    { stage: "tag", ms: spent.tag },
    { stage: "markdown", ms: spent.markdown },
  );
  return { outcomes, keys, cache, hits };
}

/** Milliseconds spent per per-article stage, summed over a run. */
export interface StageTimes {
  validate: number;
  tag: number;
  markdown: number;
}

/**
 * One file through parse → validate → enrich (resolve names, tag the text) → advise → body HTML; `spent`
 * collects stage times. Advice and the body depend on the article and its context only, so the cache keeps
 * them with the rest of the outcome; a body over a size limit (src/limits) is an error located in the file.
 */
export function processArticle(
  file: SourceFile,
  ctx: ArticleContext,
  spent: StageTimes = { validate: 0, tag: 0, markdown: 0 },
): ArticleOutcome {
  // A copy that shares no string with the file: V8 keeps a whole string alive for any piece cut out of it (a
  // name, a title, a mention), so an outcome made from the file itself would hold all of its text for as long
  // as the outcome is kept: ~450 MB of sources through the rendering of 100,000 articles. Copying costs ~25 µs.
  // The code frames of its diagnostics go with it: a later build shows them without reading the file again.
  const outcome = outcomeOf(file, ctx, spent);
  const frames = framesOf(outcome.diagnostics, file.path, file.text);
  return structuredClone(frames.some((f) => f !== undefined) ? { ...outcome, frames } : outcome);
}

function outcomeOf(file: SourceFile, ctx: ArticleContext, spent: StageTimes): ArticleOutcome {
  let started = performance.now();
  const diagnostics: Diagnostic[] = [];
  const parsed = parseArticleFile(file);
  append(diagnostics, parsed.diagnostics);
  const draft = parsed.value ? validateArticle(parsed.value, ctx.validate) : undefined;
  if (draft) append(diagnostics, draft.diagnostics);
  spent.validate += performance.now() - started;
  if (!draft?.value) return { diagnostics };
  started = performance.now();
  const enriched = enrichArticles([draft.value], ctx.registry, ctx.names, ctx.tagger);
  append(diagnostics, enriched.diagnostics);
  const article = enriched.value[0];
  if (article) append(diagnostics, advise([article], ctx.registry, ctx.summitWindow));
  spent.tag += performance.now() - started;
  if (!article) return { diagnostics };
  started = performance.now();
  const body = renderBody(article, ctx.registry, ctx.tagger);
  spent.markdown += performance.now() - started;
  if (body.error) {
    diagnostics.push(body.error);
    return { diagnostics };
  }
  const shown = published(article);
  return { diagnostics, article: shown, body: body.html, card: cardDigest(shown) };
}

/**
 * The article as the rest of the build needs it: its Markdown source and the offsets of each mention have
 * served their purpose once the body is HTML and the advice given, and they were half of every cached outcome
 * (what a warm build reads first). Done for every article, cached or not, so no page can depend on them.
 */
function published(article: Article): Article {
  return {
    ...article,
    body: "",
    entities: article.entities.map((e) => (e.mentions.length === 0 ? e : { ...e, mentions: [] })),
  };
}

/** Appends one by one: `push(...items)` overflows the stack once items has some 100,000 entries. */
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

/**
 * Every published article's body as HTML, linking the first mention of each tagged entity; rendered once per
 * content (kept in its outcome or, with `kept`, on disk: an unchanged article is never rendered again), then
 * its pictures placed.
 * With each, the article's digest (SiteModel.digests): its card's (SiteModel.cards: the whole article but its
 * body) and its placed body's. Not its content key: that key changes with every registry file, and most
 * registry edits (an alias, a short form) change few articles' outcomes (src/incremental/registryDigest.ts).
 */
function renderBodies(
  articles: ReadonlyMap<string, Article>,
  outcomes: ReadonlyMap<string, ArticleOutcome>,
  keys: ReadonlyMap<string, string>,
  ctx: ArticleContext,
  context: string,
  pictures: ReadonlyMap<string, Picture>,
  kept?: KeptBodies,
): { bodies: ArticleBodies; digests: Map<string, string>; cards: Map<string, string> } {
  const held = new Map<string, string>();
  const onDisk = new Map<string, BodyOnDisk>();
  const digests = new Map<string, string>();
  const cards = new Map<string, string>();
  const render = (article: Article) => {
    const rendered = renderBody(article, ctx.registry, ctx.tagger);
    if (rendered.error) throw new Error(`summitdesk: ${rendered.error.message}`);
    return rendered.html;
  };
  for (const [id, article] of articles) {
    const outcome = outcomes.get(article.file);
    const key = keys.get(article.file) ?? "";
    const card = outcome?.card ?? cardDigest(article);
    cards.set(id, card);
    // A body the cache keeps on disk is read when its page is rendered. It has no picture placeholders (only
    // such bodies are kept there), so its page shows it as it is, and the digest it is kept under is the body's.
    if (kept && outcome?.body === undefined && outcome?.bodyFile !== undefined) {
      onDisk.set(id, { key, digest: outcome.bodyFile, outcome, article });
      digests.set(id, `${card}:${outcome.bodyFile}`);
      continue;
    }
    // Outcomes carry their body since processArticle renders it; an older outcome may still lack one.
    let body = outcome?.body;
    if (body === undefined) {
      body = render(article);
      if (outcome) outcome.body = body;
    }
    // The cached body holds placeholders: a changed picture file changes the page, not the cache entry.
    const placed = placePictures(body, pictures);
    held.set(id, placed);
    digests.set(id, `${card}:${heldBodyDigest(outcome, placed)}`);
  }
  if (!kept) return { bodies: new BodyLookup(held), digests, cards };
  // A kept body that cannot be used is made again from its file, as processing made it, when the file is still
  // what the entry was made from; a file changed since the build read it cannot stand in for the one it read.
  const again = ({ key, article }: BodyOnDisk): string => {
    const file = kept.source(article.file);
    const body = file && contentKey(context, file) === key ? processArticle(file, ctx).body : undefined;
    if (body !== undefined) return body;
    throw new Error(
      `summitdesk: ${article.file} changed during the build, and the build cache's copy of its body could not be used; build again`,
    );
  };
  return {
    bodies: new BodyLookup(held, onDisk, (k, digest) => kept.read(k, digest), again),
    digests,
    cards,
  };
}

/**
 * Digests of bodies held in memory, by outcome: a process that builds again (a dev server, `build --watch`)
 * holds the same outcome with the same body, which need not be hashed again on every build.
 */
const heldDigests = new WeakMap<ArticleOutcome, { readonly placed: string; readonly digest: string }>();

function heldBodyDigest(outcome: ArticleOutcome | undefined, placed: string): string {
  const known = outcome && heldDigests.get(outcome);
  if (known?.placed === placed) return known.digest;
  // The digest a body kept on disk is kept under (bodyFile), so the two kinds of article digest agree.
  const digest = bodyDigest(placed);
  if (outcome) heldDigests.set(outcome, { placed, digest });
  return digest;
}

let markdown: ReturnType<typeof createMarkdown> | undefined;

/**
 * One article's body as HTML, the first mention of each tagged entity linked to its page; or, for a body over
 * a limit on headings, links, images, table cells or nesting, the error that says so.
 */
export function renderBody(
  article: Article,
  registry: Registry,
  tagger: Tagger,
): { html: string; error?: undefined } | { html?: undefined; error: Diagnostic } {
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
  const rendered = renderMarkdown(markdown, article.body, article.lang, {
    match: (text, lang) => tagger.matchText(text, lang, known).filter((m) => tagged.has(m.key)),
    href,
  });
  return rendered.limit ? { error: markdownLimitError(article, rendered.limit) } : { html: rendered.html };
}

/** Everything processing an article needs besides its file, from the site config and registry files. */
export function articleContext(files: ContentFiles, store?: RegistryStore): ArticleContext {
  return contextOf(registryRun(files, store));
}

const contexts = new WeakMap<RegistryRun, ArticleContext>();

/**
 * The context from a config and registry already built, once per registry run. The tagger is compiled when
 * first used: a build whose articles all come from the cache never needs it.
 */
function contextOf(run: RegistryRun): ArticleContext {
  const known = contexts.get(run);
  if (known) return known;
  const { config, registry, names } = run;
  const { timeZone, defaultLang, languages, summitWindow } = config;
  let compiled: Tagger | undefined;
  const compile = () => {
    compiled ??= compileTagger(
      registry,
      { summitDaysBefore: summitWindow.before, summitDaysAfter: summitWindow.after },
      run.lexicons,
    );
    return compiled;
  };
  const tagger: Tagger = {
    tag: (input) => compile().tag(input),
    matchText: (text, lang, known) => compile().matchText(text, lang, known),
  };
  const ctx = { validate: { timeZone, defaultLang, languages }, summitWindow, registry, names, tagger };
  contexts.set(run, ctx);
  return ctx;
}
