/**
 * Schemas of the registry files (docs/registry-format.md): the world registry in registry/ and a site's local
 * layer in content/registry/. Types in types.ts mirror them after conversion (dates parsed, names filled).
 */
import { z } from "zod";

/** kebab-case ASCII ids: they become URL segments, so nothing else is allowed. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const text = z.string().trim().min(1).max(500);

/** A name per language, or one name for both. */
export const localized = z.union([
  text,
  z
    .strictObject({ de: text.optional(), en: text.optional() })
    .refine((v) => v.de !== undefined || v.en !== undefined, "needs a German (de) or English (en) text"),
]);

const aliases = z.array(z.union([text, z.number().transform(String)])).max(200);
const wikidata = z.string().regex(/^Q[1-9]\d*$/, "must be a Wikidata id such as Q23492");
const alpha2 = z.string().regex(/^[A-Za-z]{2}$/, "must be an ISO 3166-1 alpha-2 code such as KZ");
const id = (what: string, example: string) =>
  z.string().regex(ID_PATTERN, `must be ${what} id such as ${example}`);
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date such as 2025-08-31");
/**
 * "2025-08-31", "2025-08" or "2025" (an unquoted year reads as a number). Whether the day exists is checked
 * after the schema, so the message can say which date is wrong.
 */
const date = z.union([
  z
    .string()
    .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be a date such as "2025-08-31", "2025-08" or "2025"'),
  z.number().int().min(1000).max(2999).transform(String),
]);
const sources = z.array(text).max(50);

/** `role:` of an office. */
export const OFFICE_ROLES = [
  "head-of-state",
  "head-of-government",
  "foreign-minister",
  "defence-minister",
  "finance-minister",
  "deputy-head-of-government",
  "leader",
  "other",
] as const;

export const officeSchema = z.strictObject({
  of: z
    .string()
    .regex(
      /^(?:[A-Za-z]{2}|[a-z0-9]+(?:-[a-z0-9]+)*)$/,
      "must be an ISO code (KZ) or an organisation id (un)",
    ),
  role: z.enum(OFFICE_ROLES),
  title: localized,
  words: z
    .strictObject({ en: z.array(text).max(20).optional(), de: z.array(text).max(20).optional() })
    .optional(),
  aliases: aliases.optional(),
  leads: z
    .union([
      z.boolean(),
      z
        .array(
          z.strictObject({
            from: date.optional(),
            to: date.optional(),
            organisations: z.array(id("an organisation", "nato")).max(50).optional(),
            except: z.array(id("an organisation", "nato")).max(50).optional(),
          }),
        )
        .min(1)
        .max(20),
    ])
    .optional(),
  wikidata: wikidata.optional(),
  sources: sources.optional(),
  description: localized.optional(),
});

const term = z.strictObject({
  office: id("an office", "kz-head-of-state"),
  from: date.optional(),
  to: date.optional(),
  acting: z.boolean().optional(),
});

export const personSchema = z.strictObject({
  name: localized,
  aliases: aliases.optional(),
  short: z.array(text).max(50).optional(),
  country: alpha2.optional(),
  born: date.optional(),
  died: date.optional(),
  offices: z.array(term).max(200).optional(),
  wikidata: wikidata.optional(),
  sources: sources.optional(),
  description: localized.optional(),
});

const member = z.union([
  alpha2,
  z.strictObject({ country: alpha2, from: date.optional(), to: date.optional() }),
  z.strictObject({ organisation: id("an organisation", "eu"), from: date.optional(), to: date.optional() }),
]);

export const organisationSchema = z.strictObject({
  name: localized,
  acronym: localized.optional(),
  aliases: aliases.optional(),
  inflections: aliases.optional(),
  founded: date.optional(),
  parent: id("an organisation", "eu").optional(),
  level: z.enum(["leaders", "foreign-ministers"]).optional(),
  membersOf: id("an organisation", "eu").optional(),
  members: z.array(member).max(300).optional(),
  wikidata: wikidata.optional(),
  sources: sources.optional(),
  description: localized.optional(),
});

export const summitSchema = z.strictObject({
  name: localized,
  organisation: id("an organisation", "sco"),
  year: z.number().int().min(1900).max(2200),
  number: z.number().int().min(1).max(1000).optional(),
  city: localized,
  country: alpha2,
  start: isoDay,
  end: isoDay,
  timeZone: z.string(),
  aliases: aliases.optional(),
  virtual: z.boolean().optional(),
  extraordinary: z.boolean().optional(),
  attendance: z
    .strictObject({
      absent: z
        .array(
          z.strictObject({
            person: id("a person", "xi-jinping"),
            representedBy: id("a person", "li-qiang").optional(),
            remote: z.boolean().optional(),
          }),
        )
        .max(100)
        .optional(),
      guests: z.array(id("a person", "guterres")).max(200).optional(),
    })
    .optional(),
  wikidata: wikidata.optional(),
  sources: sources.optional(),
  description: localized.optional(),
});

export const countryExtraSchema = z.strictObject({
  aliases: aliases.optional(),
  description: localized.optional(),
  wikidata: wikidata.optional(),
  sources: sources.optional(),
});

export type OfficeEntry = z.infer<typeof officeSchema>;
export type PersonEntry = z.infer<typeof personSchema>;
export type OrganisationEntry = z.infer<typeof organisationSchema>;
export type SummitEntry = z.infer<typeof summitSchema>;
export type CountryExtraEntry = z.infer<typeof countryExtraSchema>;

/** The field names allowed at a path inside an entry (for "did you mean" on an unknown field). */
export function fieldsAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let node: z.ZodType | undefined = schema;
  for (const key of path) node = node === undefined ? undefined : step(node, key);
  return node === undefined ? [] : objectKeys(node);
}

function unwrap(node: z.ZodType): z.ZodType {
  let n = node;
  for (;;) {
    if (n instanceof z.ZodOptional) n = n.unwrap() as z.ZodType;
    else if (n instanceof z.ZodPipe) n = n.in as z.ZodType;
    else return n;
  }
}

function step(node: z.ZodType, key: PropertyKey): z.ZodType | undefined {
  const n = unwrap(node);
  if (n instanceof z.ZodArray && typeof key === "number") return n.element as z.ZodType;
  if (n instanceof z.ZodObject && typeof key === "string") return n.shape[key] as z.ZodType | undefined;
  if (n instanceof z.ZodUnion) {
    for (const option of n.options) {
      const next = step(option as z.ZodType, key);
      if (next !== undefined) return next;
    }
  }
  return undefined;
}

function objectKeys(node: z.ZodType): string[] {
  const n = unwrap(node);
  if (n instanceof z.ZodObject) return Object.keys(n.shape);
  if (n instanceof z.ZodUnion) return [...new Set(n.options.flatMap((o) => objectKeys(o as z.ZodType)))];
  return [];
}
