/** Prints diagnostics compiler-style: `file:line:col  severity  message  rule-id`, a short code frame, and the hint. */
import type { Diagnostic } from "./types.ts";

/** Source texts by file, for code frames. Missing files simply get no frame. */
export type Sources = ReadonlyMap<string, string>;

/** Formats one diagnostic as one or more lines of plain text (no colours: CI logs and editors read it). */
export function formatDiagnostic(d: Diagnostic, sources?: Sources): string {
  const where = d.line > 0 ? `${d.file}:${d.line}:${d.column}` : d.file;
  const lines = [`${where}  ${d.severity}  ${d.message}  ${d.ruleId}`];
  const frame = d.line > 0 ? codeFrame(sources?.get(d.file), d.line, d.column) : "";
  if (frame) lines.push(frame);
  if (d.hint) lines.push(`  hint: ${d.hint}`);
  return lines.join("\n");
}

/** Formats all diagnostics and a closing count line. */
export function formatReport(diagnostics: readonly Diagnostic[], sources?: Sources): string {
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.filter((d) => d.severity === "warning").length;
  const body = diagnostics.map((d) => formatDiagnostic(d, sources)).join("\n\n");
  const summary = `${errors} ${errors === 1 ? "error" : "errors"}, ${warnings} ${warnings === 1 ? "warning" : "warnings"}`;
  return body ? `${body}\n\n${summary}` : summary;
}

/** Two lines of context around the line, with a caret under the column; long lines are clipped. */
export function codeFrame(source: string | undefined, line: number, column: number): string {
  if (source === undefined) return "";
  const all = source.split(/\r\n|\r|\n/);
  const from = Math.max(1, line - 1);
  const to = Math.min(all.length, line + 1);
  if (line > all.length) return "";
  const width = String(to).length;
  const out: string[] = [];
  for (let n = from; n <= to; n++) {
    // Long paragraphs are shown as a window around the column, so the caret stays on screen.
    const from = column > 80 ? column - 60 : 0;
    const full = visible(all[n - 1] ?? "");
    const text = clip((from > 0 ? "..." : "") + full.slice(from));
    out.push(`${n === line ? ">" : " "} ${String(n).padStart(width)} | ${text}`);
    if (n === line && column > 0) {
      const caret = from > 0 ? column - from + 3 : column;
      out.push(`  ${" ".repeat(width)} | ${" ".repeat(caret - 1)}^`);
    }
  }
  return out.join("\n");
}

/** Replaces control characters (NUL, escape…) so a hostile file cannot drive the terminal. */
function visible(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "\uFFFD");
}

function clip(text: string): string {
  return text.length > 160 ? `${text.slice(0, 157)}...` : text;
}
