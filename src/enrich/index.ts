export { cardDigest } from "./cardDigest.ts";
export { enrichArticles } from "./enrich.ts";
export { type Resolved, resolveArticle } from "./resolve.ts";
export type { Article } from "./types.ts";
