/**
 * Page data: for each HTML page, the typed data its layout turns into markup (types.ts, docs/theming.md). The
 * pipeline's last step before Eleventy; layouts, ours and a site's, only lay it out.
 */
export { type DataFilePage, type HtmlPage, isHtmlPage, layoutOf, pageDataOf } from "./build.ts";
export { DEFAULT_THEME, type PageContext, type Theme } from "./context.ts";
export { zoneCity, zoneLabel } from "./hub.ts";
export * from "./types.ts";
