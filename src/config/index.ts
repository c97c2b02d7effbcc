export { defaults, readSiteConfig, type SiteConfig } from "./siteConfig.ts";
