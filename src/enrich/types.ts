/** Types of the enrich stage: articles with resolved entities, ready to index and render. */
import type { EntityKey } from "../registry/index.ts";
import type { TaggedEntity } from "../tag/types.ts";
import type { ArticleDraft } from "../validate/index.ts";

/** A validated article with every entity it is tagged with. */
export interface Article extends ArticleDraft {
  /** Every entity: front matter, derived and found in the text; each with salience and mentions. */
  readonly entities: readonly TaggedEntity[];
  /** The summit the article belongs to, if any. */
  readonly summit?: string;
  /** Keys the editor listed (resolved), for "front matter lacks X" checks. */
  readonly listed: readonly EntityKey[];
}
