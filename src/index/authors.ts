/** Authors of an edition: one term per byline name, keyed by its slug, like the entity terms. */
import type { Diagnostic } from "../diagnostics/index.ts";
import type { Article } from "../enrich/index.ts";
import { slugify } from "../text/index.ts";

/** One author's articles in one edition, newest first. */
export interface Author {
  /** URL segment: the name's slug ("anna-becker"). */
  readonly slug: string;
  /** The name as written in the newest article's byline. */
  readonly name: string;
  readonly articles: readonly Article[];
}

/**
 * Authors by slug in slug order. Two spellings with one slug ("Jörg Müller", "Joerg Mueller") are one author
 * page; a warning names both so an editor can check they are one person.
 */
export function authorsOf(articles: readonly Article[]): {
  authors: Map<string, Author>;
  diagnostics: Diagnostic[];
} {
  const bySlug = new Map<string, { name: string; articles: Article[]; names: Map<string, string> }>();
  for (const article of articles) {
    for (const name of new Set(article.authors)) {
      const slug = slugify(name);
      const entry = bySlug.get(slug) ?? { name, articles: [], names: new Map<string, string>() };
      entry.articles.push(article);
      if (!entry.names.has(name)) entry.names.set(name, article.file);
      bySlug.set(slug, entry);
    }
  }
  const diagnostics: Diagnostic[] = [];
  const authors = new Map<string, Author>();
  for (const slug of [...bySlug.keys()].sort()) {
    const entry = bySlug.get(slug);
    if (!entry) continue;
    authors.set(slug, { slug, name: entry.name, articles: entry.articles });
    if (entry.names.size > 1) {
      const [head, ...rest] = [...entry.names];
      const [first, firstFile] = head ?? ["", ""];
      for (const [name, file] of rest) {
        diagnostics.push({
          file,
          line: 1,
          column: 1,
          severity: "warning",
          ruleId: "publish/author-spelling",
          message: `The author "${name}" shares the page /${slug}/ with "${first}" (${firstFile}).`,
          hint: "If they are one person, write the name the same way in every byline; if not, tell them apart (a middle initial).",
        });
      }
    }
  }
  return { authors, diagnostics };
}
