/**
 * Brings the URL ledger up to date with the published articles: which entry is which article, which URLs
 * moved, which articles are new and which are gone. Pure: the ledger and the articles in, a plan out.
 *
 * An article is the same as a ledger entry when, in this order:
 *   1. its `id:` is the entry's key;
 *   2. its file is the entry's file (a path key, or `file:` of an id-keyed entry);
 *   3. its language and translation key are the entry's, and no other entry has them;
 *   4. its language and publication date are the entry's, and only this article and this entry have them
 *      (a file renamed without any other change).
 * Each entry stands for at most one article. A URL belongs to one entry: an article that takes over another
 * article's old URL keeps it, and the other loses it.
 */
import type { Lang } from "../registry/index.ts";
import { slugify } from "../text/index.ts";
import { byCodePoint } from "./ledgerFile.ts";
import type { GoneUrl, Ledger, LedgerChange, LedgerEntry, LedgerPlan, Redirect } from "./types.ts";

/** What the ledger needs to know of a published article. */
export interface LedgerArticle {
  /** File below the articles folder: "2025/tokajew-trifft-xi.md". */
  readonly file: string;
  readonly id?: string;
  readonly lang: Lang;
  /** Publication date (ISO, as validated). */
  readonly date: string;
  readonly translation?: string;
  readonly slug: string;
  /** The URL it is published at now. */
  readonly url: string;
  /** Its id in the site model (lang/slug). */
  readonly modelId: string;
}

/** Reconciles `ledger` (undefined: there is none yet) with the published `articles`. */
export function reconcileLedger(ledger: Ledger | undefined, articles: readonly LedgerArticle[]): LedgerPlan {
  const entries = ledger?.articles ?? new Map<string, LedgerEntry>();
  const match = matchArticles(entries, articles);
  const next = new Map<string, LedgerEntry>();
  const changes: LedgerChange[] = [];
  const owner = new Map<string, LedgerArticle>();
  for (const article of articles) owner.set(article.url, article);

  for (const article of [...articles].sort((a, b) => byCodePoint(a.file, b.file))) {
    const key = match.get(article);
    const entry = key === undefined ? undefined : entries.get(key);
    const previous = entry?.urls.at(-1);
    if (!entry) changes.push({ kind: "added", file: article.file, url: article.url });
    else if (entry.removed) changes.push({ kind: "restored", file: article.file, url: article.url });
    if (entry && previous !== undefined && previous !== article.url) {
      changes.push({
        kind: "moved",
        file: article.file,
        from: previous,
        to: article.url,
        cause: causeOf(previous, article, entry.file ?? (key?.endsWith(".md") ? key : undefined)),
      });
    }
    const urls = [...(entry?.urls ?? []).filter((u) => u !== article.url), article.url];
    next.set(article.id ?? article.file, entryOf(article, urls));
  }

  const taken = new Set(match.values());
  for (const [key, entry] of entries) {
    if (taken.has(key)) continue;
    if (!entry.removed) changes.push({ kind: "removed", key, file: entry.file ?? key, urls: entry.urls });
    next.set(key, { ...entry, removed: true });
  }

  // A URL now published by an article leaves the history of any other entry that held it.
  for (const [key, entry] of [...next]) {
    const kept = entry.urls.filter((url) => {
      const current = owner.get(url);
      if (!current || (current.id ?? current.file) === key) return true;
      changes.push({ kind: "reused", file: current.file, url, previous: entry.file ?? key });
      return false;
    });
    if (kept.length === entry.urls.length) continue;
    if (kept.length === 0) next.delete(key);
    else next.set(key, { ...entry, urls: kept });
  }

  const redirects: Redirect[] = [];
  const gone: GoneUrl[] = [];
  const byKey = new Map(articles.map((a) => [a.id ?? a.file, a]));
  for (const [key, entry] of next) {
    const article = byKey.get(key);
    if (article) {
      for (const from of entry.urls.slice(0, -1)) {
        redirects.push({ from, to: article.url, lang: article.lang, article: article.modelId });
      }
    } else {
      for (const url of entry.urls) gone.push({ url, lang: entry.lang });
    }
  }
  redirects.sort((a, b) => byCodePoint(a.from, b.from));
  gone.sort((a, b) => byCodePoint(a.url, b.url));
  const sortedChanges = changes
    .map((change) => ({ change, key: changeKey(change) }))
    .sort((a, b) => byCodePoint(a.key, b.key))
    .map(({ change }) => change);
  return { ledger: { articles: next }, redirects, gone, changes: sortedChanges };
}

/** Which entry (by key) each article is, by the four rules above. */
function matchArticles(
  entries: ReadonlyMap<string, LedgerEntry>,
  articles: readonly LedgerArticle[],
): Map<LedgerArticle, string> {
  const match = new Map<LedgerArticle, string>();
  const taken = new Set<string>();
  const take = (article: LedgerArticle, key: string | undefined) => {
    if (key === undefined || taken.has(key) || match.has(article)) return;
    match.set(article, key);
    taken.add(key);
  };
  const sorted = [...articles].sort((a, b) => byCodePoint(a.file, b.file));
  for (const article of sorted) if (article.id && entries.has(article.id)) take(article, article.id);
  const byFile = new Map<string, string>();
  for (const [key, entry] of entries) {
    // A path key names its file; an id-keyed entry remembers its file. A path key wins a tie.
    if (key.endsWith(".md")) byFile.set(key, key);
    else if (entry.file !== undefined && !byFile.has(entry.file)) byFile.set(entry.file, key);
  }
  for (const article of sorted) take(article, byFile.get(article.file));
  // Rules 3 and 4 through indexes, so a first build of 100,000 articles stays linear.
  const openBy = (keyOf: (e: LedgerEntry) => string | undefined) => {
    const index = new Map<string, string[]>();
    for (const [key, entry] of entries) {
      const k = keyOf(entry);
      if (k === undefined || taken.has(key)) continue;
      const list = index.get(k);
      if (list) list.push(key);
      else index.set(k, [key]);
    }
    return index;
  };
  const byTranslation = openBy((e) => (e.translation ? `${e.lang}\u0000${e.translation}` : undefined));
  for (const article of sorted) {
    if (match.has(article) || !article.translation) continue;
    const same = byTranslation.get(`${article.lang}\u0000${article.translation}`) ?? [];
    if (same.length === 1) take(article, same[0]);
  }
  const byDate = openBy((e) => (e.date ? `${e.lang}\u0000${e.date}` : undefined));
  const twins = new Map<string, number>();
  const unmatched = sorted.filter((a) => !match.has(a));
  for (const a of unmatched)
    twins.set(`${a.lang}\u0000${a.date}`, (twins.get(`${a.lang}\u0000${a.date}`) ?? 0) + 1);
  for (const article of unmatched) {
    const k = `${article.lang}\u0000${article.date}`;
    const same = (byDate.get(k) ?? []).filter((key) => !taken.has(key));
    if (twins.get(k) === 1 && same.length === 1) take(article, same[0]);
  }
  return match;
}

function entryOf(article: LedgerArticle, urls: readonly string[]): LedgerEntry {
  return {
    ...(article.id ? { file: article.file } : {}),
    lang: article.lang,
    date: article.date,
    ...(article.translation ? { translation: article.translation } : {}),
    urls,
  };
}

/**
 * What moved an article from `from`: its language, its date (the year in the URL), its `slug:`, its file name
 * (the slug comes from it), or the slug rule itself (same file name, different slug: a new summitdesk).
 */
function causeOf(
  from: string,
  article: LedgerArticle,
  previousFile: string | undefined,
): "slug" | "date" | "lang" | "file" | "rule" {
  const [, lang, year] = /^\/([^/]+)\/([^/]+)\/([^/]+)\/$/.exec(from) ?? [];
  const [, , nowYear] = /^\/([^/]+)\/([^/]+)\/([^/]+)\/$/.exec(article.url) ?? [];
  if (lang !== undefined && lang !== article.lang) return "lang";
  if (year !== undefined && year !== nowYear) return "date";
  const base = article.file.slice(article.file.lastIndexOf("/") + 1).replace(/\.md$/i, "");
  if (slugify(base) !== article.slug) return "slug";
  if (previousFile !== undefined && previousFile !== article.file) return "file";
  return "rule";
}

function changeKey(change: LedgerChange): string {
  return `${"file" in change ? change.file : ""}\u0000${change.kind}\u0000${"url" in change ? change.url : ""}`;
}
