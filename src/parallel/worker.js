// Entry of the article worker thread, plain JavaScript so that it starts the same way from the sources and from
// dist/. Compiled, thread.js sits beside this file and runs as it is. In a development checkout only thread.ts
// does: tsx is registered first (loader hooks of the main thread do not reach a worker).
import { existsSync } from "node:fs";

const compiled = new URL("./thread.js", import.meta.url);
if (existsSync(compiled)) {
  await import(compiled.href);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import(new URL("./thread.ts", import.meta.url).href);
}
