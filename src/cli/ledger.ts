/**
 * The URL ledger at the edge: reads urls.json from the site's root, reconciles it with the published articles
 * (src/urls), adds the redirect and "removed" pages to the model, and writes urls.json back after a build.
 * urls.json is the only file a build writes outside its output and cache folders; content is never written.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Diagnostic } from "../diagnostics/index.ts";
import { type ContentFiles, type Position, parseArticleFile } from "../load/index.ts";
import { articleId, articleUrl } from "../render/index.ts";
import type { SiteModel } from "../site/types.ts";
import {
  LEDGER_FILE,
  type Ledger,
  type LedgerArticle,
  type LedgerPlan,
  ledgerPages,
  ledgerWarnings,
  parseLedger,
  reconcileLedger,
  serializeLedger,
} from "../urls/index.ts";
import { fromRoot, type Project } from "./project.ts";

/** The ledger read and reconciled for one run. */
export interface UrlRun {
  /** Problems reading urls.json: errors (a build must not overwrite a ledger it cannot read). */
  readonly diagnostics: readonly Diagnostic[];
  /** The model with the ledger's pages added; undefined when there was no model or the ledger is unreadable. */
  readonly model?: SiteModel;
  readonly plan?: LedgerPlan;
  /** Whether urls.json exists. */
  readonly exists: boolean;
  /** The line of an entry in the ledger file. */
  readonly locate: (key: string) => Position;
  /** The file's text as read ("" when missing). */
  readonly text: string;
}

/** Reads urls.json and reconciles it with `model`'s published articles. */
export function planUrls(project: Project, model: SiteModel | undefined): UrlRun {
  const path = join(project.root, LEDGER_FILE);
  let text: string | undefined;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  const parsed = text === undefined ? undefined : parsedLedger(text);
  const base = {
    exists: text !== undefined,
    text: text ?? "",
    locate: parsed?.locate ?? ((): Position => ({ line: 1, column: 1 })),
  };
  if (parsed && !parsed.value) return { ...base, diagnostics: parsed.diagnostics };
  if (!model) return { ...base, diagnostics: [] };
  const plan = reconciled(parsed?.value, ledgerArticles(project, model));
  return {
    ...base,
    diagnostics: [],
    plan,
    model: { ...model, pages: [...model.pages, ...ledgerPages(plan, model.pages)] },
  };
}

const texts = new WeakMap<LedgerPlan, string>();

/**
 * urls.json's new text for `plan`, made once: a build makes it while Pagefind works (the main thread waits
 * then), so that writing it after the site is in place is only the write.
 */
export function ledgerText(plan: LedgerPlan): string {
  let text = texts.get(plan);
  if (text === undefined) {
    text = serializeLedger(plan.ledger);
    texts.set(plan, text);
  }
  return text;
}

/** The last ledger this process parsed, by its text: `build --watch` reads the same urls.json on every save. */
let lastLedger: { text: string; parsed: ReturnType<typeof parseLedger> } | undefined;

/** parseLedger, once per text (the parsed ledger is never changed: reconcileLedger makes a new one). */
function parsedLedger(text: string): ReturnType<typeof parseLedger> {
  if (lastLedger?.text !== text) lastLedger = { text, parsed: parseLedger(text) };
  return lastLedger.parsed;
}

/** The last reconciliation of this process: `build --watch` reconciles the same ledger and articles on most saves. */
let lastPlan: { ledger: Ledger | undefined; articles: string; plan: LedgerPlan } | undefined;

/**
 * reconcileLedger (pure), once per ledger object and list of articles: the same parsed ledger (parsedLedger
 * gives the same object for the same text) and articles with the same fields give the same plan.
 */
function reconciled(ledger: Ledger | undefined, articles: readonly LedgerArticle[]): LedgerPlan {
  const key = JSON.stringify(articles);
  if (lastPlan && lastPlan.ledger === ledger && lastPlan.articles === key) return lastPlan.plan;
  const plan = reconcileLedger(ledger, articles);
  lastPlan = { ledger, articles: key, plan };
  return plan;
}

/** The published articles as the ledger sees them. */
function ledgerArticles(project: Project, model: SiteModel): LedgerArticle[] {
  const prefix = articlesDir(project);
  return model.index.articles.map((a) => ({
    file: a.file.startsWith(prefix) ? a.file.slice(prefix.length) : a.file,
    ...(a.id ? { id: a.id } : {}),
    lang: a.lang,
    date: a.date.iso,
    ...(a.translation ? { translation: a.translation } : {}),
    slug: a.slug,
    url: articleUrl(a),
    modelId: articleId(a),
  }));
}

/** The articles folder relative to the root, with a trailing slash ("content/articles/"). */
function articlesDir(project: Project): string {
  return `${fromRoot(project, join(project.content, "articles"))}/`;
}

/** `check`'s warnings about URLs: moves, URLs the ledger lacks, articles gone. */
export function urlWarnings(project: Project, run: UrlRun, files: ContentFiles): Diagnostic[] {
  if (!run.plan) return [];
  const dir = articlesDir(project);
  const sources = new Map(files.articles.map((f) => [f.path, f]));
  return ledgerWarnings(run.plan, {
    hasLedger: run.exists,
    articlesDir: dir,
    field: (file, field) => {
      const source = sources.get(`${dir}${file}`);
      const parsed = source ? parseArticleFile(source).value : undefined;
      return parsed && Object.hasOwn(parsed.data, field) ? parsed.locate([field]) : undefined;
    },
    entry: (key) => run.locate(key),
  });
}

/**
 * Writes the reconciled ledger when it differs from the file (atomically: a temp file renamed over it).
 * Returns a line for the build's report, or undefined when nothing changed.
 */
export function saveLedger(project: Project, run: UrlRun): string | undefined {
  if (!run.plan) return undefined;
  const text = ledgerText(run.plan);
  if (text === run.text) return undefined;
  const path = join(project.root, LEDGER_FILE);
  const temp = `${path}.tmp-${process.pid}`;
  try {
    writeFileSync(temp, text);
    renameSync(temp, path);
  } finally {
    rmSync(temp, { force: true });
  }
  const count = (kind: string) => run.plan?.changes.filter((c) => c.kind === kind).length ?? 0;
  const parts = [
    [count("added"), "new URL", "new URLs"],
    [count("moved"), "moved article", "moved articles"],
    [count("removed"), "removed article", "removed articles"],
  ]
    .filter(([n]) => Number(n) > 0)
    .map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
  const what = parts.length > 0 ? parts.join(", ") : "details brought up to date";
  return `Updated ${LEDGER_FILE} (${what}); commit it with the content.`;
}
