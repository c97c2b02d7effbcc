/** Types of the validate stage: an article whose front matter has been checked but whose names are not yet resolved. */
import type { Lang } from "../registry/index.ts";
import type { ContentDate } from "./dates.ts";

/** A name written in front matter, with where it was written (for "unknown person" diagnostics). */
export interface NameRef {
  readonly text: string;
  readonly line: number;
  readonly column: number;
}

/**
 * A picture an article shows: its lead image (front matter `image:`) or one written in the body as
 * `![alt](/images/x.jpg "Caption | Credit")`. `src` is an https URL or a site path under /images/ (checked).
 */
export interface ImageRef {
  readonly src: string;
  /** What the picture shows, for readers who cannot see it (never empty). */
  readonly alt: string;
  readonly caption?: string;
  /** Who made it ("Foto: Anna Becker/dpa"); required for files under /images/. */
  readonly credit?: string;
  readonly role: "lead" | "body";
  /** Where it is written, for diagnostics. */
  readonly line: number;
  readonly column: number;
  /** Pixel size of a remote (https) lead image, when the editor gave it; local files are measured. */
  readonly width?: number;
  readonly height?: number;
}

/** True for a picture stored in content/images/ (as opposed to an https URL). */
export function isLocalImage(src: string): boolean {
  return src.startsWith("/images/");
}

/** One correction notice. */
export interface Correction {
  readonly date: ContentDate;
  readonly text: string;
}

/** A validated article, names unresolved. */
export interface ArticleDraft {
  /** Source path relative to the project root. */
  readonly file: string;
  readonly slug: string;
  readonly lang: Lang;
  readonly title: string;
  readonly date: ContentDate;
  readonly updated?: ContentDate;
  readonly authors: readonly string[];
  readonly summary: string;
  readonly draft: boolean;
  /** The lead image, shown above the text and in link previews. */
  readonly image?: ImageRef;
  /** Pictures in the body, in order (only those with a usable path; the rest are diagnostics). Always set by validation. */
  readonly bodyImages?: readonly ImageRef[];
  /** Groups translations of one story: the same key on each language version. */
  readonly translation?: string;
  /** The article's identity in the URL ledger when set (`id:`), so renaming or moving its file keeps its URLs. */
  readonly id?: string;
  readonly corrections: readonly Correction[];
  readonly refs: {
    readonly people: readonly NameRef[];
    readonly organisations: readonly NameRef[];
    readonly countries: readonly NameRef[];
    readonly summit?: NameRef;
    readonly exclude: readonly NameRef[];
  };
  /** Markdown body and the file line it starts on. */
  readonly body: string;
  readonly bodyLine: number;
}
