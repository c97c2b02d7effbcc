/** Types of the tagging stage: which entities an article's text mentions, where, and how prominently. */
import type { EntityKey, EntityType, Lang } from "../registry/types.ts";

/** The part of an article a mention was found in. */
export type Field = "title" | "summary" | "body";

/** One occurrence of an entity in the text. `text[field].slice(start, end) === surface` always holds. */
export interface Mention {
  readonly field: Field;
  /** The text as written, e.g. "Kasachstans". */
  readonly surface: string;
  /** UTF-16 offsets into that field's source text (for the body: the Markdown after the front matter). */
  readonly start: number;
  readonly end: number;
}

/** How prominent an entity is in one article. */
export interface Salience {
  /** The editor listed it in front matter (or it was derived from front matter: a person's country, the summit's host). */
  readonly frontMatter: boolean;
  readonly inTitle: boolean;
  readonly inSummary: boolean;
  /** Number of mentions in title, summary and body together. */
  readonly mentions: number;
  /** "main": the article is about it; "passing": mentioned in passing. Rule documented in src/tag/README.md. */
  readonly level: "main" | "passing";
}

/** An entity the article is tagged with. */
export interface TaggedEntity {
  readonly type: EntityType;
  readonly id: string;
  readonly key: EntityKey;
  readonly salience: Salience;
  /** Mentions in source order (title, summary, body). May be empty for front-matter-only entities. */
  readonly mentions: readonly Mention[];
}

/** What the tagger needs to know of one article. */
export interface TagInput {
  readonly lang: Lang;
  /** Publication date as an ISO 8601 string with offset, e.g. "2025-08-31T10:00:00.000+02:00". */
  readonly date: string;
  readonly title: string;
  readonly summary: string;
  /** Markdown body, exactly as in the file after the front matter. */
  readonly body: string;
  /** Entities the editor listed in front matter, already resolved (plus those derived from them). */
  readonly frontMatter: readonly EntityKey[];
  /** Entities the editor excluded (`exclude:` in front matter): never attached, whatever the text says. */
  readonly exclude: readonly EntityKey[];
}

/** Two people a sentence says met ("Tokajew traf Xi"), ids in code-point order, with where it says so. */
export interface Meeting {
  readonly a: string;
  readonly b: string;
  readonly field: Field;
  /** UTF-16 offsets of the sentence in the field's source text. */
  readonly start: number;
  readonly end: number;
}

/** The tagger's answer for one article. */
export interface TagResult {
  /** Every entity: front matter first kept, then found ones; sorted by type, then salience, then id. */
  readonly entities: readonly TaggedEntity[];
  /** Summit the article belongs to (front matter's, or inferred from organisation + summit word/host city + date window). */
  readonly summit?: string;
  /** Other summits the text refers to ("the 2023 Hiroshima summit", "last year's summit in Washington"), by id. */
  readonly mentionedSummits?: readonly string[];
  /** Meetings the text states explicitly. */
  readonly meetings?: readonly Meeting[];
}

/** A span of any text (e.g. one Markdown text token) that names an entity. */
export interface TextMatch {
  readonly key: EntityKey;
  readonly start: number;
  readonly end: number;
}

/** A registry compiled once into a matcher; every call is linear in the length of the text. */
export interface Tagger {
  /** Tags one article. Never throws. */
  tag(input: TagInput): TagResult;
  /**
   * Finds entity names in a plain-text fragment (used to link first mentions in rendered Markdown). Never throws.
   * `known`: what the whole article gave each surface ("Aliyev" → person:ilham-aliyev), which decides a form
   * several entities share; a fragment alone cannot (it may name only a namesake in full).
   */
  matchText(text: string, lang: Lang, known?: ReadonlyMap<string, EntityKey>): readonly TextMatch[];
}

/** Tagger options, with defaults in src/tag/options.ts. */
export interface TagOptions {
  /** Days before a summit's first day an article still counts as its coverage. */
  readonly summitDaysBefore: number;
  /** Days after a summit's last day an article still counts as its coverage. */
  readonly summitDaysAfter: number;
}
