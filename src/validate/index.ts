export { isSafeImage, type ValidateContext, validateArticle } from "./article.ts";
export { type ContentDate, isContentDate, parseContentDate } from "./dates.ts";
export { isSlug, SLUG_PATTERN, slugify } from "./slug.ts";
export type { ArticleDraft, Correction, NameRef } from "./types.ts";
