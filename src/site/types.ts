/** The site model handed to Eleventy: everything the layouts need, computed once per build. */
import type { SiteConfig } from "../config/index.ts";
import type { Article } from "../enrich/index.ts";
import type { SiteImages } from "../images/index.ts";
import type { SiteIndex } from "../index/index.ts";
import type { Places } from "../places/index.ts";
import type { Lang, Registry } from "../registry/index.ts";
import type { Page, UiStrings } from "../render/index.ts";

/** Body HTML by article id: a Map, or a lookup that reads bodies from the build cache when asked. */
export interface ArticleBodies {
  get(id: string): string | undefined;
}

export interface SiteModel {
  readonly config: SiteConfig;
  readonly registry: Registry;
  /** Host cities' positions (registry/places.yaml), for maps. */
  readonly places: Places;
  readonly index: SiteIndex;
  /** Articles by id ("de/tokajew-trifft-xi"). */
  readonly articles: ReadonlyMap<string, Article>;
  /**
   * Rendered body HTML by article id. Held in memory, or read from the build cache each time it is asked for
   * (src/cache/bodies.ts): ask once per page, and never keep what it gives for longer than the page.
   */
  readonly bodies: ArticleBodies;
  /**
   * Per article id, a digest of everything the article itself brings to pages: the enriched article (its card)
   * and its body with the pictures placed. Incremental builds fingerprint pages with it (src/incremental);
   * without it they hash the article and its body instead.
   */
  readonly digests?: ReadonlyMap<string, string>;
  /**
   * Per article id, a digest of the article as lists and every page but its own show it (src/enrich/cardDigest.ts):
   * without its body. Incremental builds fingerprint those pages with it; without it they compute it.
   */
  readonly cards?: ReadonlyMap<string, string>;
  /** Processed pictures (by the address the editor wrote), social cards, and what the build encodes. */
  readonly images: SiteImages;
  /** Every output file. */
  readonly pages: readonly Page[];
  /** UI strings per language: ours, with the site's content/strings.yaml applied. */
  readonly strings: Readonly<Record<Lang, UiStrings>>;
  /** Dev server build: drafts shown with a banner. */
  readonly dev: boolean;
  /**
   * The build's time (ms): the clock when the build started, or SUMMITDESK_NOW when pinned (tests, the determinism
   * check). "Current and recent summits", the front page's summit package and the news sitemap's two days count
   * from it; pages never print it.
   */
  readonly referenceTime: number;
}
