/**
 * `summitdesk tag FILE.md [--format text|json|github]`: what the tagger finds in one article. The JSON shape is
 * documented in README.md; github prints the findings as notices on the article's lines.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { type Diagnostic, escapeData, escapeProperty, hasErrors } from "../diagnostics/index.ts";
import { enrichArticles } from "../enrich/index.ts";
import { entityByKey } from "../index/index.ts";
import { decodeSource, type Locator, parseArticleFile, readContent } from "../load/index.ts";
import { runRegistry } from "../pipeline.ts";
import { compileTagger } from "../tag/index.ts";
import { positionAt } from "../text/index.ts";
import { validateArticle } from "../validate/index.ts";
import { fromRoot, type Project } from "./project.ts";
import { type Format, printDiagnostics, repositoryRoot } from "./report.ts";

/** What `tag` was asked to do. */
export interface TagOptions {
  /** The article file, relative to the cwd. */
  readonly file: string;
  readonly format: Format;
}

export function tag(project: Project, options: TagOptions): number {
  const { root } = project;
  const path = options.file;
  const abs = resolve(project.cwd, path);
  let bytes: Buffer;
  try {
    bytes = readFileSync(abs);
  } catch {
    process.stderr.write(`${path}: there is no such file (or it cannot be read).\n`);
    return 2;
  }
  // Only the site config and registry are needed, not the other articles.
  const files = readContent(root, project.content).value;
  const { registry, names, config } = runRegistry(files);
  const rel = fromRoot(project, abs);
  const decoded = decodeSource(rel, bytes);
  const parsed = decoded.file ? parseArticleFile(decoded.file) : { diagnostics: decoded.diagnostics };
  const draft = parsed.value ? validateArticle(parsed.value, config) : { diagnostics: [] };
  const tagger = compileTagger(registry, {
    summitDaysBefore: config.summitWindow.before,
    summitDaysAfter: config.summitWindow.after,
  });
  const enriched = draft.value
    ? enrichArticles([draft.value], registry, names, tagger)
    : { value: [], diagnostics: [] };
  const diagnostics: Diagnostic[] = [...parsed.diagnostics, ...draft.diagnostics, ...enriched.diagnostics];
  const article = enriched.value[0];
  if (hasErrors(diagnostics) || !article) {
    const withArticle = { ...files, articles: decoded.file ? [decoded.file] : [] };
    printDiagnostics(options.format === "json" ? "text" : options.format, diagnostics, withArticle, project);
    return 1;
  }
  const entities = article.entities.map((e) => {
    const entity = entityByKey(registry, e.key);
    return {
      type: e.type,
      id: e.id,
      name: entity?.name.en ?? e.id,
      salience: e.salience,
      mentions: e.mentions.map((m) => ({ field: m.field, surface: m.surface, start: m.start, end: m.end })),
    };
  });
  if (options.format === "github") {
    const located = parsed.value?.locate;
    const file = escapeProperty(fromRoot({ ...project, root: repositoryRoot(root) }, abs));
    for (const e of entities) {
      const first = e.mentions[0];
      const at = first && located ? mentionPosition(first, located, article) : { line: 1, column: 1 };
      const forms = [...new Set(e.mentions.map((m) => m.surface))].join(", ");
      const count = `${e.salience.mentions} ${e.salience.mentions === 1 ? "mention" : "mentions"}`;
      const text = `${e.name} (${e.id}): ${e.salience.level}, ${count}${forms ? `: ${forms}` : ""}`;
      process.stdout.write(
        `::notice file=${file},line=${at.line},col=${at.column},title=${escapeProperty(`tag/${e.type}`)}::${escapeData(text)}\n`,
      );
    }
    return 0;
  }
  if (options.format === "json") {
    process.stdout.write(
      `${JSON.stringify({ version: 1, file: rel, lang: article.lang, summit: article.summit ?? null, entities }, null, 2)}\n`,
    );
    return 0;
  }
  process.stdout.write(`${rel} (${article.lang})${article.summit ? `  summit: ${article.summit}` : ""}\n`);
  for (const e of entities) {
    const where = [
      e.salience.frontMatter && "front matter",
      e.salience.inTitle && "title",
      e.salience.inSummary && "summary",
    ]
      .filter(Boolean)
      .join(", ");
    const forms = [...new Set(e.mentions.map((m) => m.surface))].join(", ");
    process.stdout.write(
      `  ${e.type.padEnd(12)} ${e.id.padEnd(24)} ${e.name}  [${e.salience.level}; ${e.salience.mentions} mentions${where ? `; ${where}` : ""}]${forms ? `  ${forms}` : ""}\n`,
    );
  }
  return 0;
}

/**
 * Where a mention sits in the file: exact in the body; in the title or summary, the start of the field's value
 * (a quoted or folded value would shift columns within it, so no closer position is claimed).
 */
function mentionPosition(
  mention: { readonly field: string; readonly start: number },
  locate: Locator,
  article: { readonly body: string; readonly bodyLine: number },
): { line: number; column: number } {
  if (mention.field === "body") return positionAt(article.body, mention.start, article.bodyLine);
  return locate([mention.field]);
}
