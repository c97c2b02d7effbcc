/**
 * Types of the entity registry after validation: the bundled world registry (registry/) with the site's local
 * layer (content/registry/) over it. The file format is docs/registry-format.md.
 */
import type { RegistryDate, Span } from "./dates.ts";

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
  /** Where the entry's facts were checked: URLs or `wikidata:Q…` (may be empty). */
  readonly sources?: readonly string[];
}

/** A country: built in from ISO 3166-1, editors may add aliases and a description. */
export interface Country extends EntityBase {
  readonly type: "country";
  /** ISO 3166-1 alpha-3 code, e.g. "KAZ". */
  readonly alpha3: string;
  /** Every name ISO data knows per language (official and short), e.g. de: ["Russische Föderation", "Russland"]. */
  readonly officialNames: Readonly<Record<Lang, readonly string[]>>;
}

/** What an office is, which decides how pages and the tagger treat its holders. */
export type OfficeRole =
  | "head-of-state"
  | "head-of-government"
  | "foreign-minister"
  | "defence-minister"
  | "finance-minister"
  | "deputy-head-of-government"
  | "leader"
  | "other";

/** An office of a state or an organisation: "President of Kazakhstan", "UN Secretary-General". Not a page of its own. */
export interface Office {
  readonly id: string;
  /** The state (ISO alpha-2) or organisation (id) whose office it is. */
  readonly of: { readonly type: "country" | "organisation"; readonly id: string };
  readonly role: OfficeRole;
  /** As displayed on a person's page: "President of Kazakhstan". */
  readonly title: Localized;
  /** The bare title as used with the country or name in running text: "President", "Präsident". */
  readonly words: Readonly<Record<Lang, readonly string[]>>;
  /** Standalone forms naming this office and no other: "UN-Generalsekretär". */
  readonly aliases: readonly string[];
  /** The holder represents the state (or organisation) at leaders' summits: always, or only as `leadsWhen` says. */
  readonly leads: boolean;
  /**
   * When `leads` is limited: the periods and summit bodies for which this office leads (any rule matching is
   * enough). Togo's head of government from May 2025; Poland's president at NATO summits only.
   */
  readonly leadsWhen?: readonly LeadRule[];
  readonly description?: Localized;
  readonly wikidata?: string;
  readonly sources: readonly string[];
  readonly source?: { readonly file: string; readonly line: number };
}

/** A person's term in an office. No `to`: in office as of the date the file was checked. */
export interface Term {
  readonly office: string;
  /** Absent when the start is not known. */
  readonly from?: RegistryDate;
  readonly to?: RegistryDate;
  /** An acting or interim holder: may overlap a regular holder's term. */
  readonly acting: boolean;
}

/** A person: head of state, minister, secretary-general… */
export interface Person extends EntityBase {
  readonly type: "person";
  /** ISO alpha-2 of the person's citizenship (optional): shown, never used to tag a country. */
  readonly country?: string;
  /**
   * Forms naming the person alone in running text ("Tokajew", "Xi"). Undefined (no `short:` written): the surname
   * is derived from `name`; empty (`short: []`): the person has no short form and is named only in full.
   */
  readonly short?: readonly string[];
  readonly born?: RegistryDate;
  readonly died?: RegistryDate;
  /** Terms in office, in the order written (a term with an impossible date is left out). */
  readonly offices: readonly Term[];
}

/** A member of an organisation over time: a state or another organisation. */
export interface Membership {
  readonly type: "country" | "organisation";
  /** ISO alpha-2 (country) or organisation id. */
  readonly id: string;
  /** Absent: a member since founding, or since the registry's records begin. */
  readonly from?: RegistryDate;
  /** Absent: still a member. */
  readonly to?: RegistryDate;
}

/** An international organisation or body. */
export interface Organisation extends EntityBase {
  readonly type: "organisation";
  /** Acronym per language, e.g. en "SCO", de "SOZ" (optional). */
  readonly acronym?: Localized;
  /** German inflected forms beyond the automatic ones ("SOZ-Staaten"). */
  readonly inflections: readonly string[];
  /** Members with their join and leave dates, in the order written. */
  readonly members: readonly Membership[];
  /** A body whose members are those of another organisation at each date (european-council → eu). */
  readonly membersOf?: string;
  /** The organisation this body belongs to (european-council → eu). */
  readonly parent?: string;
  /** Who meets at its summits. */
  readonly level: "leaders" | "foreign-ministers";
  /** Year or date founded, as written ("2001" or "2001-06-15"). */
  readonly founded?: string;
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
  /** Ordinal ("the 25th summit"), when certain. */
  readonly number?: number;
  /** Held by video (absent: false). */
  readonly virtual?: boolean;
  /** An extraordinary summit (absent: false). */
  readonly extraordinary?: boolean;
  /** Checked attendance; absent: pages list member states, never people, as participants. */
  readonly attendance?: Attendance;
}

/** Who did not come to a summit (and who came in their place), and who came as a guest. */
export interface Attendance {
  readonly absent: readonly Absence[];
  /** Person ids of invited guests who attended. */
  readonly guests: readonly string[];
}

/** A leader who did not attend in person. */
export interface Absence {
  readonly person: string;
  /** Who attended in their place. */
  readonly representedBy?: string;
  /** Joined by video. */
  readonly remote: boolean;
}

export type Entity = Country | Person | Organisation | Summit;

/** The whole validated registry. Maps are keyed by id and iterate in id order. */
export interface Registry {
  readonly countries: ReadonlyMap<string, Country>;
  readonly offices: ReadonlyMap<string, Office>;
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

/** One condition under which an office leads its state at summits (docs/registry-format.md, `leads`). */
export interface LeadRule extends Span {
  /** Only at summits of these bodies. */
  readonly organisations?: readonly string[];
  /** Not at summits of these bodies. */
  readonly except?: readonly string[];
}
