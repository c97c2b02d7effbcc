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
  localTime: "local time",
  corrections: "Corrections",
  wikidata: "Wikidata",
  mainNav: "Main navigation",
  breadcrumb: "Breadcrumb",
  draft: "Draft – not published",
  notFound: "Page not found",
  notFoundText: "This page does not exist (any more).",
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

/** The other language, for the language switch. */
export function otherLang(lang: Lang): Lang {
  return lang === "de" ? "en" : "de";
}
