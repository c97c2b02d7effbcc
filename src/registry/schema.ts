/** Schemas of the registry files editors keep under content/registry/. Types in types.ts mirror them. */
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
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date such as 2025-08-31");

export const personSchema = z.strictObject({
  name: localized,
  aliases: aliases.optional(),
  country: alpha2.optional(),
  role: localized.optional(),
  wikidata: wikidata.optional(),
  description: localized.optional(),
});

export const organisationSchema = z.strictObject({
  name: localized,
  acronym: localized.optional(),
  aliases: aliases.optional(),
  members: z.array(alpha2).max(300).optional(),
  founded: z.number().int().min(1000).max(2200).optional(),
  wikidata: wikidata.optional(),
  description: localized.optional(),
});

export const summitSchema = z.strictObject({
  name: localized,
  organisation: z.string().regex(ID_PATTERN, "must be an organisation id such as sco"),
  year: z.number().int().min(1900).max(2200),
  city: localized,
  country: alpha2,
  start: isoDay,
  end: isoDay,
  timeZone: z.string(),
  aliases: aliases.optional(),
  wikidata: wikidata.optional(),
  description: localized.optional(),
});

export const countryExtraSchema = z.strictObject({
  aliases: aliases.optional(),
  description: localized.optional(),
  wikidata: wikidata.optional(),
});

export type PersonEntry = z.infer<typeof personSchema>;
export type OrganisationEntry = z.infer<typeof organisationSchema>;
export type SummitEntry = z.infer<typeof summitSchema>;
export type CountryExtraEntry = z.infer<typeof countryExtraSchema>;
