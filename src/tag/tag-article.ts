/**
 * The tagging pipeline for one article, top to bottom:
 *   mask Markdown → tokenize → scan (longest match) → filter (precision rules)
 *   → resolve (context) → infer summit → build result (salience, order).
 */
import type { Lang, Registry } from "../registry/types.ts";
import type { Lexicons } from "./build/index.ts";
import { filterMatches } from "./filters.ts";
import { maskMarkdown } from "./mask-markdown.ts";
import { type FieldScan, resolve } from "./resolve.ts";
import { buildResult, type FieldTexts } from "./result.ts";
import { scan } from "./scan.ts";
import { inferSummit } from "./summit.ts";
import { tokenize } from "./tokenize.ts";
import type { Field, TagInput, TagOptions, TagResult, TextMatch } from "./types.ts";

/** Everything compiled once per registry. */
export interface Compiled {
  readonly registry: Registry;
  readonly lexicons: Lexicons;
  readonly options: TagOptions;
}

/** Tokenizes, scans and filters one field; `masked` has the same length as the field's text. */
export function scanField(c: Compiled, field: Field, masked: string, lang: Lang): FieldScan {
  const tokens = tokenize(masked);
  const matches = filterMatches(scan(tokens, c.lexicons[lang]), tokens, lang);
  return { field, tokens, matches };
}

/** Tags one article (see Tagger.tag). */
export function tagArticle(c: Compiled, input: TagInput): TagResult {
  const lang: Lang = input.lang === "en" ? "en" : "de";
  const texts: FieldTexts = {
    title: text(input.title),
    summary: text(input.summary),
    body: text(input.body),
  };
  const fields = [
    scanField(c, "title", texts.title, lang),
    scanField(c, "summary", maskMarkdown(texts.summary), lang),
    scanField(c, "body", maskMarkdown(texts.body), lang),
  ];
  const resolution = resolve(fields);
  const fromFrontMatter = input.frontMatter.find((k) => k.startsWith("summit:"));
  const summit =
    fromFrontMatter?.slice("summit:".length) ??
    inferSummit(c.registry.summits.values(), { lang, date: text(input.date), fields, resolution }, c.options);
  return buildResult(input, texts, resolution.mentions, summit);
}

/** Matches in one plain fragment (see Tagger.matchText): entities only, in order, never overlapping. */
export function matchFragment(c: Compiled, fragment: string, lang: Lang): TextMatch[] {
  const f = scanField(c, "body", text(fragment), lang === "en" ? "en" : "de");
  const out: TextMatch[] = [];
  for (const m of resolve([f]).mentions)
    out.push({ key: m.key as TextMatch["key"], start: m.start, end: m.end });
  return out;
}

/** Any value as a string: the tagger must not throw on malformed input. */
function text(value: unknown): string {
  return typeof value === "string" ? value : value === undefined || value === null ? "" : String(value);
}
