/**
 * What `check` says about URLs: an article whose URL would move, URLs the ledger lacks, articles that are gone
 * or took over another article's old URL. Warnings, never errors: the build handles all of these; the editor
 * should know, and commit the ledger the build writes.
 */
import type { Diagnostic } from "../diagnostics/index.ts";
import type { Position } from "../load/index.ts";
import { LEDGER_FILE } from "./ledgerFile.ts";
import type { LedgerChange, LedgerPlan } from "./types.ts";

/** Where things are, for diagnostics (the edge knows the files). */
export interface WarningContext {
  /** Whether urls.json exists at all. */
  readonly hasLedger: boolean;
  /** The articles folder relative to the root, with a trailing slash: "content/articles/". */
  readonly articlesDir: string;
  /** Position of a front-matter field in an article file (below the articles folder), if the field is there. */
  readonly field: (file: string, field: "slug" | "date" | "lang") => Position | undefined;
  /** Position of an entry's key in urls.json. */
  readonly entry: (key: string) => Position;
}

const RECORD = "run `summitdesk build` and commit urls.json with this change";

/** Warnings for the plan's changes; with no ledger yet, one warning that says to create it. */
export function ledgerWarnings(plan: LedgerPlan, ctx: WarningContext): Diagnostic[] {
  if (!ctx.hasLedger) {
    if (plan.changes.length === 0) return [];
    return [
      {
        file: LEDGER_FILE,
        line: 0,
        column: 0,
        severity: "warning",
        ruleId: "urls/no-ledger",
        message: "There is no URL ledger (urls.json) yet, so a URL that changes later would break.",
        hint: "Run `summitdesk build` once and commit urls.json: from then on, old URLs redirect.",
      },
    ];
  }
  return plan.changes.flatMap((change) => warning(change, ctx));
}

const CAUSE: Readonly<Record<Extract<LedgerChange, { kind: "moved" }>["cause"], string>> = {
  slug: "its `slug:` changed",
  date: "its `date:` is in another year",
  lang: "its `lang:` changed",
  file: "its file was renamed",
  rule: "summitdesk now makes its slug differently",
};

function warning(change: LedgerChange, ctx: WarningContext): Diagnostic[] {
  const article = (file: string) => `${ctx.articlesDir}${file}`;
  switch (change.kind) {
    case "moved": {
      const field =
        change.cause === "slug" || change.cause === "date" || change.cause === "lang"
          ? change.cause
          : undefined;
      const at = (field && ctx.field(change.file, field)) || { line: 1, column: 1 };
      return [
        {
          file: article(change.file),
          ...at,
          severity: "warning",
          ruleId: "urls/moved",
          message: `This article moves from ${change.from} to ${change.to} (${CAUSE[change.cause]}).`,
          hint: `The old URL will redirect to the new one: ${RECORD}. If the URL should stay, undo the change.`,
          actual: change.to,
          expected: change.from,
        },
      ];
    }
    case "added":
      return [
        {
          file: article(change.file),
          line: 1,
          column: 1,
          severity: "warning",
          ruleId: "urls/unrecorded",
          message: `The URL ${change.url} is not in urls.json yet.`,
          hint: `To keep the URL working if the article is ever renamed, re-dated or deleted, ${RECORD}.`,
        },
      ];
    case "restored":
      return [
        {
          file: article(change.file),
          line: 1,
          column: 1,
          severity: "warning",
          ruleId: "urls/unrecorded",
          message: `urls.json lists this article as removed, but it is published again at ${change.url}.`,
          hint: `To record it, ${RECORD}.`,
        },
      ];
    case "removed":
      return [
        {
          file: LEDGER_FILE,
          ...ctx.entry(change.key),
          severity: "warning",
          ruleId: "urls/removed",
          message: `${article(change.file)} is gone (deleted, renamed, unpublished or scheduled): ${change.urls.join(", ")} will show a "removed" page.`,
          hint: `If the file was renamed or moved, rename its key "${change.key}" here to the new path below ${ctx.articlesDir} before you build, and its URLs redirect instead. Otherwise ${RECORD}.`,
        },
      ];
    case "reused":
      return [
        {
          file: article(change.file),
          line: 1,
          column: 1,
          severity: "warning",
          ruleId: "urls/reused",
          message: `${change.url} was the URL of ${article(change.previous)}; links to that article will show this one.`,
          hint: "If that is not intended, give this article another slug (file name or `slug:`).",
        },
      ];
  }
}
