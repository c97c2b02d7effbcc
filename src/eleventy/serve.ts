/**
 * The dev server (`summitdesk dev`): Eleventy's own server and watcher around our plugin in dev mode, started
 * through its programmatic API with the content folder from the command line. Pages render when requested.
 */
import { resolve } from "node:path";
import Eleventy from "@11ty/eleventy";
import { LAYOUTS_DIR, useSummitdesk } from "./plugin.ts";
import type { EleventyConfig } from "./types.ts";

/** Where and how to serve. */
export interface ServeOptions {
  /** Project root (urls.json, .cache/). */
  readonly root: string;
  /** The content folder, absolute. */
  readonly content: string;
  /** Where Eleventy keeps the files it writes (static assets, pictures), relative to root or absolute. */
  readonly out: string;
  /** The built site, relative to root or absolute: its search bundles are served, read-only. */
  readonly site: string;
  readonly port: number;
}

/** Starts serving; resolves with a function that stops the watcher and the server. */
export async function serveSite(options: ServeOptions): Promise<() => Promise<void>> {
  const output = resolve(options.root, options.out);
  const eleventy = new Eleventy(LAYOUTS_DIR, output, {
    runMode: "serve",
    configPath: false,
    config(cfg: EleventyConfig) {
      useSummitdesk(cfg, {
        root: options.root,
        content: options.content,
        dev: true,
        output,
        search: resolve(options.root, options.site),
      });
    },
  });
  await eleventy.init();
  await eleventy.watch();
  await eleventy.serve(options.port);
  return () => eleventy.stopWatch();
}
