/** `summitdesk dev [--port PORT]`: the dev server, until Ctrl-C (or SIGTERM). */
import { CACHE_DIR } from "../cache/index.ts";
import type { Project } from "./project.ts";
import { checkTheme } from "./theme.ts";

/** What `dev` was asked to do. */
export interface DevOptions {
  readonly port: number;
  /** The built site (`build`'s output folder), relative to the root or absolute: search is served from it. */
  readonly site: string;
}

/**
 * Where the dev server keeps the files Eleventy writes (assets, pictures, pages of the site's own layouts, drafts
 * among them): a folder of its own in the build cache, never the built site, which it would change in place.
 */
export const DEV_DIR = `${CACHE_DIR}/dev`;

export async function dev(project: Project, options: DevOptions): Promise<number> {
  if (!checkTheme(project)) return 1;
  // Loaded here, not at the top: Eleventy takes most of a second to load and only this command needs it.
  const { serveSite } = await import("../eleventy/index.ts");
  const stop = await serveSite({
    root: project.root,
    content: project.content,
    port: options.port,
    out: DEV_DIR,
    site: options.site,
  });
  await new Promise<void>((done) => {
    for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => done());
  });
  // Eleventy closes its server and watcher; what else is open (our deletion watcher, an idle browser's
  // connection) would keep Node running, so bin/summitdesk.js ends the process once this returns. A close that
  // hangs must not keep Ctrl-C from stopping the server: it gets a moment, no more.
  await Promise.race([stop(), new Promise((done) => setTimeout(done, STOP_MS).unref())]);
  return 0;
}

/** How long stopping may take before the process ends anyway. */
const STOP_MS = 2000;
