/** Feeds: Atom and JSON Feed for each edition, each entity page and each author. */
export { renderAtom } from "./atom.ts";
export { authorFeed, editionFeed, entityFeed, FEED_SIZE, feedItem } from "./build.ts";
export { renderJsonFeed } from "./jsonFeed.ts";
export type { Feed, FeedItem } from "./types.ts";
export { absolutizeHtml, escapeXml } from "./xml.ts";
