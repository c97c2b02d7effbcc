/**
 * Pictures as HTML: <picture> with an AVIF, a WebP and a fallback srcset, width and height from the planned
 * size (no layout shift), lazy except the lead image, inside a <figure> with caption and credit.
 */
import { html, PICTURE_PLACEHOLDER, type SafeHtml } from "../render/index.ts";
import type { ImageRef } from "../validate/index.ts";
import { MIME, SIZES } from "./options.ts";
import type { Picture } from "./types.ts";

/** What a figure says besides the picture. */
type Caption = Pick<ImageRef, "alt" | "caption" | "credit">;

/** The <picture> element. The lead image loads first (`fetchpriority="high"`), every other one when scrolled to. */
export function pictureElement(picture: Picture, alt: string, lead: boolean, sizes = SIZES): SafeHtml {
  const last = picture.sources.length - 1;
  const srcset = (i: number) =>
    (picture.sources[i]?.variants ?? []).map((v) => `${v.url} ${v.width}w`).join(", ");
  const { url, width, height } = picture.fallback;
  const loading = lead ? html` fetchpriority="high"` : html` loading="lazy" decoding="async"`;
  return html`<picture>${picture.sources
    .slice(0, last)
    .map(
      (s, i) => html`<source type="${MIME[s.format]}" srcset="${srcset(i)}" sizes="${sizes}">`,
    )}<img src="${url}" srcset="${srcset(last)}" sizes="${sizes}" width="${width}" height="${height}" alt="${alt}"${loading}></picture>`;
}

/** Caption and credit, when there are any. */
export function figcaption(ref: Pick<Caption, "caption" | "credit">): SafeHtml {
  if (!ref.caption && !ref.credit) return html``;
  return html`<figcaption>${ref.caption ?? ""}${ref.caption && ref.credit ? " " : ""}${ref.credit ? html`<span class="credit">${ref.credit}</span>` : ""}</figcaption>`;
}

/** A processed picture as a figure. */
export function pictureFigure(picture: Picture, ref: Caption, lead: boolean): SafeHtml {
  return html`<figure class="${lead ? "picture lead-image" : "picture"}">${pictureElement(picture, ref.alt, lead)}${figcaption(ref)}</figure>`;
}

/** An https lead image, shown as given: its own URL, and width/height when the editor gave them. */
export function remoteLeadFigure(ref: ImageRef): SafeHtml {
  const size = ref.width && ref.height ? html` width="${ref.width}" height="${ref.height}"` : "";
  return html`<figure class="picture lead-image"><img src="${ref.src}" alt="${ref.alt}"${size} fetchpriority="high">${figcaption(ref)}</figure>`;
}

/** A picture placeholder as markdown.ts writes it (exported for the regular-expression check). */
export const PLACEHOLDER = new RegExp(
  `<${PICTURE_PLACEHOLDER}((?: data-[a-z]+="[^"]*")*)></${PICTURE_PLACEHOLDER}>`,
  "g",
);

/** Replaces the renderer's placeholders in a body with the processed pictures. */
export function placePictures(body: string, pictures: ReadonlyMap<string, Picture>): string {
  if (!body.includes(`<${PICTURE_PLACEHOLDER}`)) return body;
  return body.replace(PLACEHOLDER, (_, attrs: string) => {
    const a = Object.fromEntries(
      [...attrs.matchAll(/ data-([a-z]+)="([^"]*)"/g)].map((m) => [m[1], unescapeHtml(m[2] ?? "")]),
    ) as Record<string, string | undefined>;
    const src = a.src ?? "";
    const ref: Caption = {
      alt: a.alt ?? "",
      ...(a.caption ? { caption: a.caption } : {}),
      ...(a.credit ? { credit: a.credit } : {}),
    };
    const picture = pictures.get(src);
    // Only a picture of an unpublished article is unplanned (a build with errors never renders): show its text.
    if (!picture) return html`<span class="picture-missing">${ref.alt}</span>`.value;
    return (a.figure ? pictureFigure(picture, ref, false) : pictureElement(picture, ref.alt, false)).value;
  });
}

/** Undoes markdown-it's escapeHtml (the values are escaped again when written). */
function unescapeHtml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot);/g, (_, name: string) =>
    name === "amp" ? "&" : name === "lt" ? "<" : name === "gt" ? ">" : '"',
  );
}
