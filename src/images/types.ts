/** Types of the pictures stage: what the layouts show (pictures, cards) and what the build must encode (jobs). */
import type { ImageFormat } from "../load/index.ts";
import type { Lang } from "../registry/index.ts";

/** Formats summitdesk writes. AVIF and WebP for browsers that take them, JPEG or PNG as the fallback. */
export type OutputFormat = "avif" | "webp" | "jpeg" | "png";

/** One processed file, served below /img/. */
export interface ImageVariant {
  /** Root-relative URL ("/img/tianjin-3kq9x0a1bc-800.avif"). */
  readonly url: string;
  readonly width: number;
  readonly height: number;
  readonly format: OutputFormat;
}

/** The social crops of a lead image (schema.org NewsArticle asks for 16:9, 4:3 and 1:1), in the fallback format. */
export interface SocialCrops {
  readonly wide: ImageVariant;
  readonly standard: ImageVariant;
  readonly square: ImageVariant;
}

/** A picture from content/images/ as the layouts show it: one srcset per format, widest last. */
export interface Picture {
  /** The address the editor wrote ("/images/tianjin.jpg"). */
  readonly src: string;
  /** Per format: avif, webp, then the fallback; variants by ascending width. */
  readonly sources: readonly { readonly format: OutputFormat; readonly variants: readonly ImageVariant[] }[];
  /** The <img src>: the widest fallback variant (its size gives width/height, so nothing shifts). */
  readonly fallback: ImageVariant;
  /** Present when some article uses the picture as its lead image. */
  readonly social?: SocialCrops;
}

/** One file a job writes. */
export interface ImageOutput {
  /** File name below /img/ (and in the cache folder). */
  readonly file: string;
  readonly width: number;
  readonly height: number;
  readonly format: OutputFormat;
  /** "fill": the whole picture scaled; "cover": a centred crop to this size. */
  readonly fit: "fill" | "cover";
}

/** Everything one source file is turned into. */
export interface ImageJob {
  /** Source path relative to the project root ("content/images/tianjin.jpg"; "../news/images/x.jpg" for a content folder outside it). */
  readonly source: string;
  readonly format: ImageFormat;
  /** Size of the source in bytes: no output may be larger. */
  readonly bytes: number;
  readonly width: number;
  readonly height: number;
  readonly outputs: readonly ImageOutput[];
}

/** The text of a social card. */
export interface CardText {
  readonly lang: Lang;
  /** The headline, or the page's name. */
  readonly headline: string;
  /** Above the headline: the summit or main topic ("SOZ-Gipfel 2025 in Tianjin"), or the kind of page. */
  readonly kicker: string;
  /** Below: a date or date range, possibly with a place. */
  readonly date?: string;
  readonly site: string;
}

/** A generated 1200×630 PNG for link previews of a page that has no picture of its own. */
export interface Card {
  readonly url: string;
  readonly file: string;
  readonly width: number;
  readonly height: number;
  readonly alt: string;
  readonly text: CardText;
}

/** The pictures of a site: what the layouts need and what the build writes. */
export interface SiteImages {
  /** By the address the editor wrote. */
  readonly pictures: ReadonlyMap<string, Picture>;
  /** By cardKey(): articles without a picture, entity pages, and one per edition for the other pages. */
  readonly cards: ReadonlyMap<string, Card>;
  /** One job per source file used by a published article. */
  readonly jobs: readonly ImageJob[];
}

/** What a card thread is given: the folder the PNGs go into and the cards to draw, by file name. */
export interface CardShare {
  readonly dir: string;
  readonly cards: readonly { readonly file: string; readonly text: CardText }[];
}

/** What a card thread reports for each card it wrote. */
export interface CardDone {
  readonly file: string;
  readonly ms: number;
}
