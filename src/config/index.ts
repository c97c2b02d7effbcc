export { defaults, isZone, readSiteConfig, type SiteConfig } from "./siteConfig.ts";
