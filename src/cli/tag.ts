/** `summitdesk tag FILE.md [--json]`: what the tagger finds in one article. The JSON shape is documented in README.md. */
import { readFileSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import { hasErrors } from "../diagnostics/index.ts";
import { enrichArticles } from "../enrich/index.ts";
import { entityByKey } from "../index/index.ts";
import { decodeSource, parseArticleFile, readContent } from "../load/index.ts";
import { runRegistry } from "../pipeline.ts";
import { compileTagger } from "../tag/index.ts";
import { validateArticle } from "../validate/index.ts";
import { printReport } from "./run.ts";

export function tag(root: string, args: readonly string[]): number {
  const json = args.includes("--json");
  const path = args.find((a) => !a.startsWith("--"));
  if (!path) {
    process.stderr.write("usage: summitdesk tag FILE.md [--json]\n");
    return 2;
  }
  // Only the site config and registry are needed, not the other articles.
  const files = readContent(root).value;
  const { registry, names, config } = runRegistry(files);
  const rel = relative(root, resolve(root, path)).split(sep).join("/");
  let bytes: Buffer;
  try {
    bytes = readFileSync(resolve(root, path));
  } catch {
    process.stderr.write(`Cannot read ${path}.\n`);
    return 2;
  }
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
  const diagnostics = [...parsed.diagnostics, ...draft.diagnostics, ...enriched.diagnostics];
  const article = enriched.value[0];
  if (hasErrors(diagnostics) || !article) {
    printReport(diagnostics, { ...files, articles: decoded.file ? [decoded.file] : [] });
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
  if (json) {
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
