/** The pictures stage: every problem with a picture file at the line that uses it, and the plan of outputs and cards. */
import { describe, expect, it } from "vitest";
import { cardKey, widthsFor } from "../../src/images/index.ts";
import type { ImageLibrary, ImageProbe } from "../../src/load/index.ts";
import { runPipeline } from "../../src/pipeline.ts";

const SITE = `title: { de: Gipfeldienst, en: Summit Desk }
url: https://news.example.org
defaultLang: de
timeZone: Europe/Berlin
`;
const A = "content/articles/a.md";

function article(path: string, front: string, body = "Text."): { path: string; text: string } {
  return { path, text: `---\ntitle: Titel\ndate: 2025-08-31 09:30\n${front}---\n${body}\n` };
}

function image(
  url: string,
  width: number,
  height: number,
  format: "jpeg" | "png" = "jpeg",
): Extract<ImageProbe, { kind: "image" }> {
  return {
    kind: "image",
    path: `content${url}`,
    bytes: 200_000,
    hash: `hash-of-${url}`,
    format,
    width,
    height,
  };
}

function library(files: Record<string, ImageProbe>): ImageLibrary {
  return { urls: Object.keys(files).sort(), probe: (url) => files[url] };
}

function run(articles: { path: string; text: string }[], files: Record<string, ImageProbe> = {}) {
  return runPipeline(
    { site: { path: "content/site.yaml", text: SITE }, registry: [], articles },
    { dev: false, now: Date.parse("2026-01-01T00:00:00Z"), images: library(files) },
  );
}

const lead = (src: string) => `image: { src: ${src}, alt: Ein Bild, credit: "Foto: A" }\n`;
const errorsOf = (r: ReturnType<typeof run>) =>
  r.diagnostics
    .filter((d) => d.severity === "error")
    .map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId}`);

describe("checking pictures against content/images/", () => {
  it("reports a missing file at the line that names it, with the closest file name", () => {
    const r = run([article(A, lead("/images/tianjn.jpg"))], {
      "/images/tianjin.jpg": image("/images/tianjin.jpg", 2000, 1125),
    });
    expect(errorsOf(r)).toEqual([`${A}:4:15 image/not-found`]);
    expect(r.diagnostics[0]?.message).toBe('The lead image "/images/tianjn.jpg" is not in content/images/.');
    expect(r.diagnostics[0]?.hint).toBe('Did you mean "/images/tianjin.jpg"?');
    expect(r.model).toBeUndefined();
  });

  it("reports files that are not pictures, too large, or links, saying which limit", () => {
    const files: Record<string, ImageProbe> = {
      "/images/plan.svg": { kind: "not-an-image", path: "content/images/plan.svg", detected: "svg" },
      "/images/notes.jpg": { kind: "not-an-image", path: "content/images/notes.jpg" },
      "/images/raw.jpg": { kind: "too-large", path: "content/images/raw.jpg", bytes: 25 * 1048576 },
      "/images/huge.jpg": image("/images/huge.jpg", 10_000, 8_000),
      "/images/link.jpg": { kind: "symlink", path: "content/images/link.jpg" },
    };
    const body = Object.keys(files)
      .map((src) => `![Bild](${src} "Bild | Foto: A")`)
      .join("\n\n");
    const r = run([article(A, "", body)], files);
    expect(errorsOf(r)).toEqual([
      `${A}:5:1 image/not-an-image`,
      `${A}:7:1 image/not-an-image`,
      `${A}:9:1 image/too-large`,
      `${A}:11:1 image/too-large`,
      `${A}:13:1 image/unsafe-path`,
    ]);
    const messages = r.diagnostics.map((d) => d.message);
    expect(messages).toEqual([
      'The picture "/images/plan.svg" is an SVG drawing; SVG files are not accepted (they can carry scripts).',
      'The picture "/images/notes.jpg" is not a JPEG, PNG, WebP or AVIF picture.',
      'The picture "/images/raw.jpg" is 25.0 MB; the limit is 20.0 MB per file.',
      'The picture "/images/huge.jpg" has 80.0 megapixels (10000 × 8000); the limit is 50 megapixels.',
      'The picture "/images/link.jpg" is a symbolic link; links are not followed.',
    ]);
  });

  it("refuses a picture narrower than its place needs, and says how wide it must be", () => {
    const files = { "/images/small.jpg": image("/images/small.jpg", 800, 450) };
    const r = run(
      [
        article(A, lead("/images/small.jpg")),
        article("content/articles/b.md", "", '![Bild](/images/small.jpg "| Foto: A")'),
        article("content/articles/c.md", "", '![Bild](/images/smaller.jpg "| Foto: A")'),
      ],
      { ...files, "/images/smaller.jpg": image("/images/smaller.jpg", 600, 400) },
    );
    expect(errorsOf(r)).toEqual([`${A}:4:15 image/too-small`, "content/articles/c.md:5:1 image/too-small"]);
    expect(r.diagnostics.map((d) => d.message)).toEqual([
      'The lead image "/images/small.jpg" is 800 px wide; a lead image needs at least 1200 px.',
      'The picture "/images/smaller.jpg" is 600 px wide; a picture in the text needs at least 704 px.',
    ]);
  });

  it("checks the pictures of drafts too, but plans only those of published articles", () => {
    const files = { "/images/a.jpg": image("/images/a.jpg", 2000, 1125) };
    const r = run(
      [
        article(A, `draft: true\n${lead("/images/a.jpg")}`),
        article("content/articles/b.md", lead("/images/nope.jpg")),
      ],
      files,
    );
    expect(errorsOf(r)).toEqual(["content/articles/b.md:4:15 image/not-found"]);
    const ok = run([article(A, `draft: true\n${lead("/images/a.jpg")}`)], files);
    expect(ok.model?.images.jobs).toEqual([]);
  });
});

describe("the plan", () => {
  it("makes AVIF, WebP and JPEG at the standard widths, sizes rounded as sharp rounds them, and three crops", () => {
    const r = run([article(A, lead("/images/Gipfel Foto.jpg".replace(" ", "-")))], {
      "/images/Gipfel-Foto.jpg": image("/images/Gipfel-Foto.jpg", 2000, 1123),
    });
    const picture = r.model?.images.pictures.get("/images/Gipfel-Foto.jpg");
    expect(picture?.sources.map((s) => [s.format, s.variants.map((v) => `${v.width}x${v.height}`)])).toEqual([
      ["avif", ["480x270", "800x449", "1200x674", "1600x898"]],
      ["webp", ["480x270", "800x449", "1200x674", "1600x898"]],
      ["jpeg", ["480x270", "800x449", "1200x674", "1600x898"]],
    ]);
    expect(picture?.fallback.url).toMatch(/^\/img\/gipfel-foto-[0-9a-f]{12}-1600\.jpg$/);
    expect(picture?.social).toMatchObject({
      wide: { width: 1200, height: 675, format: "jpeg" },
      standard: { width: 1200, height: 900 },
      square: { width: 1123, height: 1123 },
    });
    expect(r.model?.images.jobs).toHaveLength(1);
    expect(r.model?.images.jobs[0]?.outputs).toHaveLength(15);
  });

  it("never plans a width above the source's; adds the source's own width when clearly wider", () => {
    expect(widthsFor(704)).toEqual([480, 704]);
    expect(widthsFor(1000)).toEqual([480, 800, 1000]);
    expect(widthsFor(1300)).toEqual([480, 800, 1200]);
    expect(widthsFor(4000)).toEqual([480, 800, 1200, 1600]);
  });

  it("keeps PNG as PNG for the fallback, and plans a picture used twice once", () => {
    const files = { "/images/chart.png": image("/images/chart.png", 1600, 900, "png") };
    const r = run(
      [
        article(A, lead("/images/chart.png")),
        article("content/articles/b.md", "", '![Chart](/images/chart.png "| Grafik: A")'),
      ],
      files,
    );
    expect(r.model?.images.jobs).toHaveLength(1);
    const picture = r.model?.images.pictures.get("/images/chart.png");
    expect(picture?.sources.map((s) => s.format)).toEqual(["avif", "webp", "png"]);
    expect(picture?.social?.wide.format).toBe("png");
  });

  it("names outputs by the source's content: another file gives other names, the same file the same", () => {
    const one = run([article(A, lead("/images/a.jpg"))], {
      "/images/a.jpg": image("/images/a.jpg", 2000, 1125),
    });
    const same = run([article(A, lead("/images/a.jpg"))], {
      "/images/a.jpg": image("/images/a.jpg", 2000, 1125),
    });
    const edited = run([article(A, lead("/images/a.jpg"))], {
      "/images/a.jpg": { ...image("/images/a.jpg", 2000, 1125), hash: "another" },
    });
    const url = (r: ReturnType<typeof run>) => r.model?.images.pictures.get("/images/a.jpg")?.fallback.url;
    expect(url(same)).toBe(url(one));
    expect(url(edited)).not.toBe(url(one));
  });

  it("gives a card to articles without a picture, to every entity page and to each edition", () => {
    const r = run(
      [article(A, lead("/images/a.jpg")), article("content/articles/b.md", "countries: [KZ]\nlang: en\n")],
      { "/images/a.jpg": image("/images/a.jpg", 2000, 1125) },
    );
    const cards = r.model?.images.cards;
    expect([...(cards?.keys() ?? [])].sort()).toEqual(
      [
        cardKey.article({ lang: "en", slug: "b" }),
        cardKey.site("de"),
        cardKey.site("en"),
        cardKey.term("en", "country:KZ"),
      ].sort(),
    );
    expect(cards?.get(cardKey.article({ lang: "en", slug: "b" }))).toMatchObject({
      width: 1200,
      height: 630,
      text: {
        headline: "Titel",
        kicker: "Kazakhstan",
        date: "31 August 2025",
        site: "Summit Desk",
        lang: "en",
      },
    });
    expect(cards?.get(cardKey.term("en", "country:KZ"))?.url).toMatch(/^\/img\/card-[0-9a-f]{12}\.png$/);
  });

  it("leaves an https lead image as it is: nothing to encode, no card", () => {
    const r = run([article(A, "image: { src: 'https://example.org/a.jpg', alt: A }\n")]);
    expect(r.model?.images.jobs).toEqual([]);
    expect(r.model?.images.cards.has(cardKey.article({ lang: "de", slug: "a" }))).toBe(false);
  });
});
