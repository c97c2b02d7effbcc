/**
 * Safe YAML parsing: the core schema (no timestamps, no custom tags), no anchors or aliases, no merge keys,
 * limited nesting, and null-prototype objects, so a key named "__proto__" is just a key.
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from "yaml";
import type { Diagnostic } from "../diagnostics/index.ts";
import type { Locator, Position, YamlValue } from "./types.ts";

/** Deeper nesting than this is refused: no content format here needs more than four levels. */
const MAX_DEPTH = 16;

export interface YamlParse {
  readonly data: YamlValue | undefined;
  readonly locate: Locator;
  readonly diagnostics: Diagnostic[];
}

/**
 * Parses YAML `text` that starts at `firstLine` of `file` (1-based; the text's own line 1 maps to it).
 * Returns plain data plus a locator that maps a key path to the line and column of its value.
 */
export function parseYaml(text: string, file: string, firstLine = 1): YamlParse {
  const diagnostics: Diagnostic[] = [];
  const lines = new LineCounter();
  const toFile = (offset: number): Position => {
    const p = lines.linePos(offset);
    return { line: p.line + firstLine - 1, column: p.col };
  };
  const doc = parseDocument(text, {
    schema: "core",
    version: "1.2",
    merge: false,
    uniqueKeys: true,
    strict: true,
    prettyErrors: false,
    lineCounter: lines,
  });
  for (const problem of [...doc.errors, ...doc.warnings]) {
    const at = toFile(problem.pos[0]);
    diagnostics.push({
      file,
      ...at,
      severity: "error",
      ruleId: problem.code === "DUPLICATE_KEY" ? "yaml/duplicate-key" : "yaml/syntax",
      message: yamlMessage(problem.code, problem.message),
      hint:
        problem.code === "DUPLICATE_KEY"
          ? "Each key may appear once; delete or merge the repeated one."
          : "Check indentation and quoting on this line; put text containing ': ' or '#' in double quotes.",
    });
  }
  const root = doc.contents as YamlNode | null;
  const locate: Locator = (path) => {
    let node: unknown = root;
    let last: Position = { line: firstLine, column: 1 };
    if (isNodeWithRange(node)) last = toFile(node.range[0]);
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
        if (!pair) break;
        if (isNodeWithRange(pair.key)) last = toFile(pair.key.range[0]);
        node = pair.value;
        if (isNodeWithRange(node) && !isMap(node)) last = toFile(node.range[0]);
      } else if (isSeq(node) && typeof key === "number") {
        node = node.items[key];
        if (isNodeWithRange(node)) last = toFile(node.range[0]);
      } else break;
    }
    return last;
  };
  if (diagnostics.length > 0) return { data: undefined, locate, diagnostics };
  const data = root === null ? null : convert(root, 0, file, toFile, diagnostics);
  return { data: diagnostics.length > 0 ? undefined : data, locate, diagnostics };
}

function isNodeWithRange(node: unknown): node is { range: [number, number, number] } {
  return typeof node === "object" && node !== null && Array.isArray((node as { range?: unknown }).range);
}

/** Turns a YAML node into plain data, refusing aliases, tags and excessive depth. */
function convert(
  node: unknown,
  depth: number,
  file: string,
  toFile: (offset: number) => Position,
  out: Diagnostic[],
): YamlValue {
  const at = isNodeWithRange(node) ? toFile(node.range[0]) : { line: 0, column: 0 };
  if (depth > MAX_DEPTH) {
    out.push({
      file,
      ...at,
      severity: "error",
      ruleId: "yaml/too-deep",
      message: `YAML is nested more than ${MAX_DEPTH} levels deep.`,
      hint: "Front matter and registry entries need only a few levels; flatten this value.",
    });
    return null;
  }
  if (isAlias(node)) {
    out.push({
      file,
      ...at,
      severity: "error",
      ruleId: "yaml/alias",
      message: `YAML aliases (*${node.source}) are not supported.`,
      hint: "Write the value out in full instead of referring to an anchor.",
    });
    return null;
  }
  const tag = (node as { tag?: string }).tag;
  if (tag !== undefined && !tag.startsWith("tag:yaml.org,2002:")) {
    out.push({
      file,
      ...at,
      severity: "error",
      ruleId: "yaml/tag",
      message: `YAML tag "${tag}" is not allowed.`,
      hint: "Remove the tag; write plain strings, numbers, lists and maps.",
    });
    return null;
  }
  if ((node as { anchor?: string }).anchor) {
    out.push({
      file,
      ...at,
      severity: "error",
      ruleId: "yaml/alias",
      message: `YAML anchors (&${(node as { anchor?: string }).anchor}) are not supported.`,
      hint: "Remove the anchor and write each value out in full.",
    });
  }
  if (isMap(node)) {
    const obj = Object.create(null) as { [key: string]: YamlValue };
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? pair.key.value : undefined;
      if (typeof key !== "string" && typeof key !== "number" && typeof key !== "boolean") {
        out.push({
          file,
          ...(isNodeWithRange(pair.key) ? toFile(pair.key.range[0]) : at),
          severity: "error",
          ruleId: "yaml/complex-key",
          message: "A map key must be plain text.",
          hint: "Use a simple word as the key, e.g. `title:`.",
        });
        continue;
      }
      obj[String(key)] = convert(pair.value, depth + 1, file, toFile, out);
    }
    return obj;
  }
  if (isSeq(node)) return node.items.map((item) => convert(item, depth + 1, file, toFile, out));
  if (isScalar(node)) {
    const v = node.value;
    if (v === null || typeof v === "string" || typeof v === "boolean") return v;
    if (typeof v === "number") return Number.isFinite(v) ? v : String(node.source ?? v);
    return String(v);
  }
  return null;
}

/** Rewrites the YAML library's messages into our style (they are already specific; drop the code prefix). */
function yamlMessage(code: string, message: string): string {
  const first = message.split("\n")[0] ?? message;
  const text = first.replace(/ at line \d+, column \d+:?$/, "").trim();
  if (code === "DUPLICATE_KEY") return "A key appears twice in this map.";
  return `YAML cannot be read: ${text.charAt(0).toLowerCase()}${text.slice(1)}${text.endsWith(".") ? "" : "."}`;
}
