export { prepareOutput, type Written, writeSite } from "./build.ts";
export { default as summitdesk, LAYOUTS_DIR, type Options } from "./plugin.ts";
export { type ServeOptions, serveSite } from "./serve.ts";
export type { EleventyConfig } from "./types.ts";
