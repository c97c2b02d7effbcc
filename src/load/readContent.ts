/** The I/O edge of the load stage: reads the content folder into memory. Never writes. */
import { lstatSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import type { Diagnostic } from "../diagnostics/index.ts";
import { positionAt } from "../text/index.ts";
import type { SourceFile } from "./types.ts";

/** Articles larger than this are refused: a news article is a few kB; 2 MB is a mistake or an attack. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

/** Every file the pipeline reads from `content/`. */
export interface ContentFiles {
  readonly site?: SourceFile;
  readonly registry: {
    readonly countries?: SourceFile;
    readonly people?: SourceFile;
    readonly organisations?: SourceFile;
    readonly summits?: SourceFile;
  };
  /** Articles sorted by path. */
  readonly articles: readonly SourceFile[];
}

const decoder = new TextDecoder("utf-8", { fatal: true });

/** Decodes bytes as UTF-8, strips a BOM and normalises line endings; reports invalid UTF-8 and NUL bytes. */
export function decodeSource(
  path: string,
  bytes: Uint8Array,
): { file?: SourceFile; diagnostics: Diagnostic[] } {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const at = positionOfByte(bytes, firstInvalidUtf8(bytes));
    return {
      diagnostics: [
        {
          file: path,
          ...at,
          severity: "error",
          ruleId: "file/encoding",
          message: "The file is not valid UTF-8.",
          hint: "Save the file as UTF-8 in your editor (File → Save with encoding → UTF-8).",
        },
      ],
    };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  text = text.replace(/\r\n?/g, "\n");
  const nul = text.indexOf("\u0000");
  if (nul !== -1) {
    const { line, column } = positionAt(text, nul);
    return {
      diagnostics: [
        {
          file: path,
          line,
          column,
          severity: "error",
          ruleId: "file/nul",
          message: "The file contains a NUL byte; it is probably binary or damaged.",
          hint: "Remove the invisible character, or re-save the file as plain UTF-8 text.",
        },
      ],
    };
  }
  return { file: { path, text }, diagnostics: [] };
}

/** Byte offset of the first byte that is not part of a well-formed UTF-8 sequence (0 when none is found). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    // The second byte's range is narrower after E0, ED, F0 and F4 (no overlong forms, surrogates or > U+10FFFF).
    const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? low : 0x80) || c > (k === 1 ? high : 0xbf)) return i;
    }
    i += length;
  }
  return 0;
}

/** 1-based line and column (in bytes) of a byte offset. */
function positionOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Reads the content folder: `content/` under `root`, or `contentDir` (relative to root, or absolute; --content).
 * Paths in the result are relative to root. Symbolic links are skipped (they could point outside the project).
 */
export function readContent(
  root: string,
  contentDir = "content",
): { value: ContentFiles; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const rel = (p: string) => relative(root, p).split(sep).join("/");
  const readOne = (abs: string, maxBytes = MAX_ARTICLE_BYTES): SourceFile | undefined => {
    let stat: ReturnType<typeof lstatSync>;
    try {
      stat = lstatSync(abs);
    } catch {
      return undefined;
    }
    if (stat.isSymbolicLink()) {
      diagnostics.push(symlinkWarning(rel(abs)));
      return undefined;
    }
    if (!stat.isFile()) return undefined;
    if (stat.size > maxBytes) {
      diagnostics.push({
        file: rel(abs),
        line: 0,
        column: 0,
        severity: "error",
        ruleId: "file/too-large",
        message: `The file is ${(stat.size / 1048576).toFixed(1)} MB; the limit is ${maxBytes / 1048576} MB.`,
        hint: "Split the text into several articles, or remove embedded data.",
      });
      return undefined;
    }
    const decoded = decodeSource(rel(abs), readFileSync(abs));
    diagnostics.push(...decoded.diagnostics);
    return decoded.file;
  };
  const base = resolve(root, contentDir);
  const registryDir = join(base, "registry");
  const registryFile = (name: string) => readOne(join(registryDir, `${name}.yaml`), 16 * 1048576);
  const articles: SourceFile[] = [];
  for (const abs of walk(join(base, "articles"), diagnostics, rel)) {
    if (!abs.endsWith(".md")) {
      // "x.MD" or "x.markdown" look like articles to an editor but would silently never be published.
      if (/\.(md|markdown|mdown|mkd|txt)$/i.test(abs)) diagnostics.push(ignoredWarning(rel(abs)));
      continue;
    }
    const file = readOne(abs);
    if (file) articles.push(file);
  }
  articles.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const site = readOne(join(base, "site.yaml"));
  const registry = {
    ...opt("countries", registryFile("countries")),
    ...opt("people", registryFile("people")),
    ...opt("organisations", registryFile("organisations")),
    ...opt("summits", registryFile("summits")),
  };
  return { value: { ...opt("site", site), registry, articles }, diagnostics };
}

function opt<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/** Lists files below `dir` depth-first in name order, without following symbolic links. */
function walk(dir: string, diagnostics: Diagnostic[], rel: (p: string) => string): string[] {
  let entries: import("node:fs").Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const entry of entries) {
    const abs = join(dir, entry.name);
    if (entry.name.startsWith(".")) {
      // Hidden files are editor backups and system files; a hidden article is probably a mistake, so say so.
      if (entry.name.endsWith(".md")) diagnostics.push(hiddenWarning(rel(abs)));
      continue;
    }
    if (entry.isSymbolicLink()) diagnostics.push(symlinkWarning(rel(abs)));
    else if (entry.isDirectory()) out.push(...walk(abs, diagnostics, rel));
    else if (entry.isFile()) out.push(abs);
  }
  return out;
}

function symlinkWarning(file: string): Diagnostic {
  return {
    file,
    line: 0,
    column: 0,
    severity: "warning",
    ruleId: "file/symlink",
    message: "Symbolic links are not followed; this file is ignored.",
    hint: "Copy the file into content/ instead of linking to it.",
  };
}

function hiddenWarning(file: string): Diagnostic {
  return {
    file,
    line: 0,
    column: 0,
    severity: "warning",
    ruleId: "file/hidden",
    message: "Files whose names start with a dot are ignored.",
    hint: "Rename the file without the leading dot if it is an article.",
  };
}

function ignoredWarning(file: string): Diagnostic {
  const name = file.slice(file.lastIndexOf("/") + 1);
  const base = name.slice(0, name.lastIndexOf("."));
  return {
    file,
    line: 0,
    column: 0,
    severity: "warning",
    ruleId: "file/ignored",
    message: "Only files ending in .md are articles; this file is ignored.",
    hint: `Rename it to ${base}.md if it is an article.`,
  };
}
