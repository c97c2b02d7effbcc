/** Types of the URL ledger (urls.json): every URL each article was ever published at. */
import type { Lang } from "../registry/index.ts";

/**
 * One article's history. Its key in the ledger is the article's `id:` when it has one, else its file path
 * below the articles folder ("2025/tokajew-trifft-xi.md"): ids never contain a dot, paths always end in ".md".
 */
export interface LedgerEntry {
  /** The article's file below the articles folder, for an entry keyed by id (a path key is the file). */
  readonly file?: string;
  readonly lang: Lang;
  /** Publication date as the article states it (ISO): recognises a renamed file that kept its date. */
  readonly date?: string;
  /** Translation key: recognises a renamed file by its key and language. */
  readonly translation?: string;
  /** Every URL the article was published at, oldest first; the last is the current one. */
  readonly urls: readonly string[];
  /** The article is gone (deleted, unpublished, or renamed without its identity); its URLs show a removed page. */
  readonly removed?: true;
}

/** The ledger: entries by identity. */
export interface Ledger {
  readonly articles: ReadonlyMap<string, LedgerEntry>;
}

/** An old URL that now redirects to an article's current URL. */
export interface Redirect {
  readonly from: string;
  readonly to: string;
  readonly lang: Lang;
  /** The target article's id in the site model (lang/slug), for its title. */
  readonly article: string;
}

/** A URL of an article that is gone: it shows a "removed" page. */
export interface GoneUrl {
  readonly url: string;
  readonly lang: Lang;
}

/** What changed between the ledger and the content, for `check` to warn about and `build` to report. */
export type LedgerChange =
  /** A published article the ledger does not know. */
  | { readonly kind: "added"; readonly file: string; readonly url: string }
  /** An article's URL is not the one the ledger has as current. `cause` names the field that moved it. */
  | {
      readonly kind: "moved";
      readonly file: string;
      readonly from: string;
      readonly to: string;
      readonly cause: "slug" | "date" | "lang" | "file" | "rule";
    }
  /** An entry whose article is gone, newly (the ledger did not mark it removed yet). */
  | {
      readonly kind: "removed";
      readonly key: string;
      readonly file: string;
      readonly urls: readonly string[];
    }
  /** An article now has a URL that another article had: old links to that one lead here. */
  | { readonly kind: "reused"; readonly file: string; readonly url: string; readonly previous: string }
  /** An entry the ledger marked removed whose article is back. */
  | { readonly kind: "restored"; readonly file: string; readonly url: string };

/** The ledger brought up to date with the content, and what the site must serve for it. */
export interface LedgerPlan {
  readonly ledger: Ledger;
  readonly redirects: readonly Redirect[];
  readonly gone: readonly GoneUrl[];
  readonly changes: readonly LedgerChange[];
}
