/**
 * Taking the inventory of a folder taken back (carry.ts) on a thread of its own (I/O edge): at 10,000 articles
 * it is ~50,000 `lstat` calls, which then run beside the pipeline instead of on the path an edit waits on.
 */
import { Worker } from "node:worker_threads";
import type { FileStat } from "./carry.ts";

const INVENTORY_WORKER = new URL("./inventoryWorker.js", import.meta.url);

/** takeInventory(dir, skip), on another thread; the promise settles once the list is taken. */
export function inventoryBeside(dir: string, skip: readonly string[]): Promise<Map<string, FileStat>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(INVENTORY_WORKER, { workerData: { dir, skip: [...skip] } });
    worker.once("message", (found: Map<string, FileStat>) => resolve(found));
    worker.once("error", reject);
    // After a message this does nothing (the promise is settled); without one the thread failed.
    worker.once("exit", (code) => reject(new Error(`the inventory thread stopped with code ${code}`)));
  });
}
