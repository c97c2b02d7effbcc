// Draws a batch of social cards (SVG already laid out, text as outlines) into PNG files, then exits. A thread of
// its own because resvg's pixel buffers are freed only when V8 collects their wrappers, which it does lazily:
// thousands of cards in one thread held gigabytes; a worker that exits frees its batch at once. Plain JS: it
// needs no TypeScript. No fonts are loaded (system fonts off): the cards contain no text elements.
import { renameSync, rmSync, writeFileSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { Resvg } from "@resvg/resvg-js";

/** @type {{ cards: { path: string, svg: string }[] }} */
const input = workerData;
for (const card of input.cards) {
  const png = new Resvg(card.svg, { font: { loadSystemFonts: false }, fitTo: { mode: "original" } })
    .render()
    .asPng();
  const temp = `${card.path}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
  try {
    writeFileSync(temp, png);
    renameSync(temp, card.path);
  } finally {
    rmSync(temp, { force: true });
  }
}
parentPort?.postMessage("done");
