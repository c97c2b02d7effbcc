/** Feeds: Atom and JSON Feed for each edition and each entity page. */
export { renderAtom } from "./atom.ts";
export { editionFeed, entityFeed, FEED_SIZE, feedItem } from "./build.ts";
export { renderJsonFeed } from "./jsonFeed.ts";
export type { Feed, FeedItem } from "./types.ts";
export { absolutizeHtml, escapeXml } from "./xml.ts";
