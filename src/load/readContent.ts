/** The I/O edge of the load stage: reads the content folder into memory. Never writes. */
import { type BigIntStats, lstatSync, readdirSync, readFileSync, statSync } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import type { Diagnostic } from "../diagnostics/index.ts";
import { MAX_ARTICLE_BYTES, MAX_REGISTRY_BYTES, MAX_SITE_BYTES } from "../limits/index.ts";
import { packagePath } from "../package/index.ts";
import { positionAt } from "../text/index.ts";
import { readRegistryLayer, WORLD_REGISTRY_DIR } from "./registryFiles.ts";
import { type FileStamp, type KnownUnchanged, stampOf } from "./stamps.ts";
import type { RegistrySourceFile, SourceFile } from "./types.ts";

export { WORLD_REGISTRY_DIR } from "./registryFiles.ts";

export { MAX_ARTICLE_BYTES };

/** Every file the pipeline reads from `content/`. */
export interface ContentFiles {
  readonly site?: SourceFile;
  /** content/strings.yaml: the site's own wording of UI strings, per language. */
  readonly strings?: SourceFile;
  /** The world registry's files, then the site's own (content/registry/), each in path order. */
  readonly registry: readonly RegistrySourceFile[];
  /** Articles sorted by path. */
  readonly articles: readonly SourceFile[];
  /** Places files: the bundled registry/places.yaml, then the site's content/registry/places.yaml. */
  readonly places?: readonly SourceFile[];
}

/** The places file bundled with this package, found relative to this module (works as an installed dependency). */
export const BUNDLED_PLACES = packagePath("registry", "places.yaml");

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
 * One article file read again, as readContent read it (`path` as it names files: relative to `root`, or
 * absolute); undefined when it is no longer a readable article file. For a build that needs an article's text
 * after letting the sources go (src/cache/lookup.ts).
 */
export function readArticleSource(root: string, path: string): SourceFile | undefined {
  return readSourceAt(isAbsolute(path) ? path : join(root, path), path);
}

/** The article file at `abs`, named `path`, when it is still a readable article file. */
function readSourceAt(abs: string, path: string): SourceFile | undefined {
  const stat = lstatSync(abs, { throwIfNoEntry: false });
  if (!stat?.isFile() || stat.size > MAX_ARTICLE_BYTES) return undefined;
  try {
    return decodeSource(path, readFileSync(abs)).file;
  } catch {
    return undefined;
  }
}

/** Options of readContent. */
export interface ReadOptions {
  /** The world registry's folder; false reads none. Default: the one bundled with this package. */
  readonly worldRegistry?: string | false;
  /**
   * Article files this says are unchanged (by their stamp, src/load/stamps.ts) are not read now: their text is
   * read when something asks for it (a code frame, a cache miss), if ever.
   */
  readonly unchanged?: KnownUnchanged;
}

/** What readContent read, with the stamps of the article files and when it took them. */
export interface ReadContent {
  readonly value: ContentFiles;
  readonly diagnostics: Diagnostic[];
  /** Each article file's stamp, by path as in `value.articles`, taken before the file was read. */
  readonly stamps: ReadonlyMap<string, FileStamp>;
  /** The wall clock, in ns, before the first stamp was taken. */
  readonly stampedAtNs: bigint;
}

/**
 * An article file not read yet: its text is read the first time it is asked for. Its stamp said it is the file
 * a build read before; should it be unreadable now (removed or broken while this build runs), its text is empty
 * and the article fails to parse, with its path in the message.
 */
function readLater(abs: string, path: string): SourceFile {
  let text: string | undefined;
  return {
    path,
    get text() {
      text ??= readSourceAt(abs, path)?.text ?? "";
      return text;
    },
  };
}

/**
 * Reads the content folder — `content/` under `root`, or `contentDir` (relative to root, or absolute; --content) —
 * and the world registry. Paths in the result are relative to root. Symbolic links are skipped, files and folders
 * alike (they could point outside the project). Paths are NFC: the same name typed on macOS (NFD) and elsewhere
 * is one file, and two files whose names differ only in that form are both refused.
 */
export function readContent(root: string, contentDir = "content", options: ReadOptions = {}): ReadContent {
  const diagnostics: Diagnostic[] = [];
  const stamps = new Map<string, FileStamp>();
  const stampedAtNs = BigInt(Date.now()) * 1_000_000n;
  // Paths as the editor sees them; a bundled file outside the project keeps its absolute path.
  const rel = (p: string) => {
    const r = relative(root, p);
    return (r.startsWith("..") || isAbsolute(r) ? p : r).split(sep).join("/").normalize("NFC");
  };
  const readOne = (abs: string, maxBytes = MAX_ARTICLE_BYTES, article = false): SourceFile | undefined => {
    let stat: BigIntStats;
    try {
      stat = lstatSync(abs, { bigint: true });
    } catch {
      return undefined;
    }
    if (stat.isSymbolicLink()) {
      diagnostics.push(symlinkWarning(rel(abs)));
      return undefined;
    }
    if (!stat.isFile()) return undefined;
    if (stat.size > BigInt(maxBytes)) {
      diagnostics.push({
        file: rel(abs),
        line: 0,
        column: 0,
        severity: "error",
        ruleId: "file/too-large",
        message: `The file is ${size(Number(stat.size))}; the limit is ${size(maxBytes)}.`,
        hint:
          maxBytes === MAX_ARTICLE_BYTES
            ? "Split the text into several articles, or remove embedded data."
            : "This file holds settings or registry entries only; remove whatever else was pasted into it.",
      });
      return undefined;
    }
    const path = rel(abs);
    if (!article) return decode(path, abs);
    const stamp = stampOf(stat);
    const file = options.unchanged?.(path, stamp) ? readLater(abs, path) : decode(path, abs);
    if (file) stamps.set(path, stamp);
    return file;
  };
  const decode = (path: string, abs: string): SourceFile | undefined => {
    const decoded = decodeSource(path, readFileSync(abs));
    for (const d of decoded.diagnostics) diagnostics.push(d);
    return decoded.file;
  };
  const readArticle = (abs: string) => readOne(abs, MAX_ARTICLE_BYTES, true);
  const base = resolve(root, contentDir);
  // A linked content/, content/articles/ or content/registry/ would be read wherever it points.
  const folder = (abs: string): string | undefined => {
    if (!isSymbolicLink(abs)) return abs;
    diagnostics.push(symlinkWarning(rel(abs), true));
    return undefined;
  };
  const content = folder(base);
  const registryDir = content && folder(join(content, "registry"));
  const articlesDir = content && folder(join(content, "articles"));
  const readRegistryFile = (abs: string) => readOne(abs, MAX_REGISTRY_BYTES);
  const articles: SourceFile[] = [];
  for (const abs of articlesDir ? walk(articlesDir, diagnostics, rel) : []) {
    if (!abs.endsWith(".md")) {
      // "x.MD" or "x.markdown" look like articles to an editor but would silently never be published.
      if (/\.(md|markdown|mdown|mkd|txt)$/i.test(abs)) diagnostics.push(ignoredWarning(rel(abs)));
      continue;
    }
    const file = readArticle(abs);
    if (file) articles.push(file);
  }
  articles.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const site = content ? readOne(join(content, "site.yaml"), MAX_SITE_BYTES) : undefined;
  const strings = content ? readOne(join(content, "strings.yaml"), MAX_SITE_BYTES) : undefined;
  const world = options.worldRegistry ?? WORLD_REGISTRY_DIR;
  const registry = [
    ...(world === false ? [] : readRegistryLayer(world, "world", readRegistryFile, rel, diagnostics)),
    ...(registryDir ? readRegistryLayer(registryDir, "local", readRegistryFile, rel, diagnostics) : []),
  ];
  const places = [BUNDLED_PLACES, ...(registryDir ? [join(registryDir, "places.yaml")] : [])].flatMap(
    (abs) => {
      const file = readOne(abs, 4 * 1048576);
      return file ? [file] : [];
    },
  );
  return {
    value: {
      ...opt("site", site),
      ...opt("strings", strings),
      registry,
      articles: distinctNames(articles, diagnostics),
      places,
    },
    diagnostics,
    stamps,
    stampedAtNs,
  };
}

/**
 * Drops files whose NFC paths coincide ("ü" as one character in one name, as u + ¨ in the other): they would
 * give one page twice or two pages for one name. Both are reported, so the editor chooses which to keep.
 */
function distinctNames(articles: readonly SourceFile[], diagnostics: Diagnostic[]): SourceFile[] {
  const out: SourceFile[] = [];
  for (let i = 0; i < articles.length; i++) {
    const file = articles[i] as SourceFile;
    let j = i;
    while (articles[j + 1]?.path === file.path) j++;
    if (j === i) {
      out.push(file);
      continue;
    }
    for (let k = i; k <= j; k++) {
      diagnostics.push({
        file: file.path,
        line: 0,
        column: 0,
        severity: "error",
        ruleId: "file/duplicate-name",
        message: `${j - i + 1} files are named "${file.path}" once Unicode is normalised: the same letters, stored differently (e.g. "ü" as one character or as "u" plus "¨").`,
        hint: "Keep one of them: delete or rename the others (macOS and other systems store accented names differently).",
      });
    }
    i = j;
  }
  return out;
}

function isSymbolicLink(abs: string): boolean {
  try {
    return lstatSync(abs).isSymbolicLink();
  } catch {
    return false;
  }
}

/** "2 MB", "64 kB", "10.0 MB": a file size as editors read it. */
function size(bytes: number): string {
  if (bytes >= 1048576)
    return Number.isInteger(bytes / 1048576) ? `${bytes / 1048576} MB` : `${(bytes / 1048576).toFixed(1)} MB`;
  return `${Math.ceil(bytes / 1024)} kB`;
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
    if (entry.isSymbolicLink()) diagnostics.push(symlinkWarning(rel(abs), pointsToFolder(abs)));
    else if (entry.isDirectory()) {
      // One by one: push(...list) overflows the stack for a folder of some 100,000 files.
      for (const file of walk(abs, diagnostics, rel)) out.push(file);
    } else if (entry.isFile()) out.push(abs);
  }
  return out;
}

/** A link that is skipped: to a folder, or to a file (or to nothing). */
function symlinkWarning(file: string, folder = false): Diagnostic {
  return {
    file,
    line: 0,
    column: 0,
    severity: "warning",
    ruleId: "file/symlink",
    message: `Symbolic links are not followed; this ${folder ? "folder" : "file"} is ignored.`,
    hint: `Copy the ${folder ? "folder" : "file"} into content/ instead of linking to it.`,
  };
}

function pointsToFolder(abs: string): boolean {
  try {
    return statSync(abs).isDirectory();
  } catch {
    return false;
  }
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
