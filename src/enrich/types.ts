/** Types of the enrich stage: articles with resolved entities, ready to index and render. */
import type { EntityKey } from "../registry/index.ts";
import type { Meeting, TaggedEntity } from "../tag/types.ts";
import type { ArticleDraft } from "../validate/index.ts";

/** A validated article with every entity it is tagged with. */
export interface Article extends ArticleDraft {
  /** Every entity: front matter, derived and found in the text; each with salience and mentions. */
  readonly entities: readonly TaggedEntity[];
  /** The summit the article belongs to, if any. */
  readonly summit?: string;
  /** Other summits its text refers to ("the 2023 Hiroshima summit"), by id; they list it as a mention. */
  readonly mentionedSummits?: readonly string[];
  /** Meetings its text states ("Tokajew traf Xi"): the only source of "who met whom". */
  readonly meetings?: readonly Meeting[];
  /** Keys the editor listed (resolved), for "front matter lacks X" checks. */
  readonly listed: readonly EntityKey[];
}
