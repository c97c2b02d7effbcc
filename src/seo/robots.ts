/** robots.txt: everything may be crawled; the sitemaps are announced. */
import type { SiteModel } from "../site/types.ts";

export function renderRobots(model: SiteModel): string {
  const base = model.config.url;
  return [
    "User-agent: *",
    "Allow: /",
    "",
    `Sitemap: ${base}/sitemap.xml`,
    `Sitemap: ${base}/news-sitemap.xml`,
    "",
  ].join("\n");
}
