/**
 * The data each kind of page gets: what our layouts (layouts/*.ts) and a site's own layouts (layouts/article.njk …)
 * turn into markup. Built by the page-data builders of this folder from the site model, so a layout only lays
 * out (STYLE.md habit 14). Exported from the package and documented per kind in docs/theming.md.
 *
 * Every string is plain text, to be escaped where it is written — except fields of type `Html`: markup we made
 * and escaped already (a rendered article body, a picture, a map), to be written as it is.
 */
// Only types.ts of other folders: these declarations are the package's public types, and stay self-contained.
import type { EntityType, Lang } from "../registry/types.ts";
import type { UiStrings } from "../render/types.ts";

/** Why a country is on a summit's page: the first that applies, in this order. */
export type CountryReason = "host" | "member" | "participant" | "coverage";

export type { EntityType, Lang, UiStrings };

/**
 * Markup summitdesk made and escaped: write it unescaped (`{{ x | safe }}` in Nunjucks, `{{ x | raw }}` in
 * Liquid, `raw(x)` in a TypeScript layout). Every field not of this type is text.
 */
export type Html = string;

/** A link: its text and a root-relative URL (summitdesk adds the site's path, if any, after the layout ran). */
export interface Link {
  readonly text: string;
  readonly url: string;
}

/** An entity as a page names it: its name in the page's language, linked when this edition has its page. */
export interface EntityRef {
  readonly type: EntityType;
  readonly id: string;
  readonly name: string;
  /** Its page in this edition; absent when the edition has no articles about it (then show the name alone). */
  readonly url?: string;
}

/** A point in time as a page shows it. */
export interface DateText {
  /** For `<time datetime>`: ISO 8601 in the site's zone ("2025-08-31T09:30:00.000+02:00"), or a day "2025-08-31". */
  readonly iso: string;
  /** In the page's language, e.g. "31. August 2025, 09:30 Uhr". */
  readonly text: string;
}

/** An edition's or a page's feeds. */
export interface FeedLinks {
  /** The feed's title in feed readers ("Kasachstan – Gipfeldienst"). */
  readonly title: string;
  readonly atom: string;
  readonly json: string;
}

/** The site's settings as pages show them. */
export interface SiteData {
  /** The site's name in the page's language. */
  readonly title: string;
  /** Its one-line description in the page's language. */
  readonly description: string;
  /** Absolute base URL, no trailing slash ("https://news.example.org" or "https://example.org/news"). */
  readonly url: string;
  readonly defaultLang: Lang;
}

/** What goes into `<head>`. */
export interface HeadData {
  /** The `<title>`: the page's title and the site's name. */
  readonly title: string;
  readonly description: string;
  /** Absolute canonical URL. */
  readonly canonical: string;
  /** hreflang links (the other language, this one and x-default), only when the other edition has this page. */
  readonly alternates: readonly { readonly hreflang: string; readonly href: string }[];
  /** Open Graph and Twitter tags. */
  readonly meta: readonly {
    readonly attribute: "property" | "name";
    readonly name: string;
    readonly content: string;
  }[];
  /** schema.org JSON-LD, each safe to write unescaped inside `<script type="application/ld+json">`. */
  readonly jsonLd: readonly Html[];
  /** Keep the page out of search engines ("removed" and redirect pages). */
  readonly noindex: boolean;
  /** Stylesheets in order: ours, then the site's `assets/site.css` when it has one. */
  readonly stylesheets: readonly string[];
  /** Module scripts (only the search page has one). */
  readonly scripts: readonly string[];
}

/** The header's navigation and the links every page has. */
export interface NavData {
  /** This edition's front page. */
  readonly home: string;
  /** Summits, countries, people, organisations, archive. */
  readonly sections: readonly Link[];
  readonly archive: string;
  readonly search: string;
  readonly authors: string;
  /**
   * The language switch: this page in the other language when it exists, else the other edition's front page;
   * absent on a site that publishes one language.
   */
  readonly otherLanguage?: {
    readonly lang: Lang;
    readonly url: string;
    /** "English" on a German page, "Deutsch" on an English one. */
    readonly text: string;
    /** "This site in English" when it is the same page, "Go to the English edition" otherwise. */
    readonly title: string;
  };
}

/** What every HTML page has. */
export interface PageDataBase<K extends string> {
  readonly kind: K;
  /** The page's language. */
  readonly lang: Lang;
  /** Root-relative URL of this page. */
  readonly url: string;
  /** The page's own title (its heading). */
  readonly title: string;
  readonly site: SiteData;
  /** UI strings in the page's language, with the site's content/strings.yaml applied. */
  readonly strings: UiStrings;
  readonly head: HeadData;
  readonly nav: NavData;
  /** The edition's feeds, and the page's own (an entity's, an author's). */
  readonly feeds: { readonly edition: FeedLinks; readonly page?: FeedLinks };
}

/** An article as lists show it (a teaser). */
export interface Story {
  readonly url: string;
  readonly title: string;
  readonly summary: string;
  /** The line above the headline ("SOZ-Gipfel Tianjin", "Kasachstan"), when there is one. */
  readonly kicker?: string;
  readonly lang: Lang;
  /** The day of publication (no time). */
  readonly date: DateText;
  /** On an entity page: the article only mentions the entity in passing ("erwähnt"). */
  readonly passing: boolean;
  /** Whether the article has a lead picture. */
  readonly hasPicture: boolean;
  /** The lead picture, only where the page shows it (the front page's lead story). */
  readonly picture?: Html;
}

/** Previous and next pages of a paginated list. */
export interface Pagination {
  readonly pageNumber: number;
  readonly pageCount: number;
  readonly previous?: string;
  readonly next?: string;
}

/** An entity with a number of articles ("Xi Jinping · 4 articles"). */
export interface Counted {
  readonly entity: EntityRef;
  readonly count: number;
  /** "4 Artikel", "1 article". */
  readonly countText: string;
}

/** `article`: one article. Its body is also Eleventy's `content`. */
export interface ArticlePageData extends PageDataBase<"article"> {
  readonly article: {
    /** Language and slug: "de/tokajew-trifft-xi". */
    readonly id: string;
    readonly summary: string;
    readonly kicker?: string;
    /** Dev server only: a draft, shown with a banner. */
    readonly draft: boolean;
    /** Authors in byline order, each linked to their page. */
    readonly authors: readonly Link[];
    /** Published, with the time unless only a day was given; `monthUrl` is its month in the archive. */
    readonly published: DateText & { readonly monthUrl: string };
    readonly updated?: DateText;
    /** The lead picture as a `<figure>` with caption and credit. */
    readonly lead?: Html;
    /** The article's text, rendered from Markdown. */
    readonly body: Html;
    readonly corrections: readonly { readonly date: DateText; readonly text: string }[];
    /** The same article in the other language. */
    readonly translation?: { readonly lang: Lang; readonly url: string; readonly title: string };
    /** Topic chips: at most five main ones, the rest behind "more". */
    readonly topics: { readonly shown: readonly EntityRef[]; readonly more: readonly EntityRef[] };
    /** What the search index reads besides the text (filters, sort date, names): keep it inside the article. */
    readonly searchData: Html;
  };
  readonly related: readonly Story[];
}

/** `front`: an edition's front page (also the site's root page, in the default language). */
export interface FrontPageData extends PageDataBase<"front"> {
  readonly lead?: Story;
  readonly secondary: readonly Story[];
  /** The summit on now or just ended, with its newest articles. */
  readonly package?: {
    readonly status: "on" | "ended";
    readonly summit: EntityRef;
    /** "SOZ-Gipfel Tianjin 2025". */
    readonly headline: string;
    readonly dates: string;
    readonly city: string;
    readonly host: string;
    readonly count: number;
    readonly countText: string;
    /** A small map of its members and host city. */
    readonly map: Html;
    readonly stories: readonly Story[];
    /** Its other articles, as headlines. */
    readonly more: readonly Link[];
  };
  readonly latest: readonly Story[];
  /** Current and recent summits, newest first. */
  readonly summits: readonly {
    readonly summit: EntityRef;
    readonly status: "on" | "ended" | "past";
    readonly dates: string;
    readonly city: string;
    readonly count: number;
    readonly countText: string;
  }[];
  /** The newest months and every year of the archive. */
  readonly archive: {
    readonly months: readonly { readonly text: string; readonly url: string; readonly count: number }[];
    readonly years: readonly Link[];
  };
}

/** A map with the facts it shows, as a list beside it. */
export interface MapData {
  readonly svg: Html;
  /** A summit's host country and city. */
  readonly host?: EntityRef;
  readonly city?: string;
  /** Whether the host city has a position on the map (a summit's). */
  readonly cityOnMap: boolean;
  readonly members: readonly EntityRef[];
  readonly guests: readonly EntityRef[];
  /** A country's summit venues, each with up to three of its summits and how many there were. */
  readonly venues: readonly {
    readonly place: string;
    readonly summits: readonly EntityRef[];
    readonly count: number;
  }[];
  /** What the map shows, in words. */
  readonly description: string;
  /** Countries too small for the map or missing from its data. */
  readonly notOnMap: readonly string[];
}

/** A summit's hub: who took part, day by day, countries, meetings, articles referring to it. */
export interface HubData {
  /** From the registry: people when attendance was checked, else the members. */
  readonly participants:
    | { readonly checked: false; readonly members: readonly EntityRef[] }
    | {
        readonly checked: true;
        readonly present: readonly {
          readonly person: EntityRef;
          readonly role: "leader" | "representative" | "guest";
          readonly status: "present" | "remote";
          /** A representative stands in for this leader. */
          readonly represents?: EntityRef;
          /** A remote leader was represented in the room by this person. */
          readonly representedBy?: EntityRef;
        }[];
        readonly absent: readonly { readonly person: EntityRef; readonly representedBy?: EntityRef }[];
      };
  /** People the coverage names (not thereby participants). */
  readonly named: readonly Counted[];
  readonly days: readonly {
    readonly day: string;
    readonly text: string;
    readonly articles: readonly {
      readonly url: string;
      readonly title: string;
      /** Publication time in the host's zone and the site's (absent for date-only articles). */
      readonly times?: {
        readonly hostCity: string;
        readonly host: DateText;
        readonly siteCity: string;
        readonly site: DateText;
      };
    }[];
  }[];
  readonly countries: readonly {
    readonly country: EntityRef;
    readonly reason: CountryReason;
    readonly reasonText: string;
  }[];
  /** Who met whom, as articles state it, with the number of such articles. */
  readonly meetings: readonly { readonly a: EntityRef; readonly b: EntityRef; readonly count: number }[];
  /** Articles about other things that refer to the summit. */
  readonly mentionedIn: readonly Link[];
}

/** Coverage over time: a bar chart and its numbers. */
export interface CoverageData {
  /** The chart as inline SVG. */
  readonly svg: Html;
  /** "Tag", "Monat", "Jahr": the unit of a row. */
  readonly unit: string;
  /** The periods with articles, oldest first. */
  readonly rows: readonly { readonly period: string; readonly count: number }[];
}

/** `entity`: a country's, person's, organisation's or summit's page (paginated). */
export interface EntityPageData extends PageDataBase<"entity"> {
  readonly entity: {
    readonly type: EntityType;
    readonly id: string;
    readonly name: string;
    readonly description?: string;
    readonly wikidata?: string;
  };
  /** The plural name of its kind ("Länder") and the list page. */
  readonly list: Link;
  /** Key facts as label and value (values may link to other entities). */
  readonly facts: readonly { readonly label: string; readonly value: Html }[];
  /** The other edition has no page for it (shown on page 1). */
  readonly onlyInThisLanguage: boolean;
  /** The other edition's front page (absent on a one-language site). */
  readonly otherEdition?: Link & { readonly lang: Lang };
  /** Its articles in search, filtered by it. */
  readonly searchUrl: string;
  /** This page's articles, newest first; `passing` marks passing mentions. */
  readonly stories: readonly Story[];
  /** How many articles there are on all pages. */
  readonly total: number;
  readonly pagination: Pagination;
  /** Page 1 only: the map, and the summit hub or the coverage statistics. */
  readonly map?: MapData;
  readonly hub?: HubData;
  readonly stats?: {
    readonly coverage: CoverageData;
    /** Summits it was covered at. */
    readonly summits: readonly Counted[];
    /** Entities most often in the same articles. */
    readonly coMentioned: readonly Counted[];
  };
}

/** `entity-list`: all entities of a kind: summits newest first by year, the others A–Z by initial. */
export interface EntityListPageData extends PageDataBase<"entity-list"> {
  readonly type: EntityType;
  /** The initials with their anchors, for the letter bar (empty for summits). */
  readonly letters: readonly { readonly letter: string; readonly anchor: string }[];
  readonly groups: readonly {
    /** The initial, or the year for summits. */
    readonly heading: string;
    readonly anchor: string;
    readonly entries: readonly {
      readonly entity: EntityRef;
      /** A person's office, an organisation's acronym. */
      readonly note?: string;
      /** A summit's dates, city and host country. */
      readonly summit?: { readonly dates: string; readonly city: string; readonly host: string };
      readonly count: number;
      readonly countText: string;
    }[];
  }[];
}

/** `search`: the search form with its filters (Pagefind runs it in the browser). */
export interface SearchPageData extends PageDataBase<"search"> {
  readonly action: string;
  /** The other edition, whose articles the search also finds (absent on a one-language site). */
  readonly otherLang?: Lang;
  readonly languages: readonly { readonly lang: Lang; readonly name: string }[];
  /**
   * Each published language's search shards (src/search/shards.ts), the Pagefind bundles below /pagefind/ that
   * /assets/search.js merges: `{ lang: "de", names: ["de-00", "de-01"] }`; empty names when it has no articles.
   * A site's layout keeps them as `data-shards-<lang>="de-00 de-01"` on the form, or search finds nothing.
   */
  readonly shards: readonly { readonly lang: Lang; readonly names: readonly string[] }[];
  /** One filter group per kind with articles: every entity with an article in either edition, by name. */
  readonly facets: readonly {
    readonly type: EntityType;
    readonly label: string;
    readonly options: readonly { readonly id: string; readonly name: string }[];
  }[];
}

/** `archive-year`: a year's months with their first headlines. */
export interface ArchiveYearPageData extends PageDataBase<"archive-year"> {
  readonly year: string;
  /** Every year of the edition, newest first (empty when there is only one). */
  readonly years: readonly (Link & { readonly current: boolean })[];
  readonly months: readonly {
    readonly month: string;
    readonly text: string;
    readonly url: string;
    readonly count: number;
    readonly countText: string;
    readonly headlines: readonly Link[];
  }[];
}

/** `archive-month`: a month's articles, paginated. */
export interface ArchiveMonthPageData extends PageDataBase<"archive-month"> {
  /** "2025-09". */
  readonly month: string;
  /** "September 2025". */
  readonly name: string;
  readonly year: Link;
  readonly count: number;
  readonly countText: string;
  readonly stories: readonly Story[];
  readonly pagination: Pagination;
  readonly older?: Link;
  readonly newer?: Link;
}

/** `authors`: an edition's authors A–Z by surname. */
export interface AuthorsPageData extends PageDataBase<"authors"> {
  readonly letters: readonly { readonly letter: string; readonly anchor: string }[];
  readonly groups: readonly {
    readonly heading: string;
    readonly anchor: string;
    readonly authors: readonly (Link & { readonly count: number; readonly countText: string })[];
  }[];
}

/** `author`: one author's articles, paginated. */
export interface AuthorPageData extends PageDataBase<"author"> {
  readonly author: { readonly name: string; readonly slug: string };
  readonly authors: Link;
  readonly count: number;
  readonly countText: string;
  readonly stories: readonly Story[];
  readonly pagination: Pagination;
}

/** `not-found`: the 404 page, in every language (the default one first). */
export interface NotFoundPageData extends PageDataBase<"not-found"> {
  readonly editions: readonly {
    readonly lang: Lang;
    readonly strings: UiStrings;
    readonly home: Link;
    readonly search: string;
  }[];
}

/** `redirect`: an article's old URL (from urls.json), sending the reader to its current one. */
export interface RedirectPageData extends PageDataBase<"redirect"> {
  /** Root-relative URL of the article now. */
  readonly to: string;
  /** The article's title. */
  readonly articleTitle: string;
}

/** `removed`: a URL whose article is gone. */
export type RemovedPageData = PageDataBase<"removed">;

/** The data of any page, by its `kind` (which is also the name of its layout). */
export type PageData =
  | ArticlePageData
  | FrontPageData
  | EntityPageData
  | EntityListPageData
  | SearchPageData
  | ArchiveYearPageData
  | ArchiveMonthPageData
  | AuthorsPageData
  | AuthorPageData
  | NotFoundPageData
  | RedirectPageData
  | RemovedPageData;

/** A layout's name: `layouts/<name>.njk` (or any engine's extension) replaces ours. */
export type LayoutName = PageData["kind"];

/** Every layout name, in the order docs/theming.md lists them. */
export const LAYOUT_NAMES: readonly LayoutName[] = [
  "front",
  "article",
  "entity",
  "entity-list",
  "archive-year",
  "archive-month",
  "authors",
  "author",
  "search",
  "not-found",
  "removed",
  "redirect",
];
