/**
 * Safe YAML parsing: the core schema (no timestamps, no custom tags), no anchors or aliases, no merge keys,
 * limited nesting, and null-prototype objects, so a key named "__proto__" is just a key.
 */
import {
  Composer,
  type CST,
  type Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  Parser,
  YAMLParseError,
  type Node as YamlNode,
} from "yaml";
import type { Diagnostic } from "../diagnostics/index.ts";
import { positionAt } from "../text/index.ts";
import type { Locator, Position, YamlValue } from "./types.ts";

/** Deeper nesting than this is refused: no content format here needs more than four levels. */
const MAX_DEPTH = 16;

/**
 * The only explicit tags accepted: the JSON-like core types. Everything else is refused, including the YAML 1.1
 * types the library still resolves when asked by name (`!!timestamp` becomes a Date in the machine's zone,
 * `!!binary` decodes base64, `!!set`/`!!omap` build other shapes, `!!merge` yields a symbol).
 */
const CORE_TAGS = new Set(
  ["str", "int", "float", "bool", "null", "map", "seq"].map((t) => `tag:yaml.org,2002:${t}`),
);

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
  // The YAML library composes recursively: a few thousand `[` exhaust the stack, and V8 may then abort the
  // whole process while compiling a regular expression. Measure the nesting on the (iterative) CST first; the
  // same CST is then composed, so the text is parsed once (registry files are large: this halves their cost).
  const cst = [...new Parser(lines.addNewLine).parse(text)];
  const tooDeep = deepestCollection(cst);
  if (tooDeep !== undefined) {
    return {
      data: undefined,
      locate: () => ({ line: firstLine, column: 1 }),
      diagnostics: [
        {
          file,
          ...positionAt(text, tooDeep, firstLine),
          severity: "error",
          ruleId: "yaml/too-deep",
          message: `YAML is nested more than ${MAX_DEPTH} levels deep.`,
          hint: DEPTH_HINT,
        },
      ],
    };
  }
  const doc = composeDocument(cst, text.length, {
    schema: "core",
    version: "1.2",
    merge: false,
    // The library compares each new key with every earlier one (quadratic: minutes for a registry of 50,000
    // entries); convert() finds repeated keys with a hash lookup instead.
    uniqueKeys: false,
    strict: true,
    prettyErrors: false,
    lineCounter: lines,
  });
  for (const problem of [...doc.errors, ...doc.warnings]) {
    diagnostics.push({
      file,
      ...toFile(problem.pos[0]),
      severity: "error",
      ...yamlProblem(problem.code, problem.message),
    });
  }
  const root = doc.contents as YamlNode | null;
  // Each map's pairs by key, built on first use: the registry locates every one of its entries.
  type Pair = { key: unknown; value: unknown };
  const pairsOf = new WeakMap<object, Map<string, Pair>>();
  const pairIn = (map: { items: Pair[] }, key: string): Pair | undefined => {
    let index = pairsOf.get(map);
    if (!index) {
      index = new Map();
      for (const p of map.items) {
        const k = isScalar(p.key) ? String(p.key.value) : undefined;
        if (k !== undefined && !index.has(k)) index.set(k, p);
      }
      pairsOf.set(map, index);
    }
    return index.get(key);
  };
  const locate: Locator = (path) => {
    let node: unknown = root;
    let last: Position = { line: firstLine, column: 1 };
    if (isNodeWithRange(node)) last = toFile(node.range[0]);
    for (const key of path) {
      if (isMap(node)) {
        const pair = pairIn(node, String(key));
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
  if (diagnostics.length > 0) return { data: undefined, locate, diagnostics: capped(diagnostics) };
  const data = root === null ? null : convert(root, 0, { file, text, toFile, out: diagnostics });
  return { data: diagnostics.length > 0 ? undefined : data, locate, diagnostics: capped(diagnostics) };
}

/** More problems than this in one file are summed up in one last diagnostic (an alias bomb has thousands). */
const MAX_PROBLEMS = 20;

function capped(diagnostics: Diagnostic[]): Diagnostic[] {
  if (diagnostics.length <= MAX_PROBLEMS) return diagnostics;
  const first = diagnostics.slice(0, MAX_PROBLEMS);
  const next = diagnostics[MAX_PROBLEMS] as Diagnostic;
  first.push({
    ...next,
    ruleId: "yaml/too-many-problems",
    message: `${diagnostics.length - MAX_PROBLEMS} more YAML problems in this file are not listed.`,
    hint: "Fix the problems above first; the rest are often the same mistake repeated.",
  });
  return first;
}

/** Nesting the CST pre-check allows; convert() reports anything deeper than MAX_DEPTH precisely afterwards. */
const MAX_CST_DEPTH = 4 * MAX_DEPTH;

/**
 * parseDocument of the yaml library, from a CST already parsed: the first document, and an error for any
 * further one (as the library reports it).
 */
function composeDocument(
  cst: readonly CST.Token[],
  length: number,
  options: ConstructorParameters<typeof Composer>[0],
): Document.Parsed {
  const composer = new Composer(options);
  let doc: Document.Parsed | undefined;
  for (const next of composer.compose(cst, true, length)) {
    if (!doc) doc = next;
    else {
      doc.errors.push(
        new YAMLParseError(
          next.range.slice(0, 2) as [number, number],
          "MULTIPLE_DOCS",
          "Source contains multiple documents",
        ),
      );
      break;
    }
  }
  return doc as Document.Parsed;
}

/** Offset of the first collection nested deeper than MAX_CST_DEPTH, found without recursion; undefined if none. */
function deepestCollection(cst: readonly CST.Token[]): number | undefined {
  const stack: [CST.Token | null | undefined, number][] = [];
  for (const token of cst) stack.push([token, 0]);
  while (stack.length > 0) {
    const [token, depth] = stack.pop() as [CST.Token | null | undefined, number];
    if (!token) continue;
    if (token.type === "document") stack.push([token.value, depth]);
    else if (token.type === "block-map" || token.type === "block-seq" || token.type === "flow-collection") {
      if (depth > MAX_CST_DEPTH) return token.offset;
      for (const item of token.items) {
        if ("key" in item) stack.push([item.key, depth + 1]);
        stack.push([item.value, depth + 1]);
      }
    }
  }
  return undefined;
}

/** Rule id, message and hint for a problem the YAML library reports, in our style. */
function yamlProblem(code: string, message: string): { ruleId: string; message: string; hint: string } {
  switch (code) {
    case "DUPLICATE_KEY":
      return {
        ruleId: "yaml/duplicate-key",
        message: "A key appears twice in this map.",
        hint: "Each key may appear once; delete or merge the repeated one.",
      };
    case "TAG_RESOLVE_FAILED":
      return {
        ruleId: "yaml/tag",
        message: `YAML tag ${tagIn(message)} is not allowed.`,
        hint: TAG_HINT,
      };
    case "MULTIPLE_DOCS":
      return {
        ruleId: "yaml/syntax",
        message: "A second YAML document starts here; only one is read.",
        hint: "Remove the `...` or `---` line above so that all fields form one block.",
      };
    case "RESOURCE_EXHAUSTION":
      return {
        ruleId: "yaml/too-deep",
        message: `YAML is nested more than ${MAX_DEPTH} levels deep.`,
        hint: DEPTH_HINT,
      };
    default:
      return {
        ruleId: "yaml/syntax",
        message: yamlMessage(message),
        hint: "Check indentation and quoting on this line; put text containing ': ' or '#' in double quotes.",
      };
  }
}

/** The tag a "tag could not be resolved" message names, in the short form an editor wrote (`!!js/function`). */
function tagIn(message: string): string {
  const first = message.split("\n")[0] ?? "";
  const tag = /Unresolved tag: (\S+)|so (\S+) is invalid/.exec(first);
  const name = (tag?.[1] ?? tag?.[2] ?? "").replace(/[.:]$/, "");
  return name === "" ? "here" : name.replace("tag:yaml.org,2002:", "!!");
}

const TAG_HINT = "Remove the tag; write plain strings, numbers, lists and maps.";
const DEPTH_HINT = "Front matter and registry entries need only a few levels; flatten this value.";

function isNodeWithRange(node: unknown): node is { range: [number, number, number] } {
  return typeof node === "object" && node !== null && Array.isArray((node as { range?: unknown }).range);
}

/** What convert() needs besides the node: where diagnostics go and how offsets become file positions. */
interface ConvertContext {
  readonly file: string;
  readonly text: string;
  readonly toFile: (offset: number) => Position;
  readonly out: Diagnostic[];
}

/** Turns a YAML node into plain data, refusing aliases, tags and excessive depth. */
function convert(node: unknown, depth: number, ctx: ConvertContext): YamlValue {
  const { file, text, toFile, out } = ctx;
  // An implicit value (`key:` alone, `? key`, a set entry) has no node at all.
  if (node === null || node === undefined) return null;
  const start = isNodeWithRange(node) ? node.range[0] : -1;
  const at = start >= 0 ? toFile(start) : { line: 0, column: 0 };
  // A node's range starts at its value; point at the tag or anchor written before it on the same line.
  const marker = (sigil: string): Position => {
    let i = start >= 0 ? text.lastIndexOf(sigil, start) : -1;
    while (i > 0 && sigil === "!" && text[i - 1] === "!") i--;
    return i >= 0 && !text.slice(i, start).includes("\n") ? toFile(i) : at;
  };
  if (depth > MAX_DEPTH) {
    out.push({
      file,
      ...at,
      severity: "error",
      ruleId: "yaml/too-deep",
      message: `YAML is nested more than ${MAX_DEPTH} levels deep.`,
      hint: DEPTH_HINT,
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
  if (tag !== undefined && !CORE_TAGS.has(tag)) {
    out.push({
      file,
      ...marker("!"),
      severity: "error",
      ruleId: "yaml/tag",
      message: `YAML tag ${tag.replace("tag:yaml.org,2002:", "!!")} is not allowed.`,
      hint: TAG_HINT,
    });
    return null;
  }
  if ((node as { anchor?: string }).anchor) {
    out.push({
      file,
      ...marker(`&${(node as { anchor?: string }).anchor}`),
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
      if (Object.hasOwn(obj, String(key))) {
        out.push({
          file,
          ...(isNodeWithRange(pair.key) ? toFile(pair.key.range[0]) : at),
          severity: "error",
          ...yamlProblem("DUPLICATE_KEY", ""),
        });
        continue;
      }
      obj[String(key)] = convert(pair.value, depth + 1, ctx);
    }
    return obj;
  }
  if (isSeq(node)) return node.items.map((item) => convert(item, depth + 1, ctx));
  if (isScalar(node)) {
    const v = node.value;
    if (v === null || typeof v === "string" || typeof v === "boolean") return v;
    // A number whose text would change by becoming a number ("1.50", "007", a 20-digit id) stays text,
    // so a title like `title: 1.50` keeps every character the editor wrote.
    if (typeof v === "number") {
      const source = typeof node.source === "string" ? node.source : String(v);
      return Number.isFinite(v) && String(v) === source ? v : source;
    }
    return String(v);
  }
  return null;
}

/** Rewrites the YAML library's messages into our style (they are already specific; drop the code prefix). */
function yamlMessage(message: string): string {
  const first = message.split("\n")[0] ?? message;
  const text = first.replace(/ at line \d+, column \d+:?$/, "").trim();
  return `YAML cannot be read: ${text.charAt(0).toLowerCase()}${text.slice(1)}${text.endsWith(".") ? "" : "."}`;
}
