export { type ArchiveMonth, archiveMonths } from "./archive.ts";
export { type Author, authorsOf } from "./authors.ts";
export { buildIndex, compareArticles, entityByKey, type IndexOptions } from "./buildIndex.ts";
export type { Edition, SiteIndex, Term } from "./types.ts";
