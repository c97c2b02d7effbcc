/** Validates one article's front matter against the schema and turns it into an ArticleDraft. */
import { z } from "zod";
import { type Diagnostic, issuesToDiagnostics, show } from "../diagnostics/index.ts";
import {
  MAX_ALT,
  MAX_CORRECTION,
  MAX_CORRECTIONS,
  MAX_LIST,
  MAX_NAME,
  MAX_SUMMARY,
  MAX_TITLE,
  MAX_URL,
} from "../limits/index.ts";
import type { ParsedArticleFile } from "../load/index.ts";
import { LANGS, type Lang } from "../registry/index.ts";
import { isSlug, slugify } from "../text/index.ts";
import { bodyImages } from "./bodyImages.ts";
import { type ContentDate, isContentDate, parseContentDate } from "./dates.ts";
import { isSafeImage } from "./imagePath.ts";
import { type ArticleDraft, type ImageRef, isLocalImage, type NameRef } from "./types.ts";

export { isSafeImage };

/** Text fields accept numbers too (a title "1984" is valid YAML for a number); every text has a size limit. */
const text = (max: number) =>
  z.union([z.string().max(max), z.number().transform(String)]).transform((s) => s.trim());
const name = text(MAX_NAME);
const oneOrMany = z.union([name, z.array(name).max(MAX_LIST)]).transform((v) => (Array.isArray(v) ? v : [v]));
const dateText = z.union([z.string().max(MAX_NAME), z.number().transform(String)]);
const pixels = z.number().int("must be a whole number of pixels").min(1).max(100_000);

const schema = z.strictObject({
  title: text(MAX_TITLE).pipe(z.string().min(1, "must not be empty")),
  date: dateText,
  updated: dateText.optional(),
  lang: z.enum(LANGS as [Lang, ...Lang[]]).optional(),
  author: oneOrMany.optional(),
  summary: text(MAX_SUMMARY).optional(),
  people: oneOrMany.optional(),
  organisations: oneOrMany.optional(),
  countries: oneOrMany.optional(),
  summit: name.optional(),
  exclude: oneOrMany.optional(),
  draft: z.boolean().optional(),
  slug: z.string().max(MAX_NAME).optional(),
  id: z.string().max(MAX_NAME).optional(),
  translation: z.string().max(MAX_NAME).optional(),
  image: z
    .strictObject({
      src: z.string().min(1).max(MAX_URL),
      alt: text(MAX_ALT).pipe(z.string().min(1, "must describe the image")),
      caption: text(1000).optional(),
      credit: text(300).optional(),
      width: pixels.optional(),
      height: pixels.optional(),
    })
    .optional(),
  corrections: z
    .array(z.strictObject({ date: dateText, text: text(MAX_CORRECTION).pipe(z.string().min(1)) }))
    .max(MAX_CORRECTIONS)
    .optional(),
});

/** Keys Eleventy or other generators would act on; named so the message can say why they are refused. */
const ENGINE_KEYS = new Set([
  "layout",
  "permalink",
  "eleventyComputed",
  "eleventyExcludeFromCollections",
  "eleventyNavigation",
  "eleventyImport",
  "pagination",
  "templateEngineOverride",
  "eleventyDataSchema",
  "dynamicPermalink",
  "permalinkBypassOutputDir",
  "tags",
]);

const HINTS = {
  title: 'Add a headline, e.g. `title: "Tokajew trifft Xi in Tianjin"`.',
  date: "Write the publication date as 2025-08-31, 2025-08-31 14:30 or 2025-08-31T14:30:00+08:00.",
  lang: "Use `lang: de` or `lang: en`.",
  author: "Write `author: Anna Becker` or a list `author: [Anna Becker, Timur Sadykov]`.",
  image:
    'Write `image: { src: /images/tianjin.jpg, alt: "Delegations in Tianjin", caption: "…", credit: "Foto: Anna Becker" }`; alt is required, and credit for files in content/images/.',
  draft: "Use `draft: true` or `draft: false`.",
  summit: "Name one summit by id or name, e.g. `summit: sco-2025-tianjin`.",
};

/** Everything validation needs beyond the file: the site's zone and default language. */
export interface ValidateContext {
  readonly timeZone: string;
  readonly defaultLang: Lang;
  /** The editions the site publishes (site.yaml `languages`; default both). */
  readonly languages?: readonly Lang[];
}

/** Validates one parsed article; returns a draft when its front matter is usable (warnings may remain). */
export function validateArticle(
  parsed: ParsedArticleFile,
  ctx: ValidateContext,
): { value?: ArticleDraft; diagnostics: Diagnostic[] } {
  const file = parsed.file.path;
  const diagnostics: Diagnostic[] = [];
  const data = parsed.data;
  const engineKeys = Object.keys(data).filter((k) => ENGINE_KEYS.has(k));
  for (const key of engineKeys) {
    diagnostics.push({
      file,
      ...parsed.locate([key]),
      severity: "error",
      ruleId: "frontmatter/reserved-field",
      message: `The field "${key}" is not allowed in articles.`,
      hint:
        key === "tags"
          ? "Tags come from `people`, `organisations`, `countries` and `summit` (and the text); move the names there."
          : "summitdesk chooses layouts and URLs itself; use `slug:` to change the address. Remove this field.",
    });
  }
  const checked = Object.fromEntries(Object.entries(data).filter(([k]) => !ENGINE_KEYS.has(k)));
  const result = schema.safeParse(checked);
  if (!result.success) {
    const issues = issuesToDiagnostics(
      result.error.issues,
      file,
      parsed.locate,
      checked,
      HINTS,
      (path) =>
        path.length === 0
          ? Object.keys(schema.shape)
          : path[0] === "image"
            ? ["src", "alt", "caption", "credit", "width", "height"]
            : ["date", "text"],
      "frontmatter",
    );
    for (const d of issues) diagnostics.push(d);
    // Dates are checked even when other fields failed, so one run reports every problem.
    for (const key of ["date", "updated"] as const) {
      const raw = checked[key];
      const failed = result.error.issues.some((i) => i.path[0] === key);
      if ((typeof raw === "string" || typeof raw === "number") && !failed) {
        const parsedDate = parseContentDate(String(raw), ctx.timeZone);
        if (!isContentDate(parsedDate)) diagnostics.push(dateDiagnostic(file, parsed, [key], parsedDate));
      }
    }
    return { diagnostics };
  }
  const fm = result.data;
  const date = (value: string, path: (string | number)[]): ContentDate | undefined => {
    const parsedDate = parseContentDate(value, ctx.timeZone);
    if (isContentDate(parsedDate)) return parsedDate;
    diagnostics.push(dateDiagnostic(file, parsed, path, parsedDate));
    return undefined;
  };
  const published = date(fm.date, ["date"]);
  const updated = fm.updated === undefined ? undefined : date(fm.updated, ["updated"]);
  const corrections = (fm.corrections ?? []).flatMap((c, i) => {
    const d = date(c.date, ["corrections", i, "date"]);
    return d ? [{ date: d, text: c.text }] : [];
  });
  if (published && updated && updated.millis < published.millis) {
    diagnostics.push({
      file,
      ...parsed.locate(["updated"]),
      severity: "error",
      ruleId: "frontmatter/invalid-date",
      message: "The article is updated before it was published.",
      hint: "`updated` must be later than `date`; check both for typos.",
    });
  }
  const slug = articleSlug(fm.slug, file, parsed, diagnostics);
  for (const [key, value] of [
    ["translation", fm.translation],
    ["id", fm.id],
    ["image", fm.image?.src],
  ] as const) {
    if ((key === "translation" || key === "id") && value !== undefined && !isSlug(value)) {
      diagnostics.push({
        file,
        ...parsed.locate([key]),
        severity: "error",
        ruleId: "frontmatter/invalid-field",
        message: `"${show(value)}" is not a valid ${key === "id" ? "article id" : "translation key"}.`,
        hint: `Use lower-case letters, digits and hyphens, e.g. "${slugify(value)}".`,
      });
    }
    if (key === "image" && value !== undefined && !isSafeImage(value)) {
      diagnostics.push({
        file,
        ...parsed.locate(["image", "src"]),
        severity: "error",
        ruleId: "frontmatter/unsafe-path",
        message: `The image "${show(value)}" is neither an https URL nor a path below /images/.`,
        hint: "Put the image in content/images/ and write `src: /images/name.jpg`, or use an https:// address.",
      });
    }
  }
  const lead = fm.image ? leadImage(fm.image, parsed, diagnostics) : undefined;
  const body = bodyImages(parsed.body, parsed.bodyLine, file);
  for (const d of body.diagnostics) diagnostics.push(d);
  const refs = (
    key: "people" | "organisations" | "countries" | "exclude",
    values: readonly string[] | undefined,
  ) =>
    (values ?? []).filter((v) => v !== "").map((v, i): NameRef => ({ text: v, ...parsed.locate([key, i]) }));
  const lang = fm.lang ?? ctx.defaultLang;
  if (ctx.languages && !ctx.languages.includes(lang)) {
    diagnostics.push({
      file,
      ...parsed.locate(["lang"]),
      severity: "error",
      ruleId: "frontmatter/invalid-field",
      message: `The site publishes only ${ctx.languages.join(" and ")}; this article is in "${lang}".`,
      hint: "Set `lang:` to one of the site's languages, or add this one to `languages` in content/site.yaml.",
    });
  }
  if (!published || diagnostics.some((d) => d.severity === "error")) return { diagnostics };
  return {
    value: {
      file,
      slug,
      lang,
      title: fm.title,
      date: published,
      ...optionalDate("updated", modified(updated, corrections)),
      authors: fm.author ?? [],
      summary: fm.summary ?? "",
      draft: fm.draft ?? false,
      ...(lead ? { image: lead } : {}),
      bodyImages: body.images,
      ...(fm.translation ? { translation: fm.translation } : {}),
      ...(fm.id ? { id: fm.id } : {}),
      corrections,
      refs: {
        people: refs("people", fm.people),
        organisations: refs("organisations", fm.organisations),
        countries: refs("countries", fm.countries),
        exclude: refs("exclude", fm.exclude),
        ...(fm.summit ? { summit: { text: fm.summit, ...parsed.locate(["summit"]) } } : {}),
      },
      body: parsed.body,
      bodyLine: parsed.bodyLine,
    },
    diagnostics,
  };
}

/** The article's modification date: `updated`, or the latest correction if that is later (a correction modifies the article). */
function modified(
  updated: ContentDate | undefined,
  corrections: readonly { date: ContentDate }[],
): ContentDate | undefined {
  let latest = updated;
  for (const c of corrections) if (!latest || c.date.millis > latest.millis) latest = c.date;
  return latest;
}

function optionalDate(key: "updated", value: ContentDate | undefined): { updated?: ContentDate } {
  return value ? { [key]: value } : {};
}

function dateDiagnostic(
  file: string,
  parsed: ParsedArticleFile,
  path: (string | number)[],
  problem: { message: string; hint: string },
): Diagnostic {
  return {
    file,
    ...parsed.locate(path),
    severity: "error",
    ruleId: "frontmatter/invalid-date",
    message: problem.message,
    hint: problem.hint,
  };
}

/** The slug from front matter, or else from the file name; only ever a safe single path segment. */
function articleSlug(
  given: string | undefined,
  file: string,
  parsed: ParsedArticleFile,
  out: Diagnostic[],
): string {
  if (given !== undefined) {
    if (isSlug(given)) return numericCheck(given, file, parsed.locate(["slug"]), out);
    out.push({
      file,
      ...parsed.locate(["slug"]),
      severity: "error",
      ruleId: "frontmatter/invalid-slug",
      message: `The slug "${show(given)}" may contain only lower-case letters, digits and hyphens.`,
      hint: `Write \`slug: ${slugify(given)}\`, or remove the field to use the file name.`,
    });
    return slugify(given);
  }
  const base = file.slice(file.lastIndexOf("/") + 1).replace(/\.md$/i, "");
  return numericCheck(slugify(base), file, { line: 1, column: 1 }, out);
}

/**
 * A slug of digits alone ("09", "2025") is refused: article URLs are /de/2025/<slug>/, and /de/2025/09/ is the
 * September archive. Words and digits together ("g20-2026") are fine.
 */
function numericCheck(
  slug: string,
  file: string,
  at: { line: number; column: number },
  out: Diagnostic[],
): string {
  if (!/^[0-9-]+$/.test(slug)) return slug;
  out.push({
    file,
    ...at,
    severity: "error",
    ruleId: "frontmatter/numeric-slug",
    message: `The slug "${slug}" is only digits: its address would clash with the archive pages (/de/2025/09/ is September 2025).`,
    hint: `Give the article a slug with a word in it, e.g. \`slug: artikel-${slug}\`, or rename the file.`,
  });
  return slug;
}

type LeadImage = {
  src: string;
  alt: string;
  caption?: string | undefined;
  credit?: string | undefined;
  width?: number | undefined;
  height?: number | undefined;
};

/** The lead image as an ImageRef; a local file needs a credit and is measured, never sized by hand. */
function leadImage(image: LeadImage, parsed: ParsedArticleFile, out: Diagnostic[]): ImageRef | undefined {
  const file = parsed.file.path;
  if (!isSafeImage(image.src)) return undefined; // reported as frontmatter/unsafe-path
  const local = isLocalImage(image.src);
  if (local && !image.credit) {
    out.push({
      file,
      ...parsed.locate(["image"]),
      severity: "error",
      ruleId: "image/missing-credit",
      message: `The lead image "${show(image.src)}" has no credit.`,
      hint: 'Add who made it: `credit: "Foto: Anna Becker"` (or "Illustration: …", "Grafik: …").',
    });
  }
  if (local && (image.width !== undefined || image.height !== undefined)) {
    out.push({
      file,
      ...parsed.locate(["image", image.width !== undefined ? "width" : "height"]),
      severity: "error",
      ruleId: "frontmatter/invalid-field",
      message: "`width` and `height` are only for https images; a file in content/images/ is measured.",
      hint: "Remove `width` and `height` from `image`.",
    });
  }
  return {
    src: image.src,
    alt: image.alt,
    ...(image.caption ? { caption: image.caption } : {}),
    ...(image.credit ? { credit: image.credit } : {}),
    role: "lead",
    ...parsed.locate(["image", "src"]),
    ...(!local && image.width !== undefined && image.height !== undefined
      ? { width: image.width, height: image.height }
      : {}),
  };
}
