/** Open Graph and Twitter card tags as [attribute, name, content] triples; the shell writes them as <meta>. */
import type { Lang } from "../registry/index.ts";

/** What a page says about itself to link previews. */
export interface PreviewInput {
  readonly lang: Lang;
  readonly siteName: string;
  readonly title: string;
  readonly description: string;
  /** Absolute canonical URL. */
  readonly url: string;
  readonly type: "website" | "article" | "profile";
  /** The picture a link preview shows: absolute URL, text alternative, and its size and type when known. */
  readonly image?: PreviewImage;
  /** Article times (RFC 3339). */
  readonly published?: string;
  readonly modified?: string;
  /** Whether the other language has the same page. */
  readonly hasAlternate: boolean;
}

/** A link preview's picture. */
export interface PreviewImage {
  readonly url: string;
  readonly alt: string;
  readonly width?: number;
  readonly height?: number;
  /** MIME type ("image/jpeg"). */
  readonly type?: string;
}

/** One <meta>: `property` for Open Graph, `name` for Twitter. */
export type MetaTag = readonly ["property" | "name", string, string];

const LOCALE: Readonly<Record<Lang, string>> = { de: "de_DE", en: "en_GB" };

/** The tags in a fixed order. */
export function previewTags(p: PreviewInput): MetaTag[] {
  const other: Lang = p.lang === "de" ? "en" : "de";
  const tags: MetaTag[] = [
    ["property", "og:type", p.type],
    ["property", "og:site_name", p.siteName],
    ["property", "og:title", p.title],
    ["property", "og:description", p.description],
    ["property", "og:url", p.url],
    ["property", "og:locale", LOCALE[p.lang]],
  ];
  if (p.hasAlternate) tags.push(["property", "og:locale:alternate", LOCALE[other]]);
  if (p.image) {
    tags.push(["property", "og:image", p.image.url]);
    if (p.image.type) tags.push(["property", "og:image:type", p.image.type]);
    if (p.image.width && p.image.height) {
      tags.push(
        ["property", "og:image:width", String(p.image.width)],
        ["property", "og:image:height", String(p.image.height)],
      );
    }
    tags.push(["property", "og:image:alt", p.image.alt]);
  }
  if (p.published) tags.push(["property", "article:published_time", p.published]);
  if (p.modified) tags.push(["property", "article:modified_time", p.modified]);
  tags.push(
    ["name", "twitter:card", p.image ? "summary_large_image" : "summary"],
    ["name", "twitter:title", p.title],
    ["name", "twitter:description", p.description],
  );
  if (p.image) tags.push(["name", "twitter:image", p.image.url], ["name", "twitter:image:alt", p.image.alt]);
  return tags;
}
