export {
  dayInZone,
  formatClock,
  formatDate,
  formatDay,
  formatDayRange,
  formatMonth,
  isoAttr,
  utcIso,
  zoneName,
} from "./format.ts";
export { escapeHtml, html, jsonForScript, raw, SafeHtml } from "./html.ts";
export { countArticles, KIND_LABEL, LANG_NAME, otherLang, PHRASES, SECTION, STRINGS } from "./i18n.ts";
export {
  createMarkdown,
  isSafeLink,
  type MarkdownLimit,
  type MentionLinker,
  PICTURE_PLACEHOLDER,
  renderMarkdown,
} from "./markdown.ts";
export { markdownLimitError } from "./markdownLimit.ts";
export { articleId, listPages, type Page, termPageCount } from "./pages.ts";
export { DEFAULT_STRINGS, kindLabel, STRING_KEYS, siteStrings, type UiStrings } from "./strings.ts";
export {
  articleUrl,
  assertSafeUrl,
  authorFeedUrl,
  authorsUrl,
  authorUrl,
  editionFeedUrl,
  entityFeedUrl,
  entityUrl,
  type FeedFormat,
  frontUrl,
  listUrl,
  monthUrl,
  prefixSrcset,
  searchFilterUrl,
  searchUrl,
  sitePath,
  withSitePath,
  yearUrl,
} from "./urls.ts";
