/** A tiny static server for a built site, on 127.0.0.1 and a free port; started and stopped by the tests themselves. */
import { readFile, stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".wasm": "application/wasm",
};

/** The Content-Security-Policy the site is tested under: same-origin only; Pagefind needs 'wasm-unsafe-eval'. */
export const TEST_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/** A running server and how to stop it. */
export interface StaticServer {
  readonly origin: string;
  close(): Promise<void>;
}

async function fileFor(root: string, pathname: string): Promise<string | undefined> {
  const rel = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, "");
  const abs = join(root, rel);
  if (!abs.startsWith(root + sep) && abs !== root) return undefined;
  try {
    const s = await stat(abs);
    if (s.isDirectory()) {
      const index = join(abs, "index.html");
      return (await stat(index)).isFile() ? index : undefined;
    }
    return s.isFile() ? abs : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Serves `root`; every response carries `csp` when given. With `under` ("/news"), the site is served below that
 * path only, as a host serving it from a folder does: anything outside it is not found.
 */
export async function serve(
  root: string,
  csp: string | undefined = TEST_CSP,
  under = "",
): Promise<StaticServer> {
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const headers: Record<string, string> = csp ? { "content-security-policy": csp } : {};
    const inside = url.pathname.startsWith(`${under}/`);
    const file = inside ? await fileFor(root, url.pathname.slice(under.length)) : undefined;
    if (!file) {
      const notFound = await fileFor(root, "/404.html");
      res.writeHead(404, { ...headers, "content-type": TYPES[".html"] as string });
      res.end(notFound ? await readFile(notFound) : "not found");
      return;
    }
    res.writeHead(200, { ...headers, "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(await readFile(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
