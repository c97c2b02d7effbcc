/** The site's settings, read from content/site.yaml; every field has a documented default. */
import { z } from "zod";
import { type Diagnostic, issuesToDiagnostics } from "../diagnostics/index.ts";
import { MAX_SITE_DESCRIPTION, MAX_SITE_TITLE, MAX_SITE_URL } from "../limits/index.ts";
import type { ParsedYamlFile } from "../load/index.ts";
import { isZone, LANGS, type Lang, type Localized } from "../registry/index.ts";

/** Site settings after validation. */
export interface SiteConfig {
  /** Site name per language, shown in the header and feeds. */
  readonly title: Localized;
  /** One-line description per language, for the front page and feeds. */
  readonly description: Localized;
  /** Absolute base URL without trailing slash, used for canonical URLs, feeds and sitemaps. */
  readonly url: string;
  /** Language of articles without `lang`, and of the root page. */
  readonly defaultLang: Lang;
  /** The editions the site publishes (default both); an article in another language is an error. */
  readonly languages: readonly Lang[];
  /** IANA zone front-matter dates are read in and pages show times in. */
  readonly timeZone: string;
  /** Articles per page on entity and list pages. */
  readonly pageSize: number;
  /** Days before a summit's first and after its last day that an article still counts as its coverage. */
  readonly summitWindow: { readonly before: number; readonly after: number };
}

export const defaults = {
  title: { de: "Gipfeldienst", en: "Summit Desk" },
  description: {
    de: "Berichte von internationalen Gipfeltreffen",
    en: "Reporting from international summits",
  },
  url: "https://example.org",
  defaultLang: "de",
  languages: LANGS,
  timeZone: "Europe/Berlin",
  pageSize: 20,
  summitWindow: { before: 7, after: 7 },
} satisfies SiteConfig;

const localized = (max: number) => {
  const text = z.string().min(1).max(max);
  return z.union([text, z.strictObject({ de: text, en: text })]);
};

const schema = z.strictObject({
  title: localized(MAX_SITE_TITLE).optional(),
  description: localized(MAX_SITE_DESCRIPTION).optional(),
  url: z
    .string()
    .max(MAX_SITE_URL)
    .regex(
      /^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/,
      "must be an absolute http(s) URL such as https://news.example.org",
    )
    .optional(),
  defaultLang: z.enum(LANGS as [Lang, ...Lang[]]).optional(),
  languages: z
    .array(z.enum(LANGS as [Lang, ...Lang[]]))
    .min(1)
    .refine((list) => new Set(list).size === list.length, "names a language twice")
    .optional(),
  timeZone: z
    .string()
    .refine((zone) => isZone(zone), "is not an IANA time zone such as Europe/Berlin")
    .optional(),
  pageSize: z.number().int().min(1).max(500).optional(),
  summitWindow: z
    .strictObject({ before: z.number().int().min(0).max(365), after: z.number().int().min(0).max(365) })
    .optional(),
});

/** "https://example.org/news/" → "https://example.org/news" (a loop: `/\/+$/` is quadratic on a run of slashes). */
function withoutTrailingSlashes(url: string): string {
  let end = url.length;
  while (end > 0 && url[end - 1] === "/") end--;
  return url.slice(0, end);
}

function toLocalized(value: string | { de: string; en: string } | undefined, fallback: Localized): Localized {
  if (value === undefined) return fallback;
  return typeof value === "string" ? { de: value, en: value } : value;
}

/** Validates site.yaml; a missing file means all defaults. */
export function readSiteConfig(parsed: ParsedYamlFile | undefined): {
  value: SiteConfig;
  diagnostics: Diagnostic[];
} {
  if (!parsed || parsed.data === null) return { value: defaults, diagnostics: [] };
  const result = schema.safeParse(parsed.data);
  if (!result.success) {
    const diagnostics = issuesToDiagnostics(
      result.error.issues,
      parsed.file.path,
      parsed.locate,
      parsed.data,
      {},
      () => Object.keys(schema.shape),
      "config",
    );
    return { value: defaults, diagnostics };
  }
  const c = result.data;
  // Editions in our order (de, en), whatever order site.yaml lists them in: pages and feeds keep theirs.
  const languages = c.languages ? LANGS.filter((lang) => c.languages?.includes(lang)) : defaults.languages;
  const defaultLang =
    c.defaultLang ?? (languages.includes(defaults.defaultLang) ? defaults.defaultLang : languages[0]);
  if (defaultLang === undefined || !languages.includes(defaultLang)) {
    return {
      value: defaults,
      diagnostics: [
        {
          file: parsed.file.path,
          ...parsed.locate(["defaultLang"]),
          severity: "error",
          ruleId: "config/invalid-field",
          message: `defaultLang "${defaultLang}" is not one of the site's languages (${languages.join(", ")}).`,
          hint: `Add it to \`languages\`, or set \`defaultLang: ${languages[0]}\`.`,
        },
      ],
    };
  }
  return {
    value: {
      title: toLocalized(c.title, defaults.title),
      description: toLocalized(c.description, defaults.description),
      url: withoutTrailingSlashes(c.url ?? defaults.url),
      defaultLang,
      languages,
      timeZone: c.timeZone ?? defaults.timeZone,
      pageSize: c.pageSize ?? defaults.pageSize,
      summitWindow: c.summitWindow ?? defaults.summitWindow,
    },
    diagnostics: [],
  };
}
