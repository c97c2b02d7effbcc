export { isSlug, SLUG_PATTERN, slugify } from "../text/index.ts";
export { isSafeImage, type ValidateContext, validateArticle } from "./article.ts";
export { bodyImages, splitCaption } from "./bodyImages.ts";
export { type ContentDate, isContentDate, parseContentDate } from "./dates.ts";
export { type ArticleDraft, type Correction, type ImageRef, isLocalImage, type NameRef } from "./types.ts";
