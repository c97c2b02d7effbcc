export { isSlug, SLUG_PATTERN, slugify } from "../text/index.ts";
export { isSafeImage, type ValidateContext, validateArticle } from "./article.ts";
export { type ContentDate, isContentDate, parseContentDate } from "./dates.ts";
export type { ArticleDraft, Correction, NameRef } from "./types.ts";
