/**
 * Page fingerprints: a digest of everything one output file is made from, so that a build renders again only
 * the files whose fingerprint changed (src/eleventy/build.ts keeps the others from the previous site).
 *
 * The rule is "never less": a fingerprint must change whenever the file's bytes could. So it is made of
 *   - the global part: summitdesk's code, its layouts and dependency versions, ICU and time-zone data, the site
 *     config, what of the registry a page may show (registryDigest.ts) and the places files (`global`); any
 *     change there changes every file;
 *   - the page descriptor itself, the edition's shell (newest archive year, the edition's card), the set of
 *     entities with a page in the edition (every kicker, chip and entity link depends on it) and the URL of the
 *     page's counterpart in the other language;
 *   - per kind, the articles the page shows and the page data that depends on the build's day (JSON-LD of a
 *     person's office, an organisation's members, a card's text). An article page and a feed take each article
 *     whole (SiteModel.digests: the enriched article and its body, pictures placed), an article page its
 *     entities' search names too; every other page takes only its card (ArticleUnits below), so an edit of an
 *     article's text that tags the same entities renders its page and its feeds again, not the dozens of lists
 *     and the site-wide files that show it.
 * Pages that summarise a whole edition (front pages, lists, archive years, authors, search, API, sitemaps, the
 * 404 page, robots.txt, _redirects) take every article's card in both editions and the page list, and all but
 * the API files, the sitemaps, robots.txt and _redirects the build's time; the build keeps their old file when
 * the bytes come out the same.
 */
import { createHash } from "node:crypto";
import { type Article, cardDigest } from "../enrich/index.ts";
import { cardKey, type Picture } from "../images/index.ts";
import { type Edition, entityByKey } from "../index/index.ts";
import { organisationMap } from "../maps/index.ts";
import { LANGS, type Lang } from "../registry/index.ts";
import { prepareRelated, RELATED_SHOWN, type RelatedEntry, relatedArticles } from "../related/index.ts";
import { articleId, otherLang, type Page } from "../render/index.ts";
import {
  alternateUrl,
  articlePreview,
  cardImage,
  entityLd,
  termPreview,
  translationOf,
} from "../seo/index.ts";
import type { SiteModel } from "../site/types.ts";
import { searchNamesPart } from "./registryDigest.ts";

/** Related articles under each article (layouts/article.ts shows this many). */
const RELATED = RELATED_SHOWN;
/** Entries of a feed (src/feeds FEED_SIZE). */
const FEED_ITEMS = 50;
/** How much of a list's text is joined before it goes to the hash (the digest is the same either way). */
const JOINED = 1 << 16;

type Hasher = ReturnType<typeof createHash>;

/**
 * Fingerprints of every page of `model`, by URL. `global` digests code, dependencies and configuration;
 * `related` is what the last build remembered of related lists (src/related prepareRelated): only lists whose
 * inputs changed are computed again. Returns this build's related entries too, for the next one.
 */
export function pageFingerprints(
  model: SiteModel,
  global: string,
  related?: ReadonlyMap<string, RelatedEntry>,
): { fps: Map<string, string>; related: Map<string, RelatedEntry>; computed: number } {
  const entries = new Map<string, RelatedEntry>();
  let computed = 0;
  for (const lang of LANGS) {
    const prepared = prepareRelated(model.index.editions[lang], related, articleId);
    for (const [id, entry] of prepared.entries) entries.set(id, entry);
    computed += prepared.computed;
  }
  return { fps: fingerprints(model, global), related: entries, computed };
}

function fingerprints(model: SiteModel, global: string): Map<string, string> {
  const units = new ArticleUnits(model);
  const editions = Object.fromEntries(LANGS.map((lang) => [lang, editionParts(model, lang)])) as Record<
    Lang,
    EditionParts
  >;
  const site = siteDigest(model, units);
  const today = Math.floor(model.referenceTime / 86_400_000);
  const out = new Map<string, string>();
  for (const page of model.pages) {
    const hash = createHash("sha256").update(global).update("\u0000").update(JSON.stringify(page));
    const lang = "lang" in page ? page.lang : undefined;
    if (lang) {
      const edition = editions[lang];
      hash.update(`\u0000${edition.shell}\u0000${edition.terms}\u0000${alternateUrl(model, page) ?? ""}`);
    }
    pageParts(model, page, hash, units, site, today);
    out.set(page.url, hash.digest("base64url"));
  }
  return out;
}

/** What every page of an edition shows besides its own content. */
interface EditionParts {
  /** Newest archive year (the masthead's archive link) and the edition's card (every page's preview). */
  readonly shell: string;
  /** The entities with a page in the edition (kickers, chips and entity links depend on it). */
  readonly terms: string;
}

function editionParts(model: SiteModel, lang: Lang): EditionParts {
  const edition = model.index.editions[lang];
  const newest = edition.months[0]?.month.slice(0, 4) ?? "";
  const card = JSON.stringify(cardImage(model, cardKey.site(lang)) ?? null);
  const terms = createHash("sha256");
  for (const key of edition.terms.keys()) terms.update(`${key}\u0000`);
  return { shell: `${newest}\u0000${card}`, terms: terms.digest("base64url") };
}

/** A digest of every published article of both editions, in order: what a whole-site page is made of. */
function siteDigest(model: SiteModel, units: ArticleUnits): string {
  const hash = createHash("sha256");
  for (const lang of LANGS) {
    hash.update(`${lang}\u0000`);
    units.list(hash, model.index.editions[lang].articles, false, `site:${lang}`);
  }
  // The page list: the sitemap lists every page, _redirects the ledger's redirects, the search page its shards.
  for (const page of model.pages) hash.update(`${page.url}\u0000`);
  return hash.digest("base64url");
}

/**
 * Per-article digests, computed once per build, at two depths:
 *   - `full`: the article's digest (the enriched article and its body, pictures placed) with its lead
 *     picture — everything its own page and the feeds (which carry the body) show of it;
 *   - `card`: the published article without its body — title, dates, summary, authors, entities with their
 *     salience, meetings, summit — with its lead picture. Every list, entity page, archive, related list, map,
 *     API file and sitemap is made from these fields only (the body HTML is in SiteModel.bodies, which only the
 *     article page and the feeds read), so an edit of the text that tags the same entities changes no card.
 */
class ArticleUnits {
  private readonly fulls = new Map<Article, string>();
  private readonly cards = new Map<Article, string>();
  constructor(private readonly model: SiteModel) {}

  /** What the article's own page and the feeds show of it. */
  full(article: Article): string {
    let unit = this.fulls.get(article);
    if (unit === undefined) {
      const id = articleId(article);
      unit = this.withLead(article, this.model.digests?.get(id) ?? fallbackDigest(this.model, article, id));
      this.fulls.set(article, unit);
    }
    return unit;
  }

  /** What a list, an entity page or any page about many articles shows of it. */
  card(article: Article): string {
    let unit = this.cards.get(article);
    if (unit === undefined) {
      const known = this.model.cards?.get(articleId(article));
      unit = this.withLead(article, known ?? cardDigest(article));
      this.cards.set(article, unit);
    }
    return unit;
  }

  /**
   * Units of a list of articles, in order: their cards, or with `whole` everything (a feed carries bodies).
   * A list with a `key` (a whole edition, an entity's articles: up to tens of thousands of units) goes in as
   * the digest of its units, which a process that builds again (`build --watch`) remembers by key with the
   * units it was made of: the same units in the same order are the same digest, compared, not hashed again.
   */
  list(hash: Hasher, articles: readonly Article[], whole = false, key?: string): void {
    hash.update(`\u0000${articles.length}:`);
    const units = articles.map((a) => (whole ? this.full(a) : this.card(a)));
    if (key === undefined) {
      appendJoined(hash, units);
      return;
    }
    const known = listDigests.get(key);
    if (known && sameUnits(known.units, units)) {
      hash.update(known.digest);
      return;
    }
    const listHash = createHash("sha256");
    appendJoined(listHash, units);
    const digest = listHash.digest("base64url");
    if (listDigests.size >= LIST_DIGESTS_KEPT) listDigests.clear();
    listDigests.set(key, { units, digest });
    hash.update(digest);
  }

  private withLead(article: Article, own: string): string {
    const lead = article.image ? this.model.images.pictures.get(article.image.src) : undefined;
    if (!lead) return own;
    // The same string as the last build's for the same parts, so that lists compare by reference (list()).
    const known = leadUnits.get(lead);
    if (known?.own === own) return known.unit;
    const unit = `${own}:${pictureDigest(lead)}`;
    leadUnits.set(lead, { own, unit });
    return unit;
  }
}

/** Units with a lead picture, by picture plan (the images stage keeps plans across builds of one process). */
const leadUnits = new WeakMap<Picture, { own: string; unit: string }>();

/** The last digests of keyed lists (ArticleUnits.list), with their units. Cleared when it holds this many. */
const listDigests = new Map<string, { units: readonly string[]; digest: string }>();
const LIST_DIGESTS_KEPT = 100_000;

function sameUnits(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Hashes `units` joined: the same bytes reach the hash in a few calls instead of one per unit (a country's page
 * lists tens of thousands at 100,000 articles, and each call into the hash cost about a microsecond).
 */
function appendJoined(hash: Hasher, units: readonly string[]): void {
  let joined = "";
  for (const unit of units) {
    joined += unit;
    if (joined.length >= JOINED) {
      hash.update(joined);
      joined = "";
    }
  }
  if (joined) hash.update(joined);
}

/**
 * Digests of the pictures this process planned, by object: a plan is never changed once made, and the images
 * stage gives a process that builds again the same object for an unchanged picture (src/images/plan.ts).
 */
const pictureDigests = new WeakMap<Picture, string>();

function pictureDigest(picture: Picture): string {
  let known = pictureDigests.get(picture);
  if (known === undefined) {
    known = digest(JSON.stringify(picture));
    pictureDigests.set(picture, known);
  }
  return known;
}

/** Without digests from the pipeline (a model built by hand in a test): the article and its body themselves. */
function fallbackDigest(model: SiteModel, article: Article, id: string): string {
  return digest(`${JSON.stringify(article)}\u0000${model.bodies.get(id) ?? ""}`);
}

function digest(text: string): string {
  return createHash("sha256").update(text).digest("base64url");
}

/** Adds what the page shows beyond the edition's common parts. */
function pageParts(
  model: SiteModel,
  page: Page,
  hash: Hasher,
  units: ArticleUnits,
  site: string,
  today: number,
): void {
  const size = model.config.pageSize;
  switch (page.kind) {
    case "article": {
      const article = model.articles.get(page.id);
      if (!article) return;
      const edition = model.index.editions[article.lang];
      hash.update(units.full(article));
      // Its search names: the global digest leaves the entities' aliases and short forms out (registryDigest.ts).
      for (const tag of article.entities) {
        const entity = entityByKey(model.registry, tag.key);
        hash.update(`\u0000n${entity ? searchNamesPart(entity) : ""}`);
      }
      const translation = translationOf(model, article);
      if (translation) hash.update(`\u0000t${units.card(translation)}`);
      units.list(hash, relatedArticles(article, edition, RELATED));
      hash.update(JSON.stringify(articlePreview(model, article) ?? null));
      return;
    }
    case "term": {
      const edition = model.index.editions[page.lang];
      const term = edition.terms.get(page.key);
      if (!term) return;
      hash.update(`\u0000${term.articles.length}`);
      hash.update(JSON.stringify(termPreview(model, page.lang, page.key) ?? null));
      if (page.pageNumber > 1) {
        units.list(hash, term.articles.slice((page.pageNumber - 1) * size, page.pageNumber * size));
        return;
      }
      // The first page: statistics over all its articles, a map and JSON-LD that may depend on the day.
      units.list(hash, term.articles, false, `term:${page.lang}:${page.key}`);
      hash.update(JSON.stringify(entityLd(model, page.lang, term.entity)));
      hash.update(`\u0000${model.index.editions[otherLang(page.lang)].terms.has(page.key)}`);
      if (term.entity.type === "organisation") {
        hash.update(JSON.stringify(organisationMap(term.entity, model.registry, page.lang, today).request));
      }
      return;
    }
    case "month": {
      const edition = model.index.editions[page.lang];
      const index = edition.months.findIndex((m) => m.month === page.month);
      const entry = edition.months[index];
      if (!entry) return;
      hash.update(`\u0000${entry.articles.length}\u0000${neighbours(edition, index)}`);
      units.list(hash, entry.articles.slice((page.pageNumber - 1) * size, page.pageNumber * size));
      return;
    }
    case "author": {
      const author = model.index.editions[page.lang].authors.get(page.slug);
      if (!author) return;
      hash.update(`\u0000${author.name}\u0000${author.articles.length}`);
      units.list(hash, author.articles.slice((page.pageNumber - 1) * size, page.pageNumber * size));
      return;
    }
    case "feed": {
      const edition = model.index.editions[page.lang];
      const list = page.key
        ? edition.terms.get(page.key)?.articles
        : page.author
          ? edition.authors.get(page.author)?.articles
          : edition.articles;
      if (page.author) hash.update(`\u0000${edition.authors.get(page.author)?.name ?? ""}`);
      const items = (list ?? []).slice(0, FEED_ITEMS);
      units.list(hash, items, true);
      // An empty feed is dated by the build.
      if (items.length === 0) hash.update(`\u0000${model.referenceTime}`);
      return;
    }
    case "redirect": {
      const target = model.articles.get(page.article);
      hash.update(target ? units.card(target) : "");
      return;
    }
    case "removed":
      return;
    default:
      // Front pages, lists, archive years, authors, search, API, sitemaps, 404, robots.txt, _redirects. Most
      // may depend on the build's time (the summit on now, the news sitemap's two days, offices held today).
      hash.update(`\u0000${site}\u0000${TIMELESS.has(page.kind) ? "" : model.referenceTime}`);
  }
}

/**
 * Whole-site files made of the articles' cards and the page list alone, never of the build's time: the API
 * files and the sitemaps are the largest files a build writes, and an edit need not write them again.
 */
const TIMELESS = new Set<Page["kind"]>(["api", "sitemap", "robots", "redirects"]);

/** The archive months before and after a month (its page links them by name). */
function neighbours(edition: Edition, index: number): string {
  return `${edition.months[index - 1]?.month ?? ""}/${edition.months[index + 1]?.month ?? ""}`;
}
