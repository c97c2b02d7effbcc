/**
 * The build's picture edge: encodes what the pictures stage planned (eleventy-img on sharp), draws the social
 * cards (in threads of their own, see cardThread.ts) and the icons (resvg), keeps every file in a cache folder
 * under a name made from its source's hash and the settings, and copies them into the site. A rebuild encodes
 * only what it has not made before.
 * The native libraries load on first use, so `summitdesk check` and the layouts never pay for them.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { availableParallelism } from "node:os";
import { join, resolve } from "node:path";
import { Worker } from "node:worker_threads";
import type eleventyImageType from "@11ty/eleventy-img";
import type { ResvgRenderOptions } from "@resvg/resvg-js";
import { MAX_IMAGE_PIXELS } from "../load/index.ts";
import { packagePath } from "../package/index.ts";
import { ENCODE, SMALLER } from "./options.ts";
import type { Card, CardDone, CardShare, ImageJob, ImageOutput, SiteImages } from "./types.ts";
import { writeAtomically } from "./writeAtomically.ts";

/** eleventy-img (sharp inside), loaded once. */
async function eleventyImage(
  ...args: Parameters<typeof eleventyImageType>
): ReturnType<typeof eleventyImageType> {
  const [{ default: process }, { default: sharp }] = await Promise.all([
    import("@11ty/eleventy-img"),
    import("sharp"),
  ]);
  // libvips' operation cache keeps decoded pictures for reuse; every output here is made once, so it only costs memory.
  sharp.cache(false);
  return process(...args);
}

/** resvg's renderer in the thread pool, loaded once: a PNG of `svg`. */
async function svgToPng(svg: string, options: ResvgRenderOptions): Promise<Buffer> {
  const { renderAsync } = await import("@resvg/resvg-js");
  return (await renderAsync(svg, options)).asPng();
}

/** How produceImages runs. */
export interface ProduceOptions {
  /** Project root: job sources are relative to it. */
  readonly root: string;
  /** Folder of processed files kept between builds; created when missing. */
  readonly cacheDir: string;
  /** Called for every encode (an output may take a second one at smaller settings) and every card drawn. */
  readonly onEncode?: (file: string) => void;
  /** Called when a file has been made, with the time it took (the benchmark's per-file cost). */
  readonly onMade?: (file: string, ms: number) => void;
  /** Files made at once (default 4). */
  readonly pool?: number;
  /**
   * Files the site being written already holds as they must be (a version taken back: src/incremental/carry.ts).
   * They are neither looked for in the cache nor made: at 100,000 articles asking the cache about each of the
   * ~100,000 pictures and cards cost an edit's build a second, before its first page was rendered.
   */
  readonly present?: (file: string) => boolean;
}

/** What a run did. */
export interface ProduceResult {
  /** File names in the cache folder that the site uses. */
  readonly files: readonly string[];
  /** Files encoded or drawn by this run, and files found in the cache. */
  readonly made: number;
  readonly reused: number;
  /** Outputs that stayed larger than their source even at the smaller settings (file → bytes). */
  readonly larger: readonly string[];
}

/** Makes every planned picture and card that the cache folder lacks. */
export async function produceImages(images: SiteImages, options: ProduceOptions): Promise<ProduceResult> {
  mkdirSync(options.cacheDir, { recursive: true });
  const files: string[] = [];
  const larger: string[] = [];
  let made = 0;
  const tasks: (() => Promise<void>)[] = [];
  const need = (file: string): boolean => {
    files.push(file);
    if (options.present?.(file) || existsSync(join(options.cacheDir, file))) return false;
    made++;
    return true;
  };
  for (const job of images.jobs) {
    const todo = job.outputs.filter((out) => need(out.file));
    for (const out of todo)
      tasks.push(timed(out.file, options, () => encodeOutput(job, out, options, larger)));
  }
  const cards = [...images.cards.values()].filter((card) => need(card.file));
  // Every task runs to the end before a failure is reported, so no half-written file outlives the build.
  const [failures, cardFailure] = await Promise.all([
    inPool(tasks, options.pool ?? POOL),
    drawCards(cards, options).then(
      () => undefined,
      (error: unknown) => error ?? new Error("a card thread failed"),
    ),
  ]);
  if (failures.length > 0) throw failures[0];
  if (cardFailure) throw cardFailure;
  return { files: [...new Set(files)].sort(), made, reused: files.length - made, larger: larger.sort() };
}

/** The site's folder of pictures, cards and icons made from the cache. */
export const IMAGE_DIR = "img";

/** Copies the files of a run into `<site>/img/` (unless `keep` put one there); returns how many. */
export function copyImages(
  result: ProduceResult,
  cacheDir: string,
  site: string,
  keep?: (rel: string) => boolean,
): number {
  const dir = join(site, IMAGE_DIR);
  mkdirSync(dir, { recursive: true });
  for (const file of result.files) {
    if (!keep?.(`${IMAGE_DIR}/${file}`)) copyFileSync(join(cacheDir, file), join(dir, file));
  }
  return result.files.length;
}

/** `task`, reporting its time to onMade (shared evenly by the files it made). */
function timed(
  files: string | readonly string[],
  options: ProduceOptions,
  task: () => Promise<void>,
): () => Promise<void> {
  if (!options.onMade) return task;
  const list = typeof files === "string" ? [files] : files;
  return async () => {
    const started = performance.now();
    await task();
    const ms = (performance.now() - started) / list.length;
    for (const file of list) options.onMade?.(file, ms);
  };
}

/** Encodes one output of a source, no larger than the source, and writes it to the cache atomically. */
async function encodeOutput(
  job: ImageJob,
  out: ImageOutput,
  options: ProduceOptions,
  larger: string[],
): Promise<void> {
  // Relative to the root, or absolute for a content folder outside it (--content).
  const source = resolve(options.root, job.source);
  let best = await encode(source, job, out, ENCODE[out.format], options);
  // Never larger than the original: try the smaller settings in turn, then the original itself (see canStandIn).
  for (const settings of SMALLER[out.format]) {
    if (best.length <= job.bytes) break;
    const again = await encode(source, job, out, settings, options);
    if (again.length < best.length) best = again;
  }
  if (best.length > job.bytes) {
    const original = readFileSync(source);
    if (await canStandIn(original, job, out)) best = original;
    else larger.push(`${out.file} (${best.length} > ${job.bytes} bytes)`);
  }
  writeAtomically(join(options.cacheDir, out.file), best);
}

/**
 * Encodes and draws this many files at once: sharp and resvg work on libuv's threads (four), so more would
 * only queue there while holding decoded pictures in memory; fewer would leave a core idle.
 */
const POOL = 4;

/** Runs `tasks`, at most `size` at a time; resolves to the errors of those that failed. */
async function inPool(tasks: readonly (() => Promise<void>)[], size: number): Promise<unknown[]> {
  const errors: unknown[] = [];
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const task = tasks[next++];
      try {
        await task?.();
      } catch (error) {
        errors.push(error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, tasks.length) }, worker));
  return errors;
}

/** One output through eleventy-img: scaled (or cropped) to exactly the planned size, in the planned format. */
async function encode(
  source: string,
  job: ImageJob,
  out: ImageOutput,
  settings: object,
  options: ProduceOptions,
): Promise<Buffer> {
  const key = {
    avif: "sharpAvifOptions",
    webp: "sharpWebpOptions",
    jpeg: "sharpJpegOptions",
    png: "sharpPngOptions",
  }[out.format];
  let stats: Awaited<ReturnType<typeof eleventyImageType>>;
  try {
    stats = await eleventyImage(source, {
      widths: [out.width],
      formats: [out.format],
      dryRun: true,
      useCache: false,
      failOnError: true,
      fixOrientation: true,
      sharpOptions: { limitInputPixels: MAX_IMAGE_PIXELS, failOn: "error" },
      [key]: { ...settings },
      transform(image) {
        options.onEncode?.(out.file);
        image.resize({ width: out.width, height: out.height, fit: out.fit, position: "centre" });
        // JPEG has no transparency: transparent areas become white, not black.
        if (out.format === "jpeg") image.flatten({ background: "#ffffff" });
      },
    });
  } catch (error) {
    throw new Error(`${job.source}: the picture cannot be processed (${(error as Error).message})`);
  }
  const buffer = stats[out.format]?.[0]?.buffer;
  if (!buffer) throw new Error(`${job.source}: no ${out.format} output for ${out.file}`);
  return buffer;
}

/**
 * The original may stand in for an output that cannot be made smaller than it: only for the fallback in the
 * source's own format at its full size, and only when it carries no EXIF, XMP or IPTC data (camera, place,
 * owner), which the encoded files never do.
 */
async function canStandIn(original: Buffer, job: ImageJob, out: ImageOutput): Promise<boolean> {
  if (out.format !== job.format || out.width !== job.width || out.height !== job.height) return false;
  const { default: sharp } = await import("sharp");
  const meta = await sharp(original).metadata();
  return !meta.exif && !meta.xmp && !meta.iptc && (meta.orientation ?? 1) === 1;
}

/** Cards a thread draws before a second thread pays for its start (~0.3 s of loading from the sources). */
const CARDS_PER_THREAD = 400;
/** At most this many card threads: they share the cores with rendering and the search index. */
const MAX_CARD_THREADS = 4;

const CARD_WORKER = new URL("./cardWorker.js", import.meta.url);

/** Draws `cards` into the cache folder on a few threads, each taking every n-th card. */
async function drawCards(cards: readonly Card[], options: ProduceOptions): Promise<void> {
  if (cards.length === 0) return;
  const threads = Math.max(
    1,
    Math.min(MAX_CARD_THREADS, availableParallelism(), Math.ceil(cards.length / CARDS_PER_THREAD)),
  );
  for (const card of cards) options.onEncode?.(card.file);
  const shares = Array.from({ length: threads }, (_, t) => ({
    dir: options.cacheDir,
    cards: cards.filter((_, i) => i % threads === t).map((card) => ({ file: card.file, text: card.text })),
  }));
  const results = await Promise.allSettled(shares.map((share) => drawShare(share, options)));
  const failed = results.find((result) => result.status === "rejected");
  if (failed) throw (failed as PromiseRejectedResult).reason;
}

function drawShare(share: CardShare, options: ProduceOptions) {
  return new Promise<void>((resolve, reject) => {
    const worker = new Worker(CARD_WORKER, { workerData: share });
    worker.on("message", (done: CardDone) => options.onMade?.(done.file, done.ms));
    worker.once("error", reject);
    worker.once("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`the card thread stopped with code ${code}`)),
    );
  });
}

/**
 * The site's icons, drawn from layouts/static/favicon.svg: the SVG itself, a 32 px ICO and a 180 px
 * apple-touch-icon. Resolves to their names (at the top of `site`).
 */
export async function writeIcons(site: string): Promise<string[]> {
  const svg = readFileSync(packagePath("layouts", "static", "favicon.svg"), "utf8");
  const png = (source: string, size: number) =>
    svgToPng(source, { font: { loadSystemFonts: false }, fitTo: { mode: "width", value: size } });
  // iOS rounds the corners itself and shows transparent ones black: the touch icon is a full square.
  const touch = await png(svg.replace(/ rx="[\d.]+"/, ""), 180);
  const small = await png(svg, 32);
  writeFileSync(join(site, "favicon.svg"), svg);
  writeFileSync(join(site, "favicon.ico"), icoOf(small, 32));
  writeFileSync(join(site, "apple-touch-icon.png"), touch);
  return ["favicon.svg", "favicon.ico", "apple-touch-icon.png"];
}

/** An ICO file holding one PNG (allowed since Windows Vista; every browser reads it). */
function icoOf(png: Uint8Array, size: number): Buffer {
  const head = Buffer.alloc(22);
  head.writeUInt16LE(0, 0); // reserved
  head.writeUInt16LE(1, 2); // type: icon
  head.writeUInt16LE(1, 4); // one image
  head.writeUInt8(size, 6);
  head.writeUInt8(size, 7);
  head.writeUInt8(0, 8); // no palette
  head.writeUInt8(0, 9);
  head.writeUInt16LE(1, 10); // colour planes
  head.writeUInt16LE(32, 12); // bits per pixel
  head.writeUInt32LE(png.length, 14);
  head.writeUInt32LE(22, 18); // offset of the image
  return Buffer.concat([head, png]);
}

/**
 * Makes the site's pictures, cards and icons and puts them into `site`; resolves to what was made and the files
 * it put there (relative to `site`, "/"-separated). `keep` may put a file into the site itself (an
 * incremental build links it from the previous site: names are content hashes, so a file of the same name is
 * the same picture); it returns false to have it copied.
 */
export async function writeImages(
  images: SiteImages,
  site: string,
  options: ProduceOptions & { readonly keep?: (rel: string) => boolean },
): Promise<{ result: ProduceResult; paths: string[] }> {
  const result = await produceImages(images, options);
  copyImages(result, options.cacheDir, site, options.keep);
  const paths = result.files.map((file) => `${IMAGE_DIR}/${file}`);
  for (const icon of await writeIcons(site)) paths.push(icon);
  return { result, paths };
}

/** Removes cached files this site no longer uses, so the cache holds one version of each picture, not all. */
export function pruneImageCache(cacheDir: string, keep: readonly string[]): void {
  const used = new Set(keep);
  let names: string[];
  try {
    names = readdirSync(cacheDir);
  } catch {
    return;
  }
  for (const name of names) if (!used.has(name)) rmSync(join(cacheDir, name), { force: true });
}
