/** Related articles under each article. */
export { recencyBonus, relatedArticles, type Scored, SHARED_WEIGHT, scoreRelated } from "./related.ts";
