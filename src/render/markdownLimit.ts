/** The error for an article body over one of the Markdown limits (src/limits), located where it went over. */
import type { Diagnostic } from "../diagnostics/index.ts";
import { formatCount } from "../limits/index.ts";
import type { MarkdownLimit } from "./markdown.ts";

const TEXT: Readonly<Record<MarkdownLimit["what"], { ruleId: string; message: string; hint: string }>> = {
  headings: {
    ruleId: "limits/headings",
    message: "The article has more than {n} headings; this is the first one over the limit.",
    hint: "Split it into several articles, or write the minor headings as bold text.",
  },
  links: {
    ruleId: "limits/links",
    message:
      "The article has more than {n} links (written links and bare web addresses); this block goes over.",
    hint: "Split it into several articles, or link one page that lists the sources.",
  },
  images: {
    ruleId: "limits/images",
    message: "The article has more than {n} images; this block goes over.",
    hint: "Split it into a series of articles, or link a gallery.",
  },
  "table cells": {
    ruleId: "limits/table-cells",
    message: "The article's tables have more than {n} cells; this row goes over.",
    hint: "Publish large tables as a file under /images/ or elsewhere and link it; keep a short summary table.",
  },
  nesting: {
    ruleId: "limits/nesting",
    message: "Lists and quotes are nested more than {n} deep here.",
    hint: "Flatten the structure: a list inside a quote inside a list reads poorly long before this depth.",
  },
};

/** A located `limits/…` error for `article`. */
export function markdownLimitError(
  article: { readonly file: string; readonly bodyLine: number },
  limit: MarkdownLimit,
): Diagnostic {
  const text = TEXT[limit.what];
  return {
    file: article.file,
    line: article.bodyLine + limit.line,
    column: 1,
    severity: "error",
    ruleId: text.ruleId,
    message: text.message.split("{n}").join(formatCount(limit.limit)),
    hint: text.hint,
  };
}
