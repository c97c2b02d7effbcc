export { formatDate, formatDay, formatDayRange, formatMonth, isoAttr, utcIso } from "./format.ts";
export { escapeHtml, html, jsonForScript, raw, SafeHtml } from "./html.ts";
export { countArticles, KIND_LABEL, LANG_NAME, otherLang, SECTION, STRINGS } from "./i18n.ts";
export {
  createMarkdown,
  isSafeLink,
  type MarkdownLimit,
  type MentionLinker,
  renderMarkdown,
} from "./markdown.ts";
export { markdownLimitError } from "./markdownLimit.ts";
export { articleId, listPages, type Page, termPageCount } from "./pages.ts";
export {
  articleUrl,
  assertSafeUrl,
  editionFeedUrl,
  entityFeedUrl,
  entityUrl,
  type FeedFormat,
  frontUrl,
  listUrl,
  searchFilterUrl,
  searchUrl,
  sitePath,
  withSitePath,
} from "./urls.ts";
