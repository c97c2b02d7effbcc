// Entry of the article worker thread: a plain JS file, so the worker can register tsx itself (loader hooks
// of the main thread do not reach it) before loading the TypeScript that does the work.
import { register } from "tsx/esm/api";

register();
await import("./thread.ts");
