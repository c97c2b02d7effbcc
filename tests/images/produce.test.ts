/**
 * Making the pictures: real files through eleventy-img and sharp, and cards in their threads. Outputs have the
 * planned size and format, are never larger than their source, are not made again when cached (counted through
 * the encode hook, not timed), and are the same bytes when made again from nothing.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { imageSize } from "image-size";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { produceImages, type SiteImages } from "../../src/images/index.ts";
import { readContent, readImages } from "../../src/load/index.ts";
import { runPipeline } from "../../src/pipeline.ts";
import { removeProject, writeProject } from "../helpers/project.ts";

/** A picture with gradients and shapes (rendered by sharp from SVG), as JPEG or PNG. */
async function picture(width: number, height: number, format: "jpeg" | "png", quality = 90): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><linearGradient id="g" x2="1" y2="1"><stop offset="0" stop-color="#1d3557"/><stop offset="1" stop-color="#e76f51"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/><circle cx="${width / 3}" cy="${height / 2}" r="${height / 4}" fill="#f4a261"/><rect x="${width / 2}" y="${height / 3}" width="${width / 4}" height="${height / 2}" fill="#2a9d8f"/></svg>`;
  const image = sharp(Buffer.from(svg));
  return format === "jpeg" ? image.jpeg({ quality }).toBuffer() : image.png({ palette: true }).toBuffer();
}

let root: string;
let images: SiteImages;
const caches: string[] = [];
const cacheDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "summitdesk-produce-"));
  caches.push(dir);
  return dir;
};
const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

beforeAll(async () => {
  root = writeProject({
    "content/site.yaml":
      "title: { de: Gipfeldienst, en: Summit Desk }\nurl: https://news.example.org\ndefaultLang: en\n",
    // Saved at quality 20: re-encoding at the site's quality would make it larger, so the smaller settings run.
    "content/images/lead.jpg": await picture(1300, 731, "jpeg", 20),
    "content/images/photo.jpg": await picture(1000, 563, "jpeg"),
    "content/images/chart.png": await picture(800, 450, "png"),
    "content/articles/a.md": `---
title: "A very long headline about Tokayev, Xi and the Shanghai Cooperation Organisation's Entwicklungsstrategiezusammenarbeitsabkommen"
date: 2025-08-31 09:30
image: { src: /images/lead.jpg, alt: Lead, credit: "Foto: A" }
---
![Photo](/images/photo.jpg "A photo | Foto: B")

![Chart](/images/chart.png "A chart | Grafik: C")
`,
    "content/articles/b.md":
      "---\ntitle: </text><script>alert(1)</script> & more\ndate: 2025-08-31 10:00\n---\nText.\n",
  });
  const result = runPipeline(readContent(root).value, {
    dev: false,
    now: Date.parse("2026-01-01T00:00:00Z"),
    images: readImages(root),
  });
  if (!result.model) throw new Error(JSON.stringify(result.diagnostics, null, 2));
  images = result.model.images;
}, 60_000);

afterAll(() => {
  removeProject(root);
  for (const dir of caches) rmSync(dir, { recursive: true, force: true });
});

describe("produceImages", () => {
  let first: string;
  let made: Awaited<ReturnType<typeof produceImages>>;
  let encodes = 0;

  beforeAll(async () => {
    first = cacheDir();
    made = await produceImages(images, { root, cacheDir: first, onEncode: () => encodes++ });
  }, 120_000);

  it("writes every planned output at its planned size and in its format", () => {
    const outputs = images.jobs.flatMap((job) => job.outputs);
    expect(made.files.length).toBe(outputs.length + images.cards.size);
    for (const out of outputs) {
      const size = imageSize(readFileSync(join(first, out.file)));
      expect([size.width, size.height, size.type], out.file).toEqual([
        out.width,
        out.height,
        out.format === "jpeg" ? "jpg" : out.format,
      ]);
    }
    for (const card of images.cards.values()) {
      expect(imageSize(readFileSync(join(first, card.file)))).toMatchObject({
        width: 1200,
        height: 630,
        type: "png",
      });
    }
  });

  it("never scales up: a 1000 px picture is made at 480, 800 and 1000 px", () => {
    const photo = images.pictures.get("/images/photo.jpg");
    expect(photo?.sources.map((s) => s.variants.map((v) => v.width))).toEqual([
      [480, 800, 1000],
      [480, 800, 1000],
      [480, 800, 1000],
    ]);
  });

  it("never writes a file larger than its source, even for a source saved at low quality", () => {
    expect(made.larger).toEqual([]);
    for (const job of images.jobs) {
      for (const out of job.outputs) {
        expect(readFileSync(join(first, out.file)).length, out.file).toBeLessThanOrEqual(job.bytes);
      }
    }
    // The low-quality lead needed the smaller settings: more encodes than outputs.
    expect(encodes).toBeGreaterThan(
      images.jobs.reduce((n, job) => n + job.outputs.length, 0) + images.cards.size,
    );
  });

  it("encodes nothing again when everything is in the cache", async () => {
    let again = 0;
    const second = await produceImages(images, { root, cacheDir: first, onEncode: () => again++ });
    expect(again).toBe(0);
    expect(second).toMatchObject({ made: 0, reused: made.files.length });
  });

  it("makes only what the cache lacks and the site does not already hold", async () => {
    const empty = cacheDir();
    const held = new Set(made.files.slice(1));
    const encoded: string[] = [];
    const run = await produceImages(images, {
      root,
      cacheDir: empty,
      present: (file) => held.has(file),
      onEncode: (file) => encoded.push(file),
    });
    // Every file is still the site's (the cache is pruned to these), but only the one not held was made.
    expect(run.files).toEqual(made.files);
    expect(run.made).toBe(1);
    expect([...new Set(encoded)]).toEqual(made.files.slice(0, 1));
    expect(readFileSync(join(empty, made.files[0] as string))).toEqual(
      readFileSync(join(first, made.files[0] as string)),
    );
  }, 120_000);

  it("makes the same bytes from nothing: pictures and cards are deterministic", async () => {
    const other = cacheDir();
    await produceImages(images, { root, cacheDir: other });
    const differing = made.files.filter((file) => sha(join(first, file)) !== sha(join(other, file)));
    expect(differing).toEqual([]);
  }, 120_000);

  it("draws a card for a hostile title as glyphs: a whole 1200×630 PNG", async () => {
    const card = [...images.cards.values()].find((c) => c.text.headline.includes("<script>"));
    expect(card).toBeDefined();
    const meta = await sharp(readFileSync(join(first, card?.file ?? ""))).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(["png", 1200, 630]);
  });

  it("says which picture cannot be processed", async () => {
    writeFileSync(join(root, "content/images/photo.jpg"), "not a picture any more");
    const job = images.jobs.find((j) => j.source.endsWith("photo.jpg"));
    const broken: SiteImages = { pictures: new Map(), cards: new Map(), jobs: job ? [job] : [] };
    await expect(produceImages(broken, { root, cacheDir: cacheDir() })).rejects.toThrow(
      /^content\/images\/photo\.jpg: the picture cannot be processed/,
    );
  });
});
