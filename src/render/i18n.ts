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
  coverage: "Berichterstattung im Zeitverlauf",
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
  and: "und",
  moreTopics: "Weitere Themen",
  letters: "Nach Anfangsbuchstaben",
  archive: "Archiv",
  archiveTitle: "Archiv",
  authors: "Autorinnen und Autoren",
  articlesBy: "Artikel von",
  topStories: "Schlagzeilen",
  summitOn: "Gipfel läuft",
  summitEnded: "Gipfel gerade zu Ende",
  summitPast: "beendet",
  allAboutSummit: "Alles zum Gipfel",
  moreOnSummit: "Weitere Artikel zum Gipfel",
  day: "Tag",
  year: "Jahr",
  asTable: "Als Tabelle",
  map: "Karte",
  guests: "Gäste",
  hostCity: "Gastgeberstadt",
  venues: "Gipfelorte",
  notAvailable: "Diese Seite gibt es nur auf Deutsch.",
  onlyOtherLanguage: "Zum Thema gibt es noch keine englischen Artikel.",
  otherEdition: "Zur englischen Ausgabe",
  monthsOf: "Monate",
  yearArchive: "Jahresarchiv",
  noPlace: "Der Ort ist nicht auf der Karte: seine Lage ist nicht erfasst.",
  notOnMap: "Zu klein oder nicht in den Kartendaten:",
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
  coverage: "Coverage over time",
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
  and: "and",
  moreTopics: "More topics",
  letters: "By initial",
  archive: "Archive",
  archiveTitle: "Archive",
  authors: "Authors",
  articlesBy: "Articles by",
  topStories: "Top stories",
  summitOn: "Summit under way",
  summitEnded: "Summit just ended",
  summitPast: "ended",
  allAboutSummit: "All about the summit",
  moreOnSummit: "More on the summit",
  day: "Day",
  year: "Year",
  asTable: "As a table",
  map: "Map",
  guests: "Guests",
  hostCity: "Host city",
  venues: "Summit venues",
  notAvailable: "This page exists in English only.",
  onlyOtherLanguage: "There are no German articles on this topic yet.",
  otherEdition: "Go to the German edition",
  monthsOf: "Months",
  yearArchive: "Archive of the year",
  noPlace: "The city is not on the map: its position is not recorded.",
  notOnMap: "Too small or not in the map data:",
};

export const STRINGS: Readonly<Record<Lang, Dictionary>> = { de, en };

/** Phrases with numbers or names in them. */
interface Phrases {
  chartDesc(total: number, first: string, last: string): string;
  chartBusiest(period: string, count: number): string;
  readonly coverageBy: Readonly<Record<"day" | "month" | "year", string>>;
  summitMapDesc(members: number, host: string, city: string | undefined): string;
  locatorDesc(country: string): string;
  membersMapDesc(count: number): string;
  monthCount(month: string, count: number): string;
}

export const PHRASES: Readonly<Record<Lang, Phrases>> = {
  de: {
    chartDesc: (total, first, last) =>
      `${total} Artikel ${first === last ? `am ${first}` : `von ${first} bis ${last}`}.`,
    chartBusiest: (period, count) => `Die meisten: ${count} (${period}).`,
    coverageBy: { day: "Artikel pro Tag", month: "Artikel pro Monat", year: "Artikel pro Jahr" },
    summitMapDesc: (members, host, city) =>
      `Karte der ${members} Mitgliedstaaten; Gastgeber ${host}${city ? `, Gipfelort ${city} als Punkt` : ""}.`,
    locatorDesc: (country) => `Lage von ${country} und seine Nachbarn.`,
    membersMapDesc: (count) => `Karte der ${count} Mitgliedstaaten.`,
    monthCount: (month, count) => `${month}: ${count} Artikel`,
  },
  en: {
    chartDesc: (total, first, last) =>
      `${total} ${total === 1 ? "article" : "articles"} ${first === last ? `on ${first}` : `from ${first} to ${last}`}.`,
    chartBusiest: (period, count) => `Most: ${count} (${period}).`,
    coverageBy: { day: "Articles per day", month: "Articles per month", year: "Articles per year" },
    summitMapDesc: (members, host, city) =>
      `Map of the ${members} member states; host ${host}${city ? `, with ${city} marked` : ""}.`,
    locatorDesc: (country) => `Where ${country} lies, with its neighbours.`,
    membersMapDesc: (count) => `Map of the ${count} member states.`,
    monthCount: (month, count) => `${month}: ${count} ${count === 1 ? "article" : "articles"}`,
  },
};

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
