/** A feed before serialisation: the same data becomes Atom and JSON Feed. */
import type { Lang } from "../registry/index.ts";

/** One entry. Dates are RFC 3339 with the site zone's offset; URLs absolute. */
export interface FeedItem {
  readonly id: string;
  readonly url: string;
  readonly title: string;
  readonly summary: string;
  /** The rendered body with absolute links. */
  readonly contentHtml: string;
  readonly published: string;
  readonly updated: string;
  readonly authors: readonly string[];
  /** Names of the entities the article is about, in the feed's language. */
  readonly tags: readonly string[];
  readonly lang: Lang;
  /** The article's picture (absolute URL), with its size and type when known. */
  readonly image?: {
    readonly url: string;
    readonly alt: string;
    readonly width?: number;
    readonly height?: number;
    readonly type?: string;
  };
}

/** A whole feed. */
export interface Feed {
  readonly lang: Lang;
  /** "Kasachstan – Gipfeldienst". */
  readonly title: string;
  readonly description: string;
  /** The HTML page the feed follows (absolute). */
  readonly homeUrl: string;
  readonly atomUrl: string;
  readonly jsonUrl: string;
  /** Newest `updated` of its items; the site's reference time for an empty feed. */
  readonly updated: string;
  /** Used where an article names no author (Atom requires one). */
  readonly publisher: string;
  readonly items: readonly FeedItem[];
}
