// Eleventy host config, for running Eleventy's own CLI on this site (`node --import tsx
// node_modules/@11ty/eleventy/cmd.cjs --config=.eleventy.ts --serve`). The documented ways are `summitdesk dev`
// (npm start) and `summitdesk build`, which writes atomically. Behaviour lives in src/eleventy/plugin.ts.
import { relative } from "node:path";
import summitdesk, { LAYOUTS_DIR } from "./src/eleventy/plugin.ts";
import type { EleventyConfig } from "./src/eleventy/types.ts";

export default function (eleventyConfig: EleventyConfig & { addPlugin(p: unknown, o: unknown): void }) {
  eleventyConfig.addPlugin(summitdesk, { root: process.cwd(), dev: true });
}

// Layouts are found relative to this package, so the dev server also runs on a content folder elsewhere.
export const config = { dir: { input: relative(process.cwd(), LAYOUTS_DIR) || ".", output: "_site" } };
