/** Diagnostics as data (after vfile-message): every stage returns them, only the CLI edge prints them. */

export type Severity = "error" | "warning" | "info";

/** One problem found in the content, located in a file. */
export interface Diagnostic {
  /** Path relative to the project root, with forward slashes, e.g. "content/articles/2025/x.md". */
  readonly file: string;
  /** 1-based line and column; 0 when the problem concerns the whole file. */
  readonly line: number;
  readonly column: number;
  readonly severity: Severity;
  /** Stable rule id, e.g. "entities/unknown-ref". Listed in README.md. */
  readonly ruleId: string;
  /** What happened, one sentence, no "Error:" prefix. */
  readonly message: string;
  /** What to do about it (optional). */
  readonly hint?: string;
  /** The value found and the value expected, when that helps (optional). */
  readonly actual?: string;
  readonly expected?: string;
}

/** A stage's value together with the diagnostics it produced. */
export interface Result<T> {
  readonly value: T;
  readonly diagnostics: readonly Diagnostic[];
}

/** True when any diagnostic is an error (warnings never fail a build). */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}

/** Sorts diagnostics by file, line, column, then rule id, so output order never depends on I/O order. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}
