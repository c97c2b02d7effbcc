export { type Defer, prepareOutput, type WriteOptions, type Written, writeSite } from "./build.ts";
export { default as summitdesk, LAYOUTS_DIR, type Options, useSummitdesk } from "./plugin.ts";
export { type ServeOptions, serveSite } from "./serve.ts";
export { giveBack, type TakenBack, takeBack } from "./takeBack.ts";
export { misnamedLayouts, readTheme, type SiteTheme, ThemeError } from "./theme.ts";
export type { EleventyConfig } from "./types.ts";
