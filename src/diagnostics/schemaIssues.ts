/** Turns schema issues into located diagnostics in our message style: where, what happened, what to do. */
import type { z } from "zod";
import { closest } from "./suggest.ts";
import type { Diagnostic } from "./types.ts";

/** Maps a key path to a 1-based line and column (see load/types.ts). */
type Locator = (path: readonly (string | number)[]) => { line: number; column: number };

/** Per-field advice shown as the hint when a field is missing or has the wrong form. */
export type FieldHints = Readonly<Record<string, string>>;

/** Unknown keys listed one by one per map; more are counted in one last diagnostic. */
const MAX_UNKNOWN_KEYS = 20;

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
      // Front matter of 100,000 made-up keys gets 20 messages and a count, not 100,000 messages.
      if (issue.keys.length > MAX_UNKNOWN_KEYS) {
        out.push({
          file,
          ...locate([...path, issue.keys[MAX_UNKNOWN_KEYS] as string]),
          severity: "error",
          ruleId: `${rulePrefix}/unknown-field`,
          message: `${(issue.keys.length - MAX_UNKNOWN_KEYS).toLocaleString("en-US")} more unknown fields${path.length ? ` in "${field}"` : ""} are not listed.`,
          hint: `The fields allowed here are: ${knownKeys(path).join(", ")}.`,
        });
      }
      for (const key of issue.keys.slice(0, MAX_UNKNOWN_KEYS)) {
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
    const limit = sizeLimit(issue, value, field);
    if (limit) {
      out.push({ file, ...locate(path), severity: "error", ...limit });
      continue;
    }
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

/**
 * A text or list over its maximum size is a `limits/…` error that names the limit (src/limits): the value is
 * not wrong in kind, only too big for a page, a feed or a registry to carry.
 */
function sizeLimit(
  issue: z.core.$ZodIssue,
  value: unknown,
  field: string,
): { ruleId: string; message: string; hint: string } | undefined {
  // "One name or a list of names" fails as a union; its branch that went over a size says what is wrong.
  if (issue.code === "invalid_union") {
    const inner = issue.errors.flat().find((i) => i.code === "too_big" && i.path.length === 0);
    return inner ? sizeLimit(inner, value, field) : undefined;
  }
  if (issue.code !== "too_big" || typeof issue.maximum !== "number") return undefined;
  const max = issue.maximum.toLocaleString("en-US");
  if (typeof value === "string") {
    return {
      ruleId: "limits/too-long",
      message: `"${field}" is ${value.length.toLocaleString("en-US")} characters long; the limit is ${max}.`,
      hint: "Shorten it; long texts belong in the article body.",
    };
  }
  if (Array.isArray(value)) {
    return {
      ruleId: "limits/too-many",
      message: `"${field}" has ${value.length.toLocaleString("en-US")} entries; the limit is ${max}.`,
      hint: "Keep the entries that matter most.",
    };
  }
  return undefined;
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
