/**
 * Validates places files (the bundled registry/places.yaml, then a site's content/registry/places.yaml, whose
 * entries replace bundled ones of the same id) into Places. Every problem is reported with file and line.
 */
import { z } from "zod";
import { closest, type Diagnostic, issuesToDiagnostics, show } from "../diagnostics/index.ts";
import { type IdMapFile, idMap, type ParsedYamlFile } from "../load/index.ts";
import type { Country, Localized } from "../registry/index.ts";
import { slugify } from "../text/index.ts";
import type { Place, Places } from "./types.ts";

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const text = z.string().trim().min(1).max(200);

/** Degrees within ±limit; YAML keeps "39.10" as text (trailing zero), so decimal text is read as the number it says. */
const degrees = (limit: number) =>
  z
    .union([
      z.number(),
      z
        .string()
        .regex(/^-?\d{1,3}(?:\.\d+)?$/, "must be a number such as 39.13")
        .transform(Number),
    ])
    .pipe(
      z
        .number()
        .min(-limit, `must be between -${limit} and ${limit}`)
        .max(limit, `must be between -${limit} and ${limit}`),
    );

const placeSchema = z.strictObject({
  name: z.union([text, z.strictObject({ en: text, de: text })]),
  country: z.string().regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code in capitals, such as CN"),
  lat: degrees(90),
  lon: degrees(180),
  sources: z.array(text).max(20).optional(),
});

const HINTS = {
  name: "Write `name: Tianjin`, or `name: { en: The Hague, de: Den Haag }` when the spellings differ.",
  country: "Use the ISO 3166-1 alpha-2 code of the country the place lies in, e.g. CN.",
  lat: "Degrees north as a number with two decimals, e.g. 39.13 (south is negative).",
  lon: "Degrees east as a number with two decimals, e.g. 117.20 (west is negative).",
};

/** How a places file that is not a map of ids is refused. */
const NOT_A_MAP: IdMapFile = {
  ruleId: "places/not-a-map",
  noun: "places",
  item: "place",
  example: "tianjin",
};

/** Builds the places of all files; later files replace earlier entries with the same id. */
export function buildPlaces(
  files: readonly ParsedYamlFile[],
  countries: ReadonlyMap<string, Country>,
): { value: Places; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const places = new Map<string, Place>();
  for (const parsed of files) {
    const file = parsed.file.path;
    const data = idMap(parsed, NOT_A_MAP, diagnostics);
    if (!data) continue;
    for (const id of Object.keys(data)) {
      const at = { file, ...parsed.locate([id]) };
      if (!ID.test(id)) {
        diagnostics.push({
          ...at,
          severity: "error",
          ruleId: "places/invalid-id",
          message: `"${show(id)}" is not a valid place id.`,
          hint: `Ids are the English name in lower case with hyphens, e.g. "${slugify(id)}".`,
        });
        continue;
      }
      const result = placeSchema.safeParse(data[id]);
      if (!result.success) {
        diagnostics.push(
          ...issuesToDiagnostics(
            result.error.issues,
            file,
            (path) => parsed.locate([id, ...path]),
            data[id],
            HINTS,
            () => Object.keys(placeSchema.shape),
            "places",
          ),
        );
        continue;
      }
      const entry = result.data;
      if (!countries.has(entry.country)) {
        const suggestion = closest(entry.country, countries.keys());
        diagnostics.push({
          file,
          ...parsed.locate([id, "country"]),
          severity: "error",
          ruleId: "places/unknown-country",
          message: `"${show(entry.country)}" is not an ISO 3166-1 alpha-2 country code.`,
          hint: suggestion ? `Did you mean "${suggestion}"?` : HINTS.country,
        });
        continue;
      }
      const name: Localized =
        typeof entry.name === "string" ? { en: entry.name, de: entry.name } : entry.name;
      places.set(id, {
        id,
        name,
        country: entry.country,
        lat: entry.lat,
        lon: entry.lon,
        sources: entry.sources ?? [],
        source: { file, line: at.line },
      });
    }
  }
  return { value: new Map([...places].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))), diagnostics };
}

/**
 * The place of a city in a country: the id "<city slug>-<country>" when two places share a name, else
 * "<city slug>", and only when it lies in that country (a place elsewhere is another city of the same name).
 */
export function findPlace(places: Places, city: string, country: string): Place | undefined {
  const slug = slugify(city);
  const place = places.get(`${slug}-${country.toLowerCase()}`) ?? places.get(slug);
  return place?.country === country ? place : undefined;
}
