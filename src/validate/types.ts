/** Types of the validate stage: an article whose front matter has been checked but whose names are not yet resolved. */
import type { Lang } from "../registry/index.ts";
import type { ContentDate } from "./dates.ts";

/** A name written in front matter, with where it was written (for "unknown person" diagnostics). */
export interface NameRef {
  readonly text: string;
  readonly line: number;
  readonly column: number;
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
  readonly image?: { readonly src: string; readonly alt: string };
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
