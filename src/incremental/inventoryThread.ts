/**
 * The inventory thread: lists a folder taken back from an earlier version (see takeInventory) while the main
 * thread reads the content and builds the model, and posts the list back, packed (inventory.ts).
 */
import { parentPort, workerData } from "node:worker_threads";
import { takeInventory } from "./carry.ts";
import { packInventory } from "./inventory.ts";

const { dir, skip } = workerData as { dir: string; skip: string[] };
const packed = packInventory(takeInventory(dir, skip));
parentPort?.postMessage(packed, [packed.numbers.buffer]);
