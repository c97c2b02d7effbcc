/** Related articles under each article. */
export {
  CANDIDATES_PER_ENTITY,
  nearestWindow,
  prepareRelated,
  RELATED_SHOWN,
  type RelatedEntry,
  recencyBonus,
  relatedArticles,
  type Scored,
  SHARED_WEIGHT,
  scoreRelated,
} from "./related.ts";
