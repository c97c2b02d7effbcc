/**
 * The UI strings a build uses: ours (i18n.ts), with the site's own wording from content/strings.yaml over them,
 * per language. The file is checked like site.yaml: an unknown language or key is an error at its line, with
 * a did-you-mean; a value must be text. Phrases with numbers in them (chart and map descriptions) are not
 * overridable: they are functions, not strings.
 */
import { closest, type Diagnostic } from "../diagnostics/index.ts";
import { MAX_UI_STRING } from "../limits/index.ts";
import type { ParsedYamlFile, YamlValue } from "../load/index.ts";
import { type EntityType, LANGS, type Lang } from "../registry/index.ts";
import { KIND_LABEL, STRINGS } from "./i18n.ts";
import type { UiStrings } from "./types.ts";

export type { UiStrings } from "./types.ts";

/** The key of each kind's plural name in UiStrings. */
const KIND_KEY: Readonly<Record<EntityType, "countries" | "people" | "organisations" | "summits">> = {
  country: "countries",
  person: "people",
  organisation: "organisations",
  summit: "summits",
};

/** The plural name of an entity kind ("Länder", "People"). */
export function kindLabel(strings: UiStrings, type: EntityType): string {
  return strings[KIND_KEY[type]];
}

function defaultsFor(lang: Lang): UiStrings {
  const kinds = KIND_LABEL[lang];
  return {
    ...STRINGS[lang],
    countries: kinds.country,
    people: kinds.person,
    organisations: kinds.organisation,
    summits: kinds.summit,
  };
}

/** Our strings, without a site's changes. */
export const DEFAULT_STRINGS: Readonly<Record<Lang, UiStrings>> = {
  de: defaultsFor("de"),
  en: defaultsFor("en"),
};

/** Every key a site may set. */
export const STRING_KEYS: readonly string[] = Object.keys(DEFAULT_STRINGS.de).sort();

const isMap = (value: YamlValue): value is { [key: string]: YamlValue } =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The strings of every language with content/strings.yaml applied; without the file, ours. */
export function siteStrings(parsed: ParsedYamlFile | undefined): {
  value: Readonly<Record<Lang, UiStrings>>;
  diagnostics: Diagnostic[];
} {
  if (!parsed || parsed.data === null) return { value: DEFAULT_STRINGS, diagnostics: [] };
  const diagnostics: Diagnostic[] = [];
  const file = parsed.file.path;
  const at = (path: readonly string[], ruleId: string, message: string, hint: string): void => {
    diagnostics.push({ file, ...parsed.locate(path), severity: "error", ruleId, message, hint });
  };
  if (!isMap(parsed.data)) {
    at([], "strings/not-a-map", "strings.yaml must map languages to their strings.", EXAMPLE);
    return { value: DEFAULT_STRINGS, diagnostics };
  }
  const changed: Record<Lang, Record<string, string>> = { de: {}, en: {} };
  for (const [lang, strings] of Object.entries(parsed.data)) {
    if (!(LANGS as readonly string[]).includes(lang)) {
      const guess = closest(lang, LANGS);
      at(
        [lang],
        "strings/unknown-language",
        `Unknown language "${lang}".`,
        `${guess ? `Did you mean "${guess}"? ` : ""}The languages are ${LANGS.join(" and ")}.`,
      );
      continue;
    }
    if (!isMap(strings)) {
      at([lang], "strings/not-a-map", `"${lang}" must be a map of string names to text.`, EXAMPLE);
      continue;
    }
    for (const [key, value] of Object.entries(strings)) {
      if (!STRING_KEYS.includes(key)) {
        const guess = closest(key, STRING_KEYS);
        at(
          [lang, key],
          "strings/unknown-key",
          `Unknown UI string "${key}".`,
          `${guess ? `Did you mean "${guess}"? ` : ""}docs/theming.md lists every string with its default.`,
        );
        continue;
      }
      if (typeof value !== "string" || value.trim() === "" || value.length > MAX_UI_STRING) {
        at(
          [lang, key],
          "strings/invalid-value",
          `"${key}" must be text of 1 to ${MAX_UI_STRING} characters.`,
          `Write the text in quotes: ${key}: "${DEFAULT_STRINGS[lang as Lang][key as keyof UiStrings]}"`,
        );
        continue;
      }
      changed[lang as Lang][key] = value;
    }
  }
  return {
    value: {
      de: { ...DEFAULT_STRINGS.de, ...changed.de },
      en: { ...DEFAULT_STRINGS.en, ...changed.en },
    },
    diagnostics,
  };
}

const EXAMPLE = 'For example:\nen:\n  latest: "Latest news"\nde:\n  latest: "Neueste Meldungen"';
