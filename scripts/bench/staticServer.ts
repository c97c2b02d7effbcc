/** A static file server for a built site, on 127.0.0.1 and a free port, for `npm run bench:search`'s browser. */
import { readFile, stat } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
};

/** The file a URL path names below `root` (a folder means its index.html); undefined outside `root` or missing. */
async function fileFor(root: string, pathname: string): Promise<string | undefined> {
  const abs = join(root, normalize(decodeURIComponent(pathname)).replace(/^[/\\]+/, ""));
  if (abs !== root && !abs.startsWith(root + sep)) return undefined;
  try {
    const s = await stat(abs);
    return s.isDirectory() ? join(abs, "index.html") : abs;
  } catch {
    return undefined;
  }
}

/** Serves `root` until `close()` is called. */
export async function serveStatic(root: string): Promise<{ origin: string; close(): Promise<void> }> {
  const server = createServer(async (req, res) => {
    const file = await fileFor(root, new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    try {
      if (!file) throw new Error("not found");
      const body = await readFile(file);
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
