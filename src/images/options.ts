/**
 * How pictures are laid out and encoded. The layout numbers follow layouts/assets/style.css: the article
 * column is `.wrap` (46rem) less 1rem padding on each side, 44rem = 704 px at the default 16 px.
 */
import type { OutputFormat } from "./types.ts";

/** Width of the article column in CSS pixels. */
export const COLUMN_PX = 704;

/** The `sizes` of every picture in an article: the column, or the screen less its padding on narrow screens. */
export const SIZES = "(min-width: 46rem) 44rem, calc(100vw - 2rem)";

/** Widths made of every picture (those above the source's own width are skipped: nothing is scaled up). */
export const WIDTHS: readonly number[] = [480, 800, 1200, 1600];

/** The source's own width is added when it lies at least this factor above the widest width below it. */
export const OWN_WIDTH_STEP = 1.25;

/**
 * The narrowest source each use needs: a lead image is shown in link previews, which want 1200 px (Google
 * Discover, Facebook); a picture in the text must at least fill the column on an ordinary screen.
 */
export const MIN_WIDTH: Readonly<Record<"lead" | "body", number>> = { lead: 1200, body: COLUMN_PX };

/** Width of the social crops (16:9, 4:3, 1:1) where the source allows. */
export const SOCIAL_WIDTH = 1200;

/** Size of a social card. */
export const CARD = { width: 1200, height: 630 } as const;

/**
 * Encoder settings (sharp). AVIF effort 1: effort 2 makes illustrations up to a third smaller but took 15× as
 * long here (4 s instead of 0.26 s for 1600 px), effort 4 (the default) longer still; AVIF at effort 1 is still
 * the smallest format. Quality numbers are each format's usual "looks like the original" setting.
 */
export const ENCODE = {
  avif: { quality: 50, effort: 1 },
  webp: { quality: 75, effort: 4 },
  jpeg: { quality: 78, mozjpeg: true },
  // PNG sources are charts and drawings (photos belong in JPEG): at most 256 colours, no dithering noise.
  png: { compressionLevel: 9, palette: true, quality: 90, dither: 0, effort: 7 },
} as const satisfies Record<OutputFormat, object>;

/**
 * When an encoded file is larger than its source, it is encoded again with these settings (each tried in turn,
 * the smallest kept); the source's own bytes stand in for the fallback at full size if it carries no metadata.
 */
export const SMALLER = {
  avif: [
    { quality: 35, effort: 1 },
    { quality: 20, effort: 1 },
  ],
  // Charts saved as palette PNGs: lossless WebP beats lossy WebP on flat colours and sharp text.
  webp: [
    { quality: 60, effort: 4 },
    { lossless: true, effort: 4 },
    { quality: 35, effort: 4 },
    { quality: 15, effort: 4 },
  ],
  // A source saved at low quality (a JPEG of quality 20 or so) needs as low a one to stay smaller.
  jpeg: [
    { quality: 60, mozjpeg: true },
    { quality: 40, mozjpeg: true },
    { quality: 20, mozjpeg: true },
  ],
  png: [
    { compressionLevel: 9, palette: true, colours: 64, dither: 0, effort: 7 },
    { compressionLevel: 9, palette: true, colours: 16, dither: 0, effort: 7 },
  ],
} as const satisfies Record<OutputFormat, readonly object[]>;

/** Bump when the processing changes in a way the settings above do not show: every output gets a new name. */
export const PROCESSING_VERSION = 1;

/** MIME type of each output format. */
export const MIME: Readonly<Record<OutputFormat, string>> = {
  avif: "image/avif",
  webp: "image/webp",
  jpeg: "image/jpeg",
  png: "image/png",
};

/** File extension of each output format. */
export const EXTENSION: Readonly<Record<OutputFormat, string>> = {
  avif: "avif",
  webp: "webp",
  jpeg: "jpg",
  png: "png",
};
