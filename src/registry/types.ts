/** Types of the entity registry: what editors keep under content/registry/, after validation. */

/** The two languages the site is written in. */
export type Lang = "de" | "en";
export const LANGS: readonly Lang[] = ["de", "en"];

/** A text given per language. Validation guarantees `en` and `de` are both present (one falls back to the other). */
export type Localized = Readonly<Record<Lang, string>>;

/** The four kinds of entity an article can be tagged with. */
export type EntityType = "country" | "person" | "organisation" | "summit";
export const ENTITY_TYPES: readonly EntityType[] = ["country", "person", "organisation", "summit"];

/** Fields every entity has. */
interface EntityBase {
  /** Stable id: ISO 3166-1 alpha-2 (upper case) for countries, kebab-case for the rest. */
  readonly id: string;
  /** Display name per language. */
  readonly name: Localized;
  /** Other surface forms in any language: transliterations, acronyms, short names. Matched as written. */
  readonly aliases: readonly string[];
  /** Short description per language, shown on the entity page (optional). */
  readonly description?: Localized;
  /** Wikidata id such as "Q23492" (optional). */
  readonly wikidata?: string;
  /** Registry file and line this entity was declared on, for diagnostics. Countries built in have none. */
  readonly source?: { readonly file: string; readonly line: number };
}

/** A country: built in from ISO 3166-1, editors may add aliases and a description. */
export interface Country extends EntityBase {
  readonly type: "country";
  /** ISO 3166-1 alpha-3 code, e.g. "KAZ". */
  readonly alpha3: string;
  /** Every name ISO data knows per language (official and short), e.g. de: ["Russische Föderation", "Russland"]. */
  readonly officialNames: Readonly<Record<Lang, readonly string[]>>;
}

/** A person: head of state, minister, secretary-general… */
export interface Person extends EntityBase {
  readonly type: "person";
  /** ISO alpha-2 of the person's country (optional). */
  readonly country?: string;
  /** Office per language, e.g. "Präsident Kasachstans" (optional). */
  readonly role?: Localized;
}

/** An international organisation or body. */
export interface Organisation extends EntityBase {
  readonly type: "organisation";
  /** Acronym per language, e.g. en "SCO", de "SOZ" (optional). */
  readonly acronym?: Localized;
  /** Member countries, ISO alpha-2. */
  readonly members: readonly string[];
  /** Year founded (optional). */
  readonly founded?: number;
}

/** One summit meeting of an organisation. */
export interface Summit extends EntityBase {
  readonly type: "summit";
  /** Id of the organisation holding the summit. */
  readonly organisation: string;
  readonly year: number;
  /** Host city per language. */
  readonly city: Localized;
  /** Host country, ISO alpha-2. */
  readonly country: string;
  /** First and last day, ISO dates (YYYY-MM-DD) in the host's time zone. */
  readonly start: string;
  readonly end: string;
  /** IANA time zone of the host city, e.g. "Asia/Shanghai". */
  readonly timeZone: string;
}

export type Entity = Country | Person | Organisation | Summit;

/** The whole validated registry. Maps are keyed by id and iterate in id order. */
export interface Registry {
  readonly countries: ReadonlyMap<string, Country>;
  readonly people: ReadonlyMap<string, Person>;
  readonly organisations: ReadonlyMap<string, Organisation>;
  readonly summits: ReadonlyMap<string, Summit>;
}

/** A reference from an article to an entity: `type:id`, e.g. "country:KZ", "person:tokayev". */
export type EntityKey = `${EntityType}:${string}`;

/** Builds the key of an entity. */
export function entityKey(type: EntityType, id: string): EntityKey {
  return `${type}:${id}`;
}
