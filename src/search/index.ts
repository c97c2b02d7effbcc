/** Search: the Pagefind index of the written site. The search page itself is layouts/search.ts. */
export { articlePages, type SearchIndexResult, writeSearchIndex } from "./pagefind.ts";
export { keepIndex, pageHash, restoreIndex, type SearchCache, searchDigest } from "./reuse.ts";
