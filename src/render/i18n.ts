/** UI strings: one dictionary per language, the same keys in each (the type makes a missing key a compile error). */
import type { EntityType, Lang } from "../registry/index.ts";

const de = {
  skip: "Zum Inhalt springen",
  home: "Startseite",
  latest: "Neueste Artikel",
  summitsNow: "Aktuelle und letzte Gipfel",
  by: "Von",
  published: "Veröffentlicht",
  updated: "Aktualisiert",
  tags: "Themen dieses Artikels",
  passing: "erwähnt",
  articlesAbout: "Artikel",
  noArticles: "Noch keine Artikel.",
  page: "Seite",
  previous: "Vorherige Seite",
  next: "Nächste Seite",
  pagination: "Seitennavigation",
  dates: "Datum",
  host: "Gastgeber",
  organisation: "Organisation",
  members: "Mitglieder",
  founded: "Gegründet",
  role: "Funktion",
  country: "Land",
  otherLanguage: "English",
  otherLanguageLabel: "This site in English",
  translations: "Dieser Artikel auf Englisch",
  allOfType: "Alle",
  articleCount: "Artikel",
  localTime: "Ortszeit",
  corrections: "Korrekturen",
  wikidata: "Wikidata",
  mainNav: "Hauptnavigation",
  breadcrumb: "Brotkrümelnavigation",
  draft: "Entwurf – nicht veröffentlicht",
  notFound: "Seite nicht gefunden",
  notFoundText: "Diese Seite gibt es nicht (mehr).",
  search: "Suche",
  searchTitle: "Artikel durchsuchen",
  searchLabel: "Suchbegriff",
  searchSubmit: "Suchen",
  searchNoScript:
    "Die Suche braucht JavaScript. Ohne JavaScript finden Sie alle Artikel über die Seiten der Gipfel, Länder, Personen und Organisationen.",
  searchFilters: "Filter",
  searchReset: "Alle Filter entfernen",
  searchResults: "Treffer",
  searchNoResults: "Keine Treffer. Versuchen Sie einen anderen Begriff oder weniger Filter.",
  searchLoading: "Suche läuft …",
  searchUnavailable: "Der Suchindex ist nicht verfügbar.",
  searchHint: "Geben Sie einen Begriff ein oder wählen Sie Filter, um Artikel zu durchstöbern.",
  language: "Sprache",
  inGerman: "Deutsch",
  inEnglish: "Auf Englisch",
  browseInSearch: "In der Suche filtern",
  feeds: "Feeds",
  feedOf: "Feed abonnieren",
  feedAtom: "Atom",
  feedJson: "JSON Feed",
  siteFeed: "Alle Artikel",
  related: "Weitere Artikel zum Thema",
  coverage: "Berichterstattung nach Monat",
  month: "Monat",
  summitsOf: "Gipfel",
  coMentioned: "Häufig gemeinsam genannt",
  participants: "Teilnehmende",
  timeline: "Berichterstattung Tag für Tag",
  countriesCovered: "Länder in der Berichterstattung",
  meetings: "Wer traf wen",
  meetingsNote: "Personen, die im selben Artikel genannt werden, mit der Zahl dieser Artikel.",
  with: "und",
  time: "Uhrzeit",
  hostZone: "Zeitzone vor Ort",
} as const;

type Dictionary = { readonly [K in keyof typeof de]: string };

const en: Dictionary = {
  skip: "Skip to content",
  home: "Home",
  latest: "Latest articles",
  summitsNow: "Current and recent summits",
  by: "By",
  published: "Published",
  updated: "Updated",
  tags: "Topics of this article",
  passing: "mentioned",
  articlesAbout: "Articles",
  noArticles: "No articles yet.",
  page: "Page",
  previous: "Previous page",
  next: "Next page",
  pagination: "Pagination",
  dates: "Dates",
  host: "Host",
  organisation: "Organisation",
  members: "Members",
  founded: "Founded",
  role: "Office",
  country: "Country",
  otherLanguage: "Deutsch",
  otherLanguageLabel: "Diese Seite auf Deutsch",
  translations: "This article in German",
  allOfType: "All",
  articleCount: "articles",
  localTime: "Local time",
  corrections: "Corrections",
  wikidata: "Wikidata",
  mainNav: "Main navigation",
  breadcrumb: "Breadcrumb",
  draft: "Draft – not published",
  notFound: "Page not found",
  notFoundText: "This page does not exist (any more).",
  search: "Search",
  searchTitle: "Search articles",
  searchLabel: "Search term",
  searchSubmit: "Search",
  searchNoScript:
    "Search needs JavaScript. Without it, every article is reachable through the summit, country, people and organisation pages.",
  searchFilters: "Filters",
  searchReset: "Clear all filters",
  searchResults: "results",
  searchNoResults: "No results. Try another term or fewer filters.",
  searchLoading: "Searching …",
  searchUnavailable: "The search index is not available.",
  searchHint: "Type a term or choose filters to browse articles.",
  language: "Language",
  inGerman: "In German",
  inEnglish: "English",
  browseInSearch: "Filter in search",
  feeds: "Feeds",
  feedOf: "Subscribe",
  feedAtom: "Atom",
  feedJson: "JSON Feed",
  siteFeed: "All articles",
  related: "Related articles",
  coverage: "Coverage by month",
  month: "Month",
  summitsOf: "Summits",
  coMentioned: "Often mentioned together",
  participants: "Participants",
  timeline: "Coverage day by day",
  countriesCovered: "Countries in the coverage",
  meetings: "Who met whom",
  meetingsNote: "People named in the same article, with the number of such articles.",
  with: "and",
  time: "Time",
  hostZone: "Local time zone",
};

export const STRINGS: Readonly<Record<Lang, Dictionary>> = { de, en };

/** Plural names of entity kinds, for list pages and navigation. */
export const KIND_LABEL: Readonly<Record<Lang, Record<EntityType, string>>> = {
  de: { country: "Länder", person: "Personen", organisation: "Organisationen", summit: "Gipfel" },
  en: { country: "Countries", person: "People", organisation: "Organisations", summit: "Summits" },
};

/** URL segments of the list pages per language (ASCII, so URLs need no escaping). */
export const SECTION: Readonly<Record<Lang, Record<EntityType, string>>> = {
  de: { country: "laender", person: "personen", organisation: "organisationen", summit: "gipfel" },
  en: { country: "countries", person: "people", organisation: "organisations", summit: "summits" },
};

/** Language names in their own language, for the language filter and switch. */
export const LANG_NAME: Readonly<Record<Lang, string>> = { de: "Deutsch", en: "English" };

/** The other language, for the language switch. */
export function otherLang(lang: Lang): Lang {
  return lang === "de" ? "en" : "de";
}

/** "1 article", "5 articles" / "1 Artikel", "5 Artikel". */
export function countArticles(n: number, lang: Lang): string {
  if (lang === "de") return `${n} Artikel`;
  return `${n} ${n === 1 ? "article" : "articles"}`;
}
