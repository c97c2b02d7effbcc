// Entry of a card thread, plain JavaScript so that it starts the same way from the sources and from dist/.
// Compiled, cardThread.js sits beside this file and runs as it is. In a development checkout only
// cardThread.ts does: tsx is registered first (loader hooks of the main thread do not reach a worker).
import { existsSync } from "node:fs";

const compiled = new URL("./cardThread.js", import.meta.url);
if (existsSync(compiled)) {
  await import(compiled.href);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import(new URL("./cardThread.ts", import.meta.url).href);
}
