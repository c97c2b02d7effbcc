/** The index stage: which articles are published, grouped per language and per entity. Pure. */
import type { Diagnostic } from "../diagnostics/index.ts";
import type { Article } from "../enrich/index.ts";
import { type Entity, type EntityKey, LANGS, type Lang, type Registry } from "../registry/index.ts";
import { archiveMonths } from "./archive.ts";
import { authorsOf } from "./authors.ts";
import type { Edition, SiteIndex, Term } from "./types.ts";

/** What the index needs beyond the articles. */
export interface IndexOptions {
  /** Show drafts (dev server only). */
  readonly includeDrafts: boolean;
  /** Reference time in ms: articles dated later are scheduled and left out. */
  readonly now: number;
  /** The site's time zone: archive months are calendar months there (default UTC). */
  readonly timeZone?: string;
}

/** Newest first; ties broken by slug, then language, so order never depends on file-system order. */
export function compareArticles(a: Article, b: Article): number {
  return b.date.millis - a.date.millis || cmp(a.slug, b.slug) || cmp(a.lang, b.lang);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Looks an entity up by key. */
export function entityByKey(registry: Registry, key: EntityKey): Entity | undefined {
  const colon = key.indexOf(":");
  const type = key.slice(0, colon);
  const id = key.slice(colon + 1);
  const map =
    type === "country"
      ? registry.countries
      : type === "person"
        ? registry.people
        : type === "organisation"
          ? registry.organisations
          : registry.summits;
  return map.get(id);
}

/** Builds the index; reports slug collisions (also ignoring case) within an edition, and shared `id:`s. */
export function buildIndex(
  all: readonly Article[],
  registry: Registry,
  options: IndexOptions,
): { value: SiteIndex; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const published: Article[] = [];
  for (const article of all) {
    if (article.draft && !options.includeDrafts) continue;
    if (article.date.millis > options.now && !options.includeDrafts) {
      diagnostics.push({
        file: article.file,
        line: 0,
        column: 0,
        severity: "info",
        ruleId: "publish/scheduled",
        message: `Scheduled for ${article.date.iso}; left out of this build.`,
      });
      continue;
    }
    published.push(article);
  }
  published.sort(compareArticles);
  const seen = new Map<string, Article>();
  const ids = new Map<string, Article>();
  const unique: Article[] = [];
  for (const article of [...published].sort((a, b) => cmp(a.file, b.file))) {
    // An `id:` is the article's identity in the URL ledger: two articles with one id would share a history.
    const sameId = article.id === undefined ? undefined : ids.get(article.id);
    if (sameId) {
      diagnostics.push({
        file: article.file,
        line: 1,
        column: 1,
        severity: "error",
        ruleId: "publish/duplicate-id",
        message: `The id "${article.id}" is already used by ${sameId.file}.`,
        hint: "Each article needs an `id:` of its own (or none): keep it on the article that had it first.",
      });
      continue;
    }
    if (article.id !== undefined) ids.set(article.id, article);
    const key = `${article.lang}/${article.slug.toLowerCase()}`;
    const first = seen.get(key);
    if (first) {
      diagnostics.push({
        file: article.file,
        line: 1,
        column: 1,
        severity: "error",
        ruleId: "publish/duplicate-slug",
        message: `The slug "${article.slug}" is already used by ${first.file}${first.slug !== article.slug ? " (differing only in case)" : ""}.`,
        hint: "Give one of the articles another file name or a `slug:` of its own.",
      });
      continue;
    }
    seen.set(key, article);
    unique.push(article);
  }
  const kept = new Set(unique);
  const articles = published.filter((a) => kept.has(a));
  const editions = Object.fromEntries(
    LANGS.map((lang) => {
      const edition = buildEdition(lang, articles, registry, options.timeZone ?? "UTC");
      for (const d of edition.diagnostics) diagnostics.push(d);
      return [lang, edition.value];
    }),
  ) as Record<Lang, Edition>;
  const translations = new Map<string, Article[]>();
  for (const a of articles) {
    if (!a.translation) continue;
    const group = translations.get(a.translation) ?? [];
    group.push(a);
    translations.set(a.translation, group);
  }
  for (const group of translations.values()) group.sort((a, b) => cmp(a.lang, b.lang));
  return { value: { editions, articles, translations }, diagnostics };
}

function buildEdition(
  lang: Lang,
  all: readonly Article[],
  registry: Registry,
  zone: string,
): { value: Edition; diagnostics: Diagnostic[] } {
  const articles = all.filter((a) => a.lang === lang);
  const byKey = new Map<EntityKey, Article[]>();
  for (const article of articles) {
    for (const tag of article.entities) {
      const list = byKey.get(tag.key);
      if (list) list.push(article);
      else byKey.set(tag.key, [article]);
    }
  }
  const terms = new Map<EntityKey, Term>();
  for (const key of [...byKey.keys()].sort(compareKeys)) {
    const entity = entityByKey(registry, key);
    if (entity) terms.set(key, { key, entity, articles: byKey.get(key) ?? [] });
  }
  const { authors, diagnostics } = authorsOf(articles);
  return { value: { lang, articles, terms, months: archiveMonths(articles, zone), authors }, diagnostics };
}

const TYPE_ORDER = ["country", "person", "organisation", "summit"];

function compareKeys(a: EntityKey, b: EntityKey): number {
  const ta = TYPE_ORDER.indexOf(a.slice(0, a.indexOf(":")));
  const tb = TYPE_ORDER.indexOf(b.slice(0, b.indexOf(":")));
  return ta - tb || cmp(a, b);
}
