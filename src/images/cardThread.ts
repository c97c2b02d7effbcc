/**
 * A card thread: lays out, draws and encodes its share of the cards, writing each PNG into the cache folder,
 * and reports each card's time. Glyph masks are drawn once per thread and reused by every card of its share.
 */
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { parentPort, workerData } from "node:worker_threads";
import { Resvg } from "@resvg/resvg-js";
import { typesetter } from "./cardFont.ts";
import { cardScene } from "./cardLayout.ts";
import { drawCard } from "./cardRaster.ts";
import { glyphMasks } from "./glyphMasks.ts";
import { encodePng } from "./png.ts";
import type { CardDone, CardShare } from "./types.ts";
import { writeAtomically } from "./writeAtomically.ts";

const share = workerData as CardShare;
const masks = glyphMasks(typesetter, Resvg);
// The first card's pixels, drawn over by every later card of the share.
let canvas: Uint8Array = new Uint8Array(0);
for (const card of share.cards) {
  const started = performance.now();
  const image = drawCard(cardScene(card.text, typesetter), masks, canvas);
  canvas = image.pixels;
  writeAtomically(join(share.dir, card.file), encodePng(image));
  parentPort?.postMessage({ file: card.file, ms: performance.now() - started } satisfies CardDone);
}
