/**
 * The inventory thread: lists a folder taken back from an earlier version (see takeInventory) while the main
 * thread reads the content and builds the model, and posts the list back.
 */
import { parentPort, workerData } from "node:worker_threads";
import { takeInventory } from "./carry.ts";

const { dir, skip } = workerData as { dir: string; skip: string[] };
parentPort?.postMessage(takeInventory(dir, skip));
