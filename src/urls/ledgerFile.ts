/**
 * urls.json as text. JSON rather than YAML because the ledger grows with the archive and is read and written on
 * every build: for 10,000 articles (1.5 MB) the yaml package takes ~4 s here to read and write it, JSON ~0.15 s.
 * One entry per line, keys sorted, so a change is a one-line diff. Parsed strictly: it is committed, merged and
 * sometimes edited by hand, and a build must stop at a ledger it cannot trust rather than overwrite it.
 */
import type { Diagnostic } from "../diagnostics/index.ts";
import type { Position } from "../load/index.ts";
import { LANGS, type Lang } from "../registry/index.ts";
import { assertSafeUrl } from "../render/index.ts";
import { isSlug, positionAt } from "../text/index.ts";
import type { Ledger, LedgerEntry } from "./types.ts";

/** The ledger's file name, in the site's root folder (beside content/). */
export const LEDGER_FILE = "urls.json";

const ABOUT =
  "URL ledger: every URL each article of this site was published at, so that none of them ever breaks. " +
  "`summitdesk build` keeps it up to date: commit it with the content. Old URLs redirect to the article's current " +
  'URL; the URLs of an article that is gone show a "removed" page. Keys are the article\'s `id:`, or its file ' +
  "below content/articles/; to tell the build that a file was renamed, rename its key here before building. " +
  'See README.md, "URLs that never break".';

const TOP_FIELDS = ["about", "version", "articles"];
const ENTRY_FIELDS = ["file", "lang", "date", "translation", "removed", "urls"];

/** True for a ledger key: an article id (a slug) or a file path below the articles folder ending in ".md". */
export function isLedgerKey(key: string): boolean {
  if (isSlug(key)) return true;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  return key.endsWith(".md") && !key.startsWith("/") && !/[\u0000-\u001f\\]/.test(key);
}

/** A URL a ledger may hold: a safe root-relative page URL (it becomes a file in the output folder). */
export function isLedgerUrl(url: string): boolean {
  if (url === "/" || !url.endsWith("/")) return false;
  try {
    assertSafeUrl(url);
    return true;
  } catch {
    return false;
  }
}

const REBUILD =
  "Restore urls.json from version control (git checkout urls.json), or fix it as its `about` says; never delete it, or the URLs it holds stop working.";
const CONFLICT =
  "A merge conflict: keep the lines of both sides (each key once, commas between entries, none after the last), then run `summitdesk build`.";

/** Parses urls.json; any problem is an error, located at its line. */
export function parseLedger(
  text: string,
  path = LEDGER_FILE,
): { value?: Ledger; diagnostics: Diagnostic[]; locate: (key: string) => Position } {
  const diagnostics: Diagnostic[] = [];
  const lines = text.split("\n");
  const keyLines = entryLines(lines);
  const locate = (key: string): Position => {
    const line = keyLines.get(key)?.[0];
    return line === undefined ? { line: 1, column: 1 } : { line, column: 5 };
  };
  const error = (at: Position, message: string, hint = REBUILD) =>
    diagnostics.push({ file: path, ...at, severity: "error", ruleId: "urls/invalid", message, hint });
  const marker = lines.findIndex((l) => /^(<{7}|={7}|>{7})( |$)/.test(l));
  if (marker >= 0) {
    error({ line: marker + 1, column: 1 }, "urls.json holds an unresolved merge conflict.", CONFLICT);
    return { diagnostics, locate };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const offset = Number(/at position (\d+)/.exec(String((e as Error).message))?.[1] ?? 0);
    error(
      positionAt(text, Math.min(offset, text.length)),
      `urls.json is not valid JSON: ${(e as Error).message}.`,
    );
    return { diagnostics, locate };
  }
  for (const [key, at] of keyLines) {
    if (at.length > 1)
      error({ line: at[1] ?? 1, column: 5 }, `The key "${key}" appears twice in urls.json.`, CONFLICT);
  }
  if (!isObject(data)) {
    error({ line: 1, column: 1 }, 'urls.json must be an object with "version": 1 and "articles".');
    return { diagnostics, locate };
  }
  for (const key of Object.keys(data)) {
    if (!TOP_FIELDS.includes(key)) error({ line: 1, column: 1 }, `Unknown field "${key}" in urls.json.`);
  }
  if (data.version !== 1) {
    error(
      { line: 1, column: 1 },
      `urls.json has version ${JSON.stringify(data.version ?? null)}; this summitdesk reads version 1.`,
    );
    return { diagnostics, locate };
  }
  const articles = data.articles ?? {};
  if (!isObject(articles)) {
    error({ line: 1, column: 1 }, '"articles" must be an object from article to its URLs.');
    return { diagnostics, locate };
  }
  const entries = new Map<string, LedgerEntry>();
  const owner = new Map<string, string>();
  for (const [key, raw] of Object.entries(articles)) {
    const at = locate(key);
    const entry = readEntry(key, raw, (message, hint) => error(at, message, hint));
    if (!entry) continue;
    for (const url of entry.urls) {
      const first = owner.get(url);
      if (first !== undefined) {
        error(
          at,
          `${url} is listed for "${key}" and for "${first}"; a URL belongs to one article.`,
          "Keep it under the article that has it now (its last URL), or under the one it last belonged to.",
        );
      } else owner.set(url, key);
    }
    entries.set(key, entry);
  }
  return diagnostics.length > 0
    ? { diagnostics, locate }
    : { value: { articles: entries }, diagnostics, locate };
}

/** The lines (1-based) where each entry key starts a line, as serializeLedger writes them. */
function entryLines(lines: readonly string[]): Map<string, number[]> {
  const found = new Map<string, number[]>();
  lines.forEach((line, i) => {
    const m = /^ {4}("(?:[^"\\]|\\.)*"):/.exec(line);
    if (!m) return;
    let key: unknown;
    try {
      key = JSON.parse(m[1] ?? "");
    } catch {
      return;
    }
    if (typeof key !== "string") return;
    const list = found.get(key);
    if (list) list.push(i + 1);
    else found.set(key, [i + 1]);
  });
  return found;
}

/** One entry, checked field by field; undefined after reporting what is wrong. */
function readEntry(
  key: string,
  raw: unknown,
  error: (message: string, hint?: string) => void,
): LedgerEntry | undefined {
  let problems = 0;
  const fail = (message: string, hint?: string) => {
    problems++;
    error(message, hint);
  };
  if (!isLedgerKey(key)) fail(`"${key}" is neither an article id nor a file path ending in .md.`);
  if (!isObject(raw)) {
    fail(`The entry "${key}" must be an object with "lang" and "urls".`);
    return undefined;
  }
  for (const field of Object.keys(raw)) {
    if (!ENTRY_FIELDS.includes(field)) fail(`Unknown field "${field}" in the entry "${key}".`);
  }
  const { lang, urls } = raw;
  if (typeof lang !== "string" || !LANGS.includes(lang as Lang)) {
    fail(`The entry "${key}" needs "lang": ${LANGS.map((l) => `"${l}"`).join(" or ")}.`);
  }
  if (!Array.isArray(urls) || urls.length === 0) {
    fail(`The entry "${key}" needs "urls", a list of at least one URL.`);
  } else {
    for (const url of urls) {
      if (typeof url !== "string" || !isLedgerUrl(url)) {
        fail(
          `${JSON.stringify(url)} is not a page URL of this site.`,
          'URLs here are root-relative pages such as "/de/2025/tokajew-trifft-xi/": a-z, 0-9 and hyphens between slashes.',
        );
      }
    }
  }
  const text = (field: "file" | "date" | "translation") => {
    const value = raw[field];
    if (value !== undefined && typeof value !== "string")
      fail(`"${field}" in the entry "${key}" must be text.`);
    return typeof value === "string" ? value : undefined;
  };
  const file = text("file");
  const date = text("date");
  const translation = text("translation");
  if (file !== undefined && !(file.endsWith(".md") && isLedgerKey(file))) {
    fail(`"file" in the entry "${key}" must be a path below the articles folder ending in .md.`);
  }
  if (raw.removed !== undefined && raw.removed !== true) {
    fail(`"removed" in the entry "${key}" can only be true (or left out).`);
  }
  if (problems > 0) return undefined;
  return {
    ...(file !== undefined ? { file } : {}),
    lang: lang as Lang,
    ...(date !== undefined ? { date } : {}),
    ...(translation !== undefined ? { translation } : {}),
    urls: urls as string[],
    ...(raw.removed === true ? { removed: true as const } : {}),
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The ledger as urls.json: `about`, `version`, then one entry per line, sorted by key, fields in a fixed order. */
export function serializeLedger(ledger: Ledger): string {
  const lines: string[] = [];
  for (const key of [...ledger.articles.keys()].sort(byCodePoint)) {
    const e = ledger.articles.get(key) as LedgerEntry;
    const entry = {
      ...(e.file !== undefined ? { file: e.file } : {}),
      lang: e.lang,
      ...(e.date !== undefined ? { date: e.date } : {}),
      ...(e.translation !== undefined ? { translation: e.translation } : {}),
      ...(e.removed ? { removed: true } : {}),
      urls: e.urls,
    };
    lines.push(`    ${JSON.stringify(key)}: ${JSON.stringify(entry)}`);
  }
  const articles = lines.length > 0 ? `{\n${lines.join(",\n")}\n  }` : "{}";
  return `{\n  "about": ${JSON.stringify(ABOUT)},\n  "version": 1,\n  "articles": ${articles}\n}\n`;
}

/** Code-point order, the same on every machine and locale. */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
