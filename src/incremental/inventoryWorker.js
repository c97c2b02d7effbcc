// Entry of the inventory thread, plain JavaScript so that it starts the same way from the sources and from
// dist/. Compiled, inventoryThread.js sits beside this file and runs as it is. In a development checkout only
// inventoryThread.ts does: tsx is registered first (loader hooks of the main thread do not reach a worker).
import { existsSync } from "node:fs";

const compiled = new URL("./inventoryThread.js", import.meta.url);
if (existsSync(compiled)) {
  await import(compiled.href);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import(new URL("./inventoryThread.ts", import.meta.url).href);
}
