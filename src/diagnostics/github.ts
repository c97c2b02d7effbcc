/**
 * Diagnostics as GitHub Actions workflow commands (`::error file=…,line=…,col=…,title=…::message`), which GitHub
 * shows as annotations on the pull request's changed lines. Content is untrusted: every value is escaped the
 * way the Actions runner unescapes it, so a message can never end the command early or start another one.
 */
import type { Diagnostic, Severity } from "./types.ts";

const COMMAND: Readonly<Record<Severity, string>> = { error: "error", warning: "warning", info: "notice" };

/** Escapes the message part: `%`, CR and LF (the runner turns %25, %0D, %0A back into them). */
export function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Escapes a property value: as data, plus `:` and `,`, which would end the value or the property list. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/** One workflow command; `path` is the file relative to the repository root, as GitHub names it. */
export function formatGithubDiagnostic(d: Diagnostic, path: string): string {
  const properties = [`file=${escapeProperty(path)}`];
  // Line 0 means "the whole file": GitHub then annotates the file without a line.
  if (d.line > 0) {
    properties.push(`line=${d.line}`);
    if (d.column > 0) properties.push(`col=${d.column}`);
  }
  properties.push(`title=${escapeProperty(d.ruleId)}`);
  const message = d.hint ? `${d.message}\nhint: ${d.hint}` : d.message;
  return `::${COMMAND[d.severity]} ${properties.join(",")}::${escapeData(message)}`;
}

/** Every diagnostic, one command per line. */
export function formatGithub(diagnostics: readonly Diagnostic[], pathOf: (file: string) => string): string {
  return diagnostics.map((d) => `${formatGithubDiagnostic(d, pathOf(d.file))}\n`).join("");
}
