/**
 * The pictures stage: checks every picture an article uses against the files in content/images/ (missing,
 * not an image, too large, too small), and plans what the published site shows and the build encodes —
 * every URL and pixel size is known here, before anything is encoded, so pages render while pictures encode.
 */
import type { SiteConfig } from "../config/index.ts";
import { closest, type Diagnostic } from "../diagnostics/index.ts";
import type { Article } from "../enrich/index.ts";
import type { SiteIndex } from "../index/index.ts";
import { type ImageLibrary, type ImageProbe, MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS } from "../load/index.ts";
import { LANGS, type Registry } from "../registry/index.ts";
import { articleId } from "../render/index.ts";
import { slugify } from "../text/index.ts";
import { type ImageRef, isLocalImage } from "../validate/index.ts";
import { articleCardText, siteCardText, termCardText } from "./cardText.ts";
import { outputKey } from "./identity.ts";
import { CARD, EXTENSION, MIN_WIDTH, OWN_WIDTH_STEP, SOCIAL_WIDTH, WIDTHS } from "./options.ts";
import type {
  Card,
  CardText,
  ImageJob,
  ImageOutput,
  ImageVariant,
  OutputFormat,
  Picture,
  SiteImages,
  SocialCrops,
} from "./types.ts";

/** What the stage looks at. */
export interface ImagesInput {
  /** Every article whose front matter is valid (drafts and scheduled ones too): all are checked. */
  readonly articles: readonly Article[];
  /** The published site: only its pictures are planned and only its pages get cards. */
  readonly index: SiteIndex;
  readonly registry: Registry;
  readonly config: SiteConfig;
  /** The build's reference time (ms): a person's card names the office held then. */
  readonly now: number;
  /** The project's picture files; without it every local picture is missing. */
  readonly library?: ImageLibrary;
}

/** The key of a page's card in SiteImages.cards. */
export const cardKey = {
  article: (article: Pick<Article, "lang" | "slug">) => `article:${articleId(article)}`,
  term: (lang: string, key: string) => `term:${lang}:${key}`,
  site: (lang: string) => `site:${lang}`,
};

/** The stage. */
export function planImages(input: ImagesInput): { value: SiteImages; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const usable = new Map<string, Extract<ImageProbe, { kind: "image" }>>();
  for (const article of input.articles) {
    for (const ref of refsOf(article)) {
      if (!isLocalImage(ref.src)) continue;
      const problem = checkRef(article.file, ref, input.library);
      if (problem) diagnostics.push(problem);
      else {
        const probe = input.library?.probe(ref.src);
        if (probe?.kind === "image") usable.set(ref.src, probe);
      }
    }
  }
  // Plan the pictures of published articles only, and each once; a lead image anywhere adds social crops.
  const leads = new Set<string>();
  const used = new Set<string>();
  for (const article of input.index.articles) {
    for (const ref of refsOf(article)) {
      if (!usable.has(ref.src)) continue;
      used.add(ref.src);
      if (ref.role === "lead") leads.add(ref.src);
    }
  }
  const pictures = new Map<string, Picture>();
  const jobs: ImageJob[] = [];
  for (const src of [...used].sort()) {
    const probe = usable.get(src);
    if (!probe) continue;
    const { picture, job } = planPicture(src, probe, leads.has(src));
    pictures.set(src, picture);
    jobs.push(job);
  }
  return { value: { pictures, cards: planCards(input), jobs }, diagnostics };
}

/** The lead image and the body's pictures of an article. */
export function refsOf(article: Article): readonly ImageRef[] {
  return [...(article.image ? [article.image] : []), ...(article.bodyImages ?? [])];
}

/** The problem with one local picture, if any. */
function checkRef(file: string, ref: ImageRef, library: ImageLibrary | undefined): Diagnostic | undefined {
  const at = { file, line: ref.line, column: ref.column, severity: "error" as const };
  const what = ref.role === "lead" ? "The lead image" : "The picture";
  const probe = library?.probe(ref.src);
  if (!probe) {
    const guess = closest(ref.src, library?.urls ?? []);
    return {
      ...at,
      ruleId: "image/not-found",
      message: `${what} "${ref.src}" is not in content/images/.`,
      hint: guess
        ? `Did you mean "${guess}"?`
        : `Put the file at content${ref.src}, or correct the path (it is case-sensitive).`,
    };
  }
  switch (probe.kind) {
    case "symlink":
      return {
        ...at,
        ruleId: "image/unsafe-path",
        message: `${what} "${ref.src}" is a symbolic link; links are not followed.`,
        hint: "Copy the file into content/images/ instead of linking to it.",
      };
    case "too-large":
      return {
        ...at,
        ruleId: "image/too-large",
        message: `${what} "${ref.src}" is ${mb(probe.bytes)}; the limit is ${mb(MAX_IMAGE_BYTES)} per file.`,
        hint: "Export a smaller version: 2000–3000 px wide at JPEG quality 85 is plenty for the web.",
      };
    case "not-an-image":
      return {
        ...at,
        ruleId: "image/not-an-image",
        message:
          probe.detected === "svg"
            ? `${what} "${ref.src}" is an SVG drawing; SVG files are not accepted (they can carry scripts).`
            : `${what} "${ref.src}" is not a JPEG, PNG, WebP or AVIF picture${probe.detected ? ` (it is ${probe.detected.toUpperCase()})` : ""}.`,
        hint: "Export it as JPEG (photos) or PNG (charts, drawings) and refer to that file.",
      };
    case "image": {
      const pixels = probe.width * probe.height;
      if (pixels > MAX_IMAGE_PIXELS) {
        return {
          ...at,
          ruleId: "image/too-large",
          message: `${what} "${ref.src}" has ${(pixels / 1e6).toFixed(1)} megapixels (${probe.width} × ${probe.height}); the limit is ${MAX_IMAGE_PIXELS / 1e6} megapixels.`,
          hint: "Export a smaller version: 2000–3000 px wide is plenty for the web.",
        };
      }
      const min = MIN_WIDTH[ref.role];
      if (probe.width < min) {
        return {
          ...at,
          ruleId: "image/too-small",
          message: `${what} "${ref.src}" is ${probe.width} px wide; ${ref.role === "lead" ? "a lead image" : "a picture in the text"} needs at least ${min} px.`,
          hint:
            ref.role === "lead"
              ? "Use a larger version (link previews need 1200 px), or put the picture in the text instead."
              : `Use a version at least ${min} px wide, or leave it out: a smaller one would be blurry.`,
        };
      }
      return undefined;
    }
  }
}

/** The widths made of a source `width` px wide: the standard ones it covers, and its own when clearly wider. */
export function widthsFor(width: number): number[] {
  const widths = WIDTHS.filter((w) => w <= width);
  const widest = widths[widths.length - 1];
  // A source wider than every standard width is only ever scaled down; one in between adds its own width.
  const between = width < (WIDTHS[WIDTHS.length - 1] ?? 0);
  if (widest === undefined || (between && width >= widest * OWN_WIDTH_STEP)) widths.push(width);
  return widths;
}

/** The fallback format: PNG stays PNG (charts, drawings, transparency); everything else becomes JPEG. */
export function fallbackFormat(source: ImageProbe & { kind: "image" }): OutputFormat {
  return source.format === "png" ? "png" : "jpeg";
}

/**
 * Plans this process made, by everything a plan is made of: a build of a large archive plans thousands of
 * pictures, and a process that builds again (`build --watch`) gets the very same objects back for pictures
 * that did not change, which later stages remember by identity (src/incremental/fingerprint.ts). Bounded.
 */
const plans = new Map<string, { picture: Picture; job: ImageJob }>();
const PLANS_KEPT = 200_000;

function planPicture(
  src: string,
  probe: Extract<ImageProbe, { kind: "image" }>,
  lead: boolean,
): { picture: Picture; job: ImageJob } {
  const key = [src, lead, probe.path, probe.bytes, probe.hash, probe.format, probe.width, probe.height].join(
    "\u0000",
  );
  let plan = plans.get(key);
  if (!plan) {
    if (plans.size >= PLANS_KEPT) plans.clear();
    plan = makePlan(src, probe, lead);
    plans.set(key, plan);
  }
  return plan;
}

function makePlan(
  src: string,
  probe: Extract<ImageProbe, { kind: "image" }>,
  lead: boolean,
): { picture: Picture; job: ImageJob } {
  const key = outputKey("picture", probe.hash);
  const cut = slugify(src.slice(src.lastIndexOf("/") + 1).replace(/\.[^.]*$/, "")).slice(0, 40);
  let end = cut.length;
  while (end > 0 && cut[end - 1] === "-") end--;
  const stem = cut.slice(0, end);
  const outputs: ImageOutput[] = [];
  const variant = (width: number, height: number, format: OutputFormat, fit: ImageOutput["fit"]) => {
    const size = fit === "cover" ? `${width}x${height}` : `${width}`;
    const file = `${stem}-${key}-${size}.${EXTENSION[format]}`;
    outputs.push({ file, width, height, format, fit });
    return { url: `/img/${file}`, width, height, format } satisfies ImageVariant;
  };
  const fallback = fallbackFormat(probe);
  const sources = (["avif", "webp", fallback] as const).map((format) => ({
    format,
    // sharp rounds the height of a scaled picture to the nearest pixel; so do we, and resize to exactly that.
    variants: widthsFor(probe.width).map((w) =>
      variant(w, Math.max(1, Math.round((w * probe.height) / probe.width)), format, "fill"),
    ),
  }));
  const widest = sources[2]?.variants.at(-1);
  if (!widest) throw new Error(`summitdesk: no widths planned for ${src}`);
  const crop = (w: number, h: number) => {
    const width = Math.min(SOCIAL_WIDTH, probe.width, Math.floor((probe.height * w) / h));
    const height = Math.max(1, Math.round((width * h) / w));
    // A source already in this shape needs no crop: the scaled fallback of that size is the same picture.
    const same = sources[2]?.variants.find((v) => v.width === width && v.height === height);
    return same ?? variant(width, height, fallback, "cover");
  };
  const social: SocialCrops | undefined = lead
    ? { wide: crop(16, 9), standard: crop(4, 3), square: crop(1, 1) }
    : undefined;
  return {
    picture: { src, sources, fallback: widest, ...(social ? { social } : {}) },
    job: {
      source: probe.path,
      format: probe.format,
      bytes: probe.bytes,
      width: probe.width,
      height: probe.height,
      outputs,
    },
  };
}

/** Cards for published articles without a picture, every entity page, and each edition's other pages. */
function planCards(input: ImagesInput): Map<string, Card> {
  const { registry, config, index, now } = input;
  const cards = new Map<string, Card>();
  const add = (key: string, text: CardText) => cards.set(key, cardOf(text));
  for (const article of index.articles) {
    if (!article.image) cards.set(cardKey.article(article), articleCard(article, registry, config));
  }
  for (const lang of LANGS.filter((l) => config.languages.includes(l))) {
    add(cardKey.site(lang), siteCardText(lang, config));
    for (const term of index.editions[lang].terms.values()) {
      add(cardKey.term(lang, term.key), termCardText(term, lang, registry, config, now));
    }
  }
  return cards;
}

function cardOf(text: CardText): Card {
  const file = `card-${outputKey("card", JSON.stringify(text))}.png`;
  return {
    url: `/img/${file}`,
    file,
    width: CARD.width,
    height: CARD.height,
    alt: `${text.kicker}: ${text.headline}`,
    text,
  };
}

/**
 * Article cards this process made, by article: a card depends on the article, the registry and the config
 * only, and a process that builds again keeps the same objects for all three while their files are unchanged
 * (src/pipeline.ts registryRun, src/cache), so an edit's build plans one card, not one per article.
 */
const articleCards = new WeakMap<Article, { registry: Registry; config: SiteConfig; card: Card }>();

function articleCard(article: Article, registry: Registry, config: SiteConfig): Card {
  const known = articleCards.get(article);
  if (known?.registry === registry && known.config === config) return known.card;
  const card = cardOf(articleCardText(article, registry, config));
  articleCards.set(article, { registry, config, card });
  return card;
}

function mb(bytes: number): string {
  return `${(bytes / 1048576).toFixed(1)} MB`;
}
