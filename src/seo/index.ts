/** Search-engine and link-preview output: JSON-LD, Open Graph, hreflang alternates, sitemaps, robots.txt. */
export { alternateUrl, translationOf } from "./alternates.ts";
export { articleImage, articleImagesLd, articlePreview, cardImage, termPreview } from "./images.ts";
export { entityLd, entityNodeId, entityRef, type JsonLd, newsArticleLd, wikidataUrl } from "./jsonLd.ts";
export { NEWS_WINDOW_MS, newsArticles, renderNewsSitemap } from "./newsSitemap.ts";
export { type MetaTag, type PreviewImage, type PreviewInput, previewTags } from "./openGraph.ts";
export { renderRobots } from "./robots.ts";
export {
  newestLastmod,
  renderSitemap,
  renderSitemapIndex,
  renderUrlset,
  SITEMAP_LIMITS,
  SITEMAP_MAX_BYTES,
  SITEMAP_MAX_URLS,
  type SitemapEntry,
  type SitemapLimits,
  type SitemapPart,
  sitemapEntries,
  sitemapPages,
  sitemapPartUrl,
  splitSitemap,
  withSitemaps,
} from "./sitemap.ts";
