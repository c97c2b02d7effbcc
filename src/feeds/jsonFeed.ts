/** Serialises a Feed as JSON Feed 1.1 (https://jsonfeed.org/version/1.1). */
import type { Feed, FeedItem } from "./types.ts";

/** The JSON Feed document, pretty-printed, ending in a newline. */
export function renderJsonFeed(feed: Feed): string {
  const doc = {
    version: "https://jsonfeed.org/version/1.1",
    title: feed.title,
    home_page_url: feed.homeUrl,
    feed_url: feed.jsonUrl,
    description: feed.description,
    language: feed.lang,
    authors: [{ name: feed.publisher }],
    items: feed.items.map(item),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

function item(i: FeedItem): Record<string, unknown> {
  return {
    id: i.id,
    url: i.url,
    title: i.title,
    content_html: i.contentHtml,
    ...(i.summary ? { summary: i.summary } : {}),
    ...(i.image ? { image: i.image.url } : {}),
    date_published: i.published,
    date_modified: i.updated,
    ...(i.authors.length > 0 ? { authors: i.authors.map((name) => ({ name })) } : {}),
    ...(i.tags.length > 0 ? { tags: i.tags } : {}),
    language: i.lang,
  };
}
