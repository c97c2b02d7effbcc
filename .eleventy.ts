// Eleventy host config, for running Eleventy's own CLI on this site under tsx (`node --import tsx
// node_modules/@11ty/eleventy/cmd.cjs --config=.eleventy.ts`). The documented ways are `summitdesk dev`
// (npm start) and `summitdesk build`, which writes atomically; plain `npx @11ty/eleventy` reads
// eleventy.config.js, which says so. With `--serve` this way, Eleventy served the first build of a project but
// did not notice saves in its content/ (seen on generated projects of 300 and 10,000 articles, where
// `summitdesk dev` showed a save in 0.3 s): use `summitdesk dev`. Behaviour lives in src/eleventy/plugin.ts.
import { relative } from "node:path";
import { LAYOUTS_DIR, useSummitdesk } from "./src/eleventy/plugin.ts";
import type { EleventyConfig } from "./src/eleventy/types.ts";

export default function (eleventyConfig: EleventyConfig) {
  useSummitdesk(eleventyConfig, { root: process.cwd(), dev: true });
}

// Layouts are found relative to this package, so the dev server also runs on a content folder elsewhere.
export const config = { dir: { input: relative(process.cwd(), LAYOUTS_DIR) || ".", output: "_site" } };
