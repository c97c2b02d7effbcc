/**
 * urls.yaml as text: parsed strictly (it is committed, merged and sometimes edited by hand, and a broken one must
 * stop the build rather than be overwritten) and written deterministically (sorted keys, so diffs stay small).
 */
import { stringify } from "yaml";
import type { Diagnostic } from "../diagnostics/index.ts";
import { type Locator, parseYaml, type YamlValue } from "../load/index.ts";
import { LANGS, type Lang } from "../registry/index.ts";
import { assertSafeUrl } from "../render/index.ts";
import { isSlug } from "../text/index.ts";
import type { Ledger, LedgerEntry } from "./types.ts";

/** The ledger's file name, in the site's root folder (beside content/). */
export const LEDGER_FILE = "urls.yaml";

const HEADER = `# URL ledger: every URL each article of this site was published at, so that none of them ever breaks.
# \`summitdesk build\` keeps it up to date; commit it with the content. Old URLs redirect to the article's
# current URL; the URLs of an article that is gone show a "removed" page. Keys are the article's \`id:\`, or its
# file below content/articles/. To tell the build that a file was renamed, rename its key here before building.
# See README.md, "URLs that never break".
`;

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

/** Parses urls.yaml; any problem is an error (a build must not overwrite a ledger it cannot read). */
export function parseLedger(
  text: string,
  path = LEDGER_FILE,
): { value?: Ledger; diagnostics: Diagnostic[]; locate: Locator } {
  const parsed = parseYaml(text, path, 1);
  const { locate } = parsed;
  if (parsed.diagnostics.length > 0) return { diagnostics: parsed.diagnostics.map(mergeHint), locate };
  const diagnostics: Diagnostic[] = [];
  const error = (at: (string | number)[], message: string, hint: string) =>
    diagnostics.push({
      file: path,
      ...parsed.locate(at),
      severity: "error",
      ruleId: "urls/invalid",
      message,
      hint,
    });
  const data = parsed.data;
  if (!isMap(data)) {
    error([], "urls.yaml must be a map with `version: 1` and `articles:`.", REBUILD);
    return { diagnostics, locate };
  }
  for (const key of Object.keys(data)) {
    if (key !== "version" && key !== "articles")
      error([key], `Unknown field "${key}" in urls.yaml.`, REBUILD);
  }
  if (data.version !== 1) {
    error(
      ["version"],
      `urls.yaml has version ${JSON.stringify(data.version ?? null)}; this summitdesk reads version 1.`,
      REBUILD,
    );
    return { diagnostics, locate };
  }
  const articles = data.articles ?? {};
  if (!isMap(articles)) {
    error(["articles"], "`articles:` must be a map from article to its URLs.", REBUILD);
    return { diagnostics, locate };
  }
  const entries = new Map<string, LedgerEntry>();
  const owner = new Map<string, string>();
  for (const [key, raw] of Object.entries(articles)) {
    const entry = readEntry(key, raw, error);
    if (!entry) continue;
    entry.urls.forEach((url, i) => {
      const first = owner.get(url);
      if (first !== undefined) {
        error(
          ["articles", key, "urls", i],
          `${url} is listed for "${key}" and for "${first}"; a URL belongs to one article.`,
          "Keep it under the article that has it now (its last URL), or under the one it last belonged to.",
        );
      } else owner.set(url, key);
    });
    entries.set(key, entry);
  }
  return diagnostics.length > 0
    ? { diagnostics, locate }
    : { value: { articles: entries }, diagnostics, locate };
}

const REBUILD =
  "Restore urls.yaml from version control (git checkout urls.yaml), or fix it as its header describes; never delete it, or the URLs it holds stop redirecting.";

/** One entry, checked field by field; undefined after reporting what is wrong. */
function readEntry(
  key: string,
  raw: YamlValue,
  error: (at: (string | number)[], message: string, hint: string) => void,
): LedgerEntry | undefined {
  const at = (...path: (string | number)[]) => ["articles", key, ...path];
  let problems = 0;
  const fail = (path: (string | number)[], message: string, hint = REBUILD) => {
    problems++;
    error(path, message, hint);
  };
  if (!isLedgerKey(key)) {
    fail(at(), `"${key}" is neither an article id nor a file path ending in .md.`);
  }
  if (!isMap(raw)) {
    fail(at(), `The entry "${key}" must be a map with \`lang:\` and \`urls:\`.`);
    return undefined;
  }
  for (const field of Object.keys(raw)) {
    if (!ENTRY_FIELDS.includes(field)) fail(at(field), `Unknown field "${field}" in the entry "${key}".`);
  }
  const lang = raw.lang;
  if (typeof lang !== "string" || !LANGS.includes(lang as Lang)) {
    fail(at("lang"), `The entry "${key}" needs \`lang:\` ${LANGS.join(" or ")}.`);
  }
  const urls = raw.urls;
  if (!Array.isArray(urls) || urls.length === 0) {
    fail(at("urls"), `The entry "${key}" needs \`urls:\`, a list of at least one URL.`);
  } else {
    urls.forEach((url, i) => {
      if (typeof url !== "string" || !isLedgerUrl(url)) {
        fail(
          at("urls", i),
          `${JSON.stringify(url)} is not a page URL of this site.`,
          'URLs here are root-relative pages such as "/de/2025/tokajew-trifft-xi/": a-z, 0-9 and hyphens between slashes.',
        );
      }
    });
  }
  const optionalText = (field: "file" | "date" | "translation") => {
    const value = raw[field];
    if (value === undefined) return undefined;
    if (typeof value !== "string") fail(at(field), `\`${field}:\` in the entry "${key}" must be text.`);
    return typeof value === "string" ? value : undefined;
  };
  const file = optionalText("file");
  const date = optionalText("date");
  const translation = optionalText("translation");
  if (file !== undefined && !(file.endsWith(".md") && isLedgerKey(file))) {
    fail(
      at("file"),
      `\`file:\` in the entry "${key}" must be a path below the articles folder ending in .md.`,
    );
  }
  if (raw.removed !== undefined && raw.removed !== true) {
    fail(at("removed"), `\`removed:\` in the entry "${key}" can only be true (or left out).`);
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

/** YAML errors in urls.yaml keep their rule ids; the hint adds what to do about a ledger in particular. */
function mergeHint(d: Diagnostic): Diagnostic {
  const conflict =
    "A merge conflict? Keep the entries of both sides (each key once), then run `summitdesk build`.";
  return { ...d, hint: d.hint ? `${d.hint} ${conflict}` : conflict };
}

function isMap(value: YamlValue | undefined): value is { [key: string]: YamlValue } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The ledger as urls.yaml text: header, `version: 1`, entries sorted by key with fields in a fixed order. */
export function serializeLedger(ledger: Ledger): string {
  const articles: Record<string, Record<string, unknown>> = {};
  for (const key of [...ledger.articles.keys()].sort(byCodePoint)) {
    const e = ledger.articles.get(key) as LedgerEntry;
    articles[key] = {
      ...(e.file !== undefined ? { file: e.file } : {}),
      lang: e.lang,
      ...(e.date !== undefined ? { date: e.date } : {}),
      ...(e.translation !== undefined ? { translation: e.translation } : {}),
      ...(e.removed ? { removed: true } : {}),
      urls: [...e.urls],
    };
  }
  return HEADER + stringify({ version: 1, articles }, { lineWidth: 0, indent: 2 });
}

/** Code-point order, the same on every machine and locale. */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
