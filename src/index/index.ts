export { buildIndex, compareArticles, entityByKey, type IndexOptions } from "./buildIndex.ts";
export type { Edition, SiteIndex, Term } from "./types.ts";
