/**
 * The I/O edge for pictures: lists content/images/ and measures a file when a check first asks about it
 * (format and pixel size from its header, a hash of its bytes). Never writes; symbolic links are not followed.
 */
import { createHash } from "node:crypto";
import { type Dirent, lstatSync, readdirSync, readFileSync } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { imageSize } from "image-size";

/** A picture file larger than this is refused: a news photo is a few MB at most; more is a camera original or a mistake. */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;
/** A picture with more pixels than this is refused: decoding it would take ~200 MB of memory per copy. */
export const MAX_IMAGE_PIXELS = 50_000_000;

/** The source formats summitdesk processes. */
export type ImageFormat = "jpeg" | "png" | "webp" | "avif";

/** What a file below content/images/ turned out to be. */
export type ImageProbe =
  | {
      readonly kind: "image";
      /** Path relative to the project root ("content/images/tianjin.jpg"). */
      readonly path: string;
      readonly bytes: number;
      /** sha256 of the file's bytes (base64url): outputs are named and cached by it. */
      readonly hash: string;
      readonly format: ImageFormat;
      /** Pixel size as displayed (EXIF rotation applied). */
      readonly width: number;
      readonly height: number;
    }
  | { readonly kind: "too-large"; readonly path: string; readonly bytes: number }
  | { readonly kind: "not-an-image"; readonly path: string; readonly detected?: string }
  | { readonly kind: "symlink"; readonly path: string };

/** The pictures of a project. */
export interface ImageLibrary {
  /** Every file below content/images/ as a site path ("/images/summits/tianjin.jpg"), sorted. */
  readonly urls: readonly string[];
  /** What the file at a site path is, measured on first ask; undefined when there is no such file. */
  probe(url: string): ImageProbe | undefined;
}

const FORMATS: Readonly<Record<string, ImageFormat>> = {
  jpg: "jpeg",
  png: "png",
  webp: "webp",
  avif: "avif",
};

/** What image-size reads from a header. */
interface HeaderSize {
  readonly width?: number;
  readonly height?: number;
  readonly type?: string;
  readonly orientation?: number;
}

/** The pictures under `root`/content/images/. */
export function readImages(root: string, contentDir = "content"): ImageLibrary {
  const base = resolve(root, contentDir, "images");
  // Paths as diagnostics name files: relative to the root; a content folder elsewhere (--content) keeps its own.
  const fromRoot = relative(root, base);
  const shown = (isAbsolute(fromRoot) || fromRoot.startsWith("..") ? base : fromRoot).split(sep).join("/");
  const found = new Map<string, string>();
  walk(base, "", found);
  const urls = [...found.keys()].sort();
  const probes = new Map<string, ImageProbe>();
  return {
    urls,
    probe(url) {
      const rel = found.get(url);
      if (rel === undefined) return undefined;
      let probe = probes.get(url);
      if (!probe) {
        probe = probeFile(join(base, rel), `${shown}/${rel}`);
        probes.set(url, probe);
      }
      return probe;
    },
  };
}

/** Measures one file: size limit first (nothing large is read), then header and hash. */
export function probeFile(abs: string, path: string): ImageProbe {
  const stat = lstatSync(abs);
  if (stat.isSymbolicLink()) return { kind: "symlink", path };
  if (stat.size > MAX_IMAGE_BYTES) return { kind: "too-large", path, bytes: stat.size };
  const bytes = readFileSync(abs);
  let size: HeaderSize;
  try {
    size = imageSize(bytes) as HeaderSize;
  } catch {
    return { kind: "not-an-image", path };
  }
  const format = FORMATS[size.type ?? ""];
  if (!format || !size.width || !size.height) {
    return { kind: "not-an-image", path, ...(size.type ? { detected: size.type } : {}) };
  }
  // EXIF orientations 5–8 turn the picture by 90°: it is shown (and processed) with width and height swapped.
  const turned = (size.orientation ?? 1) >= 5;
  return {
    kind: "image",
    path,
    bytes: stat.size,
    hash: createHash("sha256").update(bytes).digest("base64url"),
    format,
    width: turned ? size.height : size.width,
    height: turned ? size.width : size.height,
  };
}

/** Files below `dir` by site path; hidden files are skipped, symbolic links kept (probe reports them). */
function walk(dir: string, prefix: string, out: Map<string, string>): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(join(dir, prefix), { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) walk(dir, rel, out);
    else if (entry.isFile() || entry.isSymbolicLink()) out.set(`/images/${rel}`, rel);
  }
}
