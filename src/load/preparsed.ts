/**
 * The bundled world registry, parsed ahead of time (I/O edge). `npm run dist` — and so `npm ci` and `npm pack` —
 * parses its YAML files once (scripts/dist.js, with this very parser) and keeps their data in
 * dist/world-registry.json, by a digest of each file's text. Parsing them took ~0.9 s of every cold build, every
 * `check` and every dev server's start; reading the table takes ~20 ms.
 *
 * The table is only a shortcut, never a source of truth: a file whose text differs from what was parsed (an
 * edited registry, a newer package), a table made by another parser (src/load/yaml.ts changed in a checkout, or
 * another version of the yaml library) or a missing or unreadable table all mean the file is parsed as before.
 * Only files that parsed without a problem are in it, so the diagnostics of any file are the parser's own.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { packagePath } from "../package/index.ts";
import { decodeSource } from "./readContent.ts";
import type { Locator, YamlValue } from "./types.ts";
import { parseYaml } from "./yaml.ts";

/** Where the table is, inside the package. */
export const PREPARSED_TABLE = "dist/world-registry.json";
const FORMAT = 1;
/** The parser, as a checkout has it: its digest must match the table's (an installed package has no src/). */
const PARSER_SOURCE = "src/load/yaml.ts";

/** What scripts/dist.js writes. */
export interface PreparsedTable {
  readonly format: number;
  /** SHA-256 (hex) of src/load/yaml.ts when the table was made. */
  readonly parser: string;
  /** The version of the yaml library it was made with. */
  readonly yaml: string;
  /** Each file by SHA-256 (hex) of its text as the loader gives it (src/load/types.ts SourceFile). */
  readonly files: Readonly<Record<string, PreparsedFile>>;
}

/** One file of the table. */
export interface PreparsedFile {
  /** Its data, as JSON. */
  readonly data: unknown;
  /**
   * Where the locator puts the file (`""`) and each of its top-level keys, as [line, column]: every registry
   * entry's place is asked for on every build; only a diagnostic asks for a place deeper inside.
   */
  readonly places: Readonly<Record<string, readonly [number, number]>>;
}

/** The digest a file's text is looked up by. */
export function textDigest(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** The version of the yaml library this process parses with. */
export function yamlVersion(): string {
  const require = createRequire(import.meta.url);
  return (require("yaml/package.json") as { version: string }).version;
}

/** The digest of the parser's source, or undefined where there is none (an installed package). */
export function parserDigest(root = packagePath()): string | undefined {
  const source = join(root, PARSER_SOURCE);
  return existsSync(source) ? createHash("sha256").update(readFileSync(source)).digest("hex") : undefined;
}

let table: PreparsedTable | null | undefined;

/** The table, read once per process; null when there is none this process may use. */
function loadTable(): PreparsedTable | null {
  if (table !== undefined) return table;
  table = null;
  try {
    const read = JSON.parse(readFileSync(packagePath(PREPARSED_TABLE), "utf8")) as Partial<PreparsedTable>;
    if (read.format !== FORMAT || typeof read.files !== "object" || read.files === null) return table;
    if (read.yaml !== yamlVersion()) return table;
    const parser = parserDigest();
    if (parser !== undefined && read.parser !== parser) return table;
    table = read as PreparsedTable;
  } catch {
    // No table (a checkout before `npm run dist`) or an unreadable one: every file is parsed.
  }
  return table;
}

/**
 * The data of `text` as parseYaml would give it, from the table (dist's, unless another is given); undefined when
 * the table does not hold it.
 * Its locator parses the file when first asked (only a diagnostic about an entry asks).
 */
export function preparsedYaml(
  text: string,
  file: string,
  table: PreparsedTable | null = loadTable(),
): { readonly data: YamlValue; readonly locate: Locator } | undefined {
  const files = table?.files;
  const digest = textDigest(text);
  const known = files && Object.hasOwn(files, digest) ? files[digest] : undefined;
  if (known === undefined) return undefined;
  const places = new Map(Object.entries(known.places));
  let parsed: Locator | undefined;
  const locate: Locator = (path) => {
    const place = path.length <= 1 ? places.get(path.length === 0 ? "" : `.${path[0]}`) : undefined;
    if (place) return { line: place[0], column: place[1] };
    parsed ??= parseYaml(text, file, 1).locate;
    return parsed(path);
  };
  return { data: asYamlValue(known.data), locate };
}

/**
 * JSON data as the parser makes it: objects without a prototype (a key named "__proto__" is just a key), so that
 * the table's data cannot be told from a parse.
 */
export function asYamlValue(value: unknown): YamlValue {
  if (Array.isArray(value)) return value.map(asYamlValue);
  if (value !== null && typeof value === "object") {
    const out = Object.create(null) as { [key: string]: YamlValue };
    for (const key of Object.keys(value)) out[key] = asYamlValue((value as Record<string, unknown>)[key]);
    return out;
  }
  return value as YamlValue;
}

/**
 * The table of every YAML file below `dir` (the bundled registry), as scripts/dist.js writes it: each file read
 * as the loader reads it, parsed, and kept only when it parsed without a problem and its data comes back from JSON
 * exactly as it went in.
 */
export function makePreparsedTable(dir: string, root = packagePath()): PreparsedTable {
  const files: Record<string, PreparsedFile> = {};
  const walk = (folder: string) => {
    const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      const abs = join(folder, entry.name);
      if (entry.isDirectory()) walk(abs);
      else if (entry.isFile() && /\.ya?ml$/u.test(entry.name)) {
        const { file } = decodeSource(abs, readFileSync(abs));
        if (!file) continue;
        const parsed = parseYaml(file.text, abs, 1);
        if (parsed.data === undefined || parsed.diagnostics.length > 0) continue;
        const back = asYamlValue(JSON.parse(JSON.stringify(parsed.data)));
        if (!isDeepStrictEqual(back, parsed.data)) continue;
        const places: Record<string, [number, number]> = {};
        const keys =
          typeof back === "object" && back !== null && !Array.isArray(back) ? Object.keys(back) : [];
        for (const path of [[], ...keys.map((key) => [key])]) {
          const { line, column } = parsed.locate(path);
          places[path.length === 0 ? "" : `.${path[0]}`] = [line, column];
        }
        files[textDigest(file.text)] = { data: parsed.data, places };
      }
    }
  };
  walk(dir);
  return { format: FORMAT, parser: parserDigest(root) ?? "", yaml: yamlVersion(), files };
}
