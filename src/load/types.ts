/** Types of the load stage: files as read from disk and documents as parsed from them. */

/** A text file read from the content folder. */
export interface SourceFile {
  /** Path relative to the project root, forward slashes, e.g. "content/articles/2025/x.md". */
  readonly path: string;
  /** The file's text: UTF-8 decoded, BOM removed, line endings normalised to "\n". */
  readonly text: string;
}

/** The kinds of registry file: a file named after the kind (`people.yaml`) or any file in a folder of that name. */
export type RegistryKind = "countries" | "offices" | "people" | "organisations" | "summits";
export const REGISTRY_KINDS: readonly RegistryKind[] = [
  "countries",
  "offices",
  "people",
  "organisations",
  "summits",
];

/** The bundled world registry (registry/ of the package) or the site's own layer (content/registry/). */
export type RegistryLayer = "world" | "local";

/** A registry file as read, with its kind and layer. */
export interface RegistrySourceFile extends SourceFile {
  readonly kind: RegistryKind;
  readonly layer: RegistryLayer;
}

/** A 1-based position in a file. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** Finds where a front-matter value (by key path) sits in the file; falls back to the start of the front matter. */
export type Locator = (path: readonly (string | number)[]) => Position;

/** Plain data parsed from YAML: only strings, numbers, booleans, null, arrays and null-prototype objects. */
export type YamlValue = string | number | boolean | null | YamlValue[] | { [key: string]: YamlValue };

/** An article file split into front matter (parsed, not yet validated) and Markdown body. */
export interface ParsedArticleFile {
  readonly file: SourceFile;
  /** Parsed front matter: a null-prototype object (never reaches Object.prototype). */
  readonly data: { readonly [key: string]: YamlValue };
  /** The Markdown after the closing `---`. */
  readonly body: string;
  /** 1-based line of the file where the body starts (for diagnostics from the body). */
  readonly bodyLine: number;
  readonly locate: Locator;
}

/** A registry or config YAML file, parsed. */
export interface ParsedYamlFile {
  readonly file: SourceFile;
  readonly data: YamlValue;
  readonly locate: Locator;
}

/** A registry file, parsed. */
export interface ParsedRegistryFile extends ParsedYamlFile {
  readonly file: RegistrySourceFile;
}
