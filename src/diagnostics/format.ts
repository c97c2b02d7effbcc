/** Prints diagnostics compiler-style: `file:line:col  severity  message  rule-id`, a short code frame, and the hint. */
import type { Diagnostic } from "./types.ts";

/** Source texts by file, for code frames. Missing files simply get no frame. */
export type Sources = ReadonlyMap<string, string>;

/**
 * Code frames made earlier, by diagnostic (the very object): a report takes a diagnostic's frame from here
 * before it looks for its file's text, so a file need not be read again only to show where a warning is.
 */
export interface KnownFrames {
  get(diagnostic: Diagnostic): string | undefined;
}

/**
 * The code frame of each of `diagnostics` that points into `path` (whose text is `text`), in their order, as a
 * report would print it; undefined for the others (a whole-file diagnostic, another file).
 */
export function framesOf(
  diagnostics: readonly Diagnostic[],
  path: string,
  text: string,
): (string | undefined)[] {
  let lines: readonly string[] | undefined;
  return diagnostics.map((d) => {
    if (d.file !== path || d.line <= 0) return undefined;
    lines ??= linesIn(text);
    return frameOf(lines, d.line, d.column);
  });
}

/**
 * Characters that would drive the terminal or change what a line appears to say: control characters, bidi
 * overrides and isolates (U+202E shows "gpj.exe" as "exe.jpg"), zero-width and other invisible formatting
 * characters, line and paragraph separators. Tabs and line breaks of our own messages and hints stay.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u115f\u1160\u3164\uffa0]/gu;

/** `text` with every invisible or control character written as `\u202E` (tab and line feed kept). */
export function escapeInvisible(text: string): string {
  return text.replace(INVISIBLE, (c) =>
    c === "\n" || c === "\t"
      ? c
      : [...c]
          .map((u) => `\\u${(u.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`)
          .join(""),
  );
}

/**
 * JSON text whose strings carry no invisible character raw: each is a `\u202e` escape, which every JSON
 * reader decodes to the same character, while a terminal or log viewer shows the escape.
 */
export function jsonWithoutInvisible(json: string): string {
  return json.replace(INVISIBLE, (c) =>
    c === "\n" || c === "\t" ? c : `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, "0")}`,
  );
}

/** Formats one diagnostic as one or more lines of plain text (no colours: CI logs and editors read it). */
export function formatDiagnostic(d: Diagnostic, sources?: Sources): string {
  return formatOne(d, linesOf(sources));
}

function formatOne(
  d: Diagnostic,
  lines: (file: string) => readonly string[] | undefined,
  frames?: KnownFrames,
): string {
  const where = d.line > 0 ? `${d.file}:${d.line}:${d.column}` : d.file;
  const out = [escapeInvisible(`${where}  ${d.severity}  ${d.message}  ${d.ruleId}`)];
  const known = d.line > 0 ? frames?.get(d) : undefined;
  // A frame made earlier came through the build cache: escaped again (a no-op on one made here), so a cache
  // entry can never put a raw control character on the terminal.
  const frame =
    known !== undefined ? escapeInvisible(known) : d.line > 0 ? frameOf(lines(d.file), d.line, d.column) : "";
  if (frame) out.push(frame);
  if (d.hint) out.push(`  hint: ${escapeInvisible(d.hint)}`);
  return out.join("\n");
}

/**
 * Formats all diagnostics and a closing count line; a frame in `frames` is used as it is. Every error is shown;
 * of the warnings of one rule, the first `warningsPerRule` (a large archive can raise thousands of one kind, and
 * the errors and other kinds must not drown in them), the rest counted in one line per rule.
 */
export function formatReport(
  diagnostics: readonly Diagnostic[],
  sources?: Sources,
  frames?: KnownFrames,
  warningsPerRule = Number.POSITIVE_INFINITY,
): string {
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.filter((d) => d.severity === "warning").length;
  const { shown, hidden } = capWarnings(diagnostics, warningsPerRule);
  // Each source is split into lines once per report, not once per diagnostic (a big file may have many).
  const lines = linesOf(sources);
  const body = [
    ...shown.map((d) => formatOne(d, lines, frames)),
    ...[...hidden].map(
      ([rule, count]) =>
        `… and ${count} more ${rule} ${count === 1 ? "warning" : "warnings"} (${warningsPerRule} of a kind are shown; \`summitdesk check\` lists them all)`,
    ),
  ].join("\n\n");
  const summary = `${errors} ${errors === 1 ? "error" : "errors"}, ${warnings} ${warnings === 1 ? "warning" : "warnings"}`;
  return body ? `${body}\n\n${summary}` : summary;
}

/** The diagnostics a capped report shows (their order kept), and how many warnings of each rule it leaves out. */
export function capWarnings(
  diagnostics: readonly Diagnostic[],
  warningsPerRule: number,
): { shown: Diagnostic[]; hidden: Map<string, number> } {
  const seen = new Map<string, number>();
  const hidden = new Map<string, number>();
  const shown = diagnostics.filter((d) => {
    if (d.severity !== "warning") return true;
    const count = (seen.get(d.ruleId) ?? 0) + 1;
    seen.set(d.ruleId, count);
    if (count <= warningsPerRule) return true;
    hidden.set(d.ruleId, (hidden.get(d.ruleId) ?? 0) + 1);
    return false;
  });
  return { shown, hidden };
}

/** The lines of each source, split on first use. */
function linesOf(sources: Sources | undefined): (file: string) => readonly string[] | undefined {
  const split = new Map<string, readonly string[]>();
  return (file) => {
    const source = sources?.get(file);
    if (source === undefined) return undefined;
    let lines = split.get(file);
    if (!lines) {
      lines = linesIn(source);
      split.set(file, lines);
    }
    return lines;
  };
}

/** Two lines of context around the line, with a caret under the column; long lines are clipped. */
export function codeFrame(source: string | undefined, line: number, column: number): string {
  return source === undefined ? "" : frameOf(linesIn(source), line, column);
}

/** A text's lines, whatever its line breaks. */
function linesIn(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

function frameOf(all: readonly string[] | undefined, line: number, column: number): string {
  if (all === undefined || line > all.length) return "";
  const from = Math.max(1, line - 1);
  const to = Math.min(all.length, line + 1);
  const width = String(to).length;
  const out: string[] = [];
  for (let n = from; n <= to; n++) {
    // Long paragraphs are shown as a window around the column, so the caret stays on screen.
    const start = column > 80 ? column - 60 : 0;
    const text = all[n - 1] ?? "";
    const shown = clip((start > 0 ? "..." : "") + escapeInvisible(text.slice(start, start + 400)));
    out.push(`${n === line ? ">" : " "} ${String(n).padStart(width)} | ${shown}`);
    if (n === line && column > 0) {
      // The caret stands under the character, after whatever escapes the text before it became.
      const before = (start > 0 ? 3 : 0) + escapeInvisible(text.slice(start, column - 1)).length;
      out.push(`  ${" ".repeat(width)} | ${" ".repeat(before)}^`);
    }
  }
  return out.join("\n");
}

function clip(text: string): string {
  return text.length > 160 ? `${text.slice(0, 157)}...` : text;
}
