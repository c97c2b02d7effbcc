/** Turns schema issues into located diagnostics in our message style: where, what happened, what to do. */
import type { z } from "zod";
import { closest } from "./suggest.ts";
import type { Diagnostic } from "./types.ts";

/** Maps a key path to a 1-based line and column (see load/types.ts). */
type Locator = (path: readonly (string | number)[]) => { line: number; column: number };

/** Per-field advice shown as the hint when a field is missing or has the wrong form. */
export type FieldHints = Readonly<Record<string, string>>;

/** Converts zod issues on `data` into diagnostics located with `locate`. */
export function issuesToDiagnostics(
  issues: readonly z.core.$ZodIssue[],
  file: string,
  locate: Locator,
  data: unknown,
  hints: FieldHints,
  knownKeys: (path: readonly PropertyKey[]) => readonly string[],
  rulePrefix: string,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const issue of issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
    const field = path.join(".");
    const top = String(path[0] ?? "");
    const hint = hints[field] ?? hints[top];
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        const suggestion = closest(key, knownKeys(path));
        out.push({
          file,
          ...locate([...path, key]),
          severity: "error",
          ruleId: `${rulePrefix}/unknown-field`,
          message: `Unknown field "${show(key)}"${path.length ? ` in "${field}"` : ""}.`,
          hint: suggestion
            ? `Did you mean "${suggestion}"?`
            : `Remove it; the fields allowed here are: ${knownKeys(path).join(", ")}.`,
        });
      }
      continue;
    }
    const value = valueAt(data, path);
    const missing = value === undefined;
    const message = missing
      ? `Missing required field "${field}".`
      : issue.code === "invalid_type"
        ? `"${field}" must be ${describe(issue.expected)}, not ${kindOf(value)}.`
        : issue.code === "invalid_value"
          ? `"${field}" must be one of ${issue.values.map((v) => String(v)).join(", ")}, not ${kindOf(value)}.`
          : issue.code === "invalid_union"
            ? `"${field}" has the wrong form (${kindOf(value)}).`
            : `"${field}" ${issue.message.replace(/^Invalid input: /, "").replace(/^Too (small|big): expected [a-z]+ to have /, "must have ")}`;
    out.push({
      file,
      ...locate(path),
      severity: "error",
      ruleId: missing ? `${rulePrefix}/missing-field` : `${rulePrefix}/invalid-field`,
      message: message.endsWith(".") ? message : `${message}.`,
      ...(hint ? { hint } : {}),
    });
  }
  return out;
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let node = data;
  for (const key of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

function describe(expected: string): string {
  switch (expected) {
    case "string":
      return "text";
    case "array":
      return "a list";
    case "object":
      return "a map of fields";
    case "boolean":
      return "true or false";
    case "number":
      return "a number";
    default:
      return expected;
  }
}

function kindOf(value: unknown): string {
  if (value === null) return "empty";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a map";
  if (typeof value === "string") return `"${show(value)}"`;
  return `${typeof value} ${JSON.stringify(value)}`;
}

/** Shows a user-supplied key safely in a message (clipped, control characters replaced). */
export function show(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: replacing control characters is the point
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, "\uFFFD");
  return clean.length > 60 ? `${clean.slice(0, 57)}...` : clean;
}
