// Eleventy host config, used by `npm start` (the dev server). Behaviour lives in src/eleventy/plugin.ts;
// production builds go through `summitdesk build`, which writes atomically.
import summitdesk from "./src/eleventy/plugin.ts";
import type { EleventyConfig } from "./src/eleventy/types.ts";

export default function (eleventyConfig: EleventyConfig & { addPlugin(p: unknown, o: unknown): void }) {
  eleventyConfig.addPlugin(summitdesk, { root: process.cwd(), dev: true });
}

export const config = { dir: { input: "layouts", output: "_site" } };
