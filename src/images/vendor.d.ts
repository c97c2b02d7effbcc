/** The parts of untyped packages the pictures code calls (eleventy-img 6 and opentype.js 2 ship no declarations). */
declare module "@11ty/eleventy-img" {
  import type { Sharp } from "sharp";

  interface Stat {
    readonly format: string;
    readonly width: number;
    readonly height: number;
    readonly size: number;
    /** With `dryRun: true`: the encoded file. */
    readonly buffer?: Buffer;
  }
  interface Options {
    widths: readonly number[];
    formats: readonly string[];
    dryRun: boolean;
    useCache: boolean;
    failOnError: boolean;
    fixOrientation: boolean;
    sharpOptions: Record<string, unknown>;
    sharpAvifOptions: Record<string, unknown>;
    sharpWebpOptions: Record<string, unknown>;
    sharpJpegOptions: Record<string, unknown>;
    sharpPngOptions: Record<string, unknown>;
    /** Runs on each output before it is encoded (never for outputs found in eleventy-img's own cache). */
    transform: (sharp: Sharp) => void | Promise<void>;
  }
  /** Processes one source; resolves to the outputs by format. */
  export default function eleventyImage(
    src: string | Buffer,
    options: Partial<Options>,
  ): Promise<Record<string, readonly Stat[]>>;
}

declare module "opentype.js" {
  interface Glyph {
    readonly index: number;
    readonly advanceWidth?: number;
    getPath(
      x: number,
      y: number,
      fontSize: number,
    ): {
      toPathData(options: { decimalPlaces: number; flipY: boolean }): string;
      /** In the path's own coordinates (y pointing down); all zero for an empty path. */
      getBoundingBox(): { x1: number; y1: number; x2: number; y2: number };
    };
  }
  interface Font {
    readonly unitsPerEm: number;
    charToGlyph(char: string): Glyph;
    getKerningValue(left: Glyph, right: Glyph): number;
  }
  const opentype: { parse(buffer: ArrayBuffer): Font };
  export default opentype;
}
