/** Serialises a Feed as Atom 1.0 (RFC 4287). */
import type { Feed, FeedItem } from "./types.ts";
import { escapeXml as x } from "./xml.ts";

/** The Atom document, UTF-8, ending in a newline. */
export function renderAtom(feed: Feed): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/" xml:lang="${x(feed.lang)}">`,
    `<id>${x(feed.atomUrl)}</id>`,
    `<title>${x(feed.title)}</title>`,
    `<subtitle>${x(feed.description)}</subtitle>`,
    `<updated>${x(feed.updated)}</updated>`,
    `<link rel="self" type="application/atom+xml" href="${x(feed.atomUrl)}"/>`,
    `<link rel="alternate" type="text/html" href="${x(feed.homeUrl)}"/>`,
    `<link rel="alternate" type="application/feed+json" href="${x(feed.jsonUrl)}"/>`,
    `<author><name>${x(feed.publisher)}</name></author>`,
    `<generator uri="https://github.com/summitdesk">summitdesk</generator>`,
    ...feed.items.map(entry),
    "</feed>",
  ];
  return `${lines.join("\n")}\n`;
}

function entry(item: FeedItem): string {
  return [
    `<entry xml:lang="${x(item.lang)}">`,
    `<id>${x(item.id)}</id>`,
    `<title>${x(item.title)}</title>`,
    `<link rel="alternate" type="text/html" href="${x(item.url)}"/>`,
    ...(item.image ? picture(item.image) : []),
    `<published>${x(item.published)}</published>`,
    `<updated>${x(item.updated)}</updated>`,
    ...item.authors.map((name) => `<author><name>${x(name)}</name></author>`),
    ...item.tags.map((tag) => `<category term="${x(tag)}"/>`),
    ...(item.summary ? [`<summary>${x(item.summary)}</summary>`] : []),
    `<content type="html">${x(item.contentHtml)}</content>`,
    "</entry>",
  ].join("\n");
}

/** The article's picture: an enclosure link (RFC 4287 §4.2.7.2) and Media RSS for readers that show pictures. */
function picture(image: NonNullable<FeedItem["image"]>): string[] {
  const type = image.type ? ` type="${x(image.type)}"` : "";
  const size = image.width && image.height ? ` width="${image.width}" height="${image.height}"` : "";
  return [
    `<link rel="enclosure"${type} href="${x(image.url)}"/>`,
    `<media:content medium="image" url="${x(image.url)}"${type}${size}><media:description type="plain">${x(image.alt)}</media:description></media:content>`,
  ];
}
