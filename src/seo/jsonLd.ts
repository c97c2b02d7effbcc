/**
 * schema.org structured data as plain objects (serialised by the layouts with jsonForScript): NewsArticle for
 * articles, Event for summits, Person / Organization / Country for the other entity pages.
 */
import type { Article } from "../enrich/index.ts";
import { entityByKey } from "../index/index.ts";
import { type Entity, type Lang, termsOn } from "../registry/index.ts";
import { articleUrl, entityUrl, isoAttr } from "../render/index.ts";
import type { SiteModel } from "../site/types.ts";
import { articleImagesLd } from "./images.ts";

/** A JSON-LD node. */
export type JsonLd = Readonly<Record<string, unknown>>;

const SCHEMA_TYPE: Readonly<Record<Entity["type"], string>> = {
  country: "Country",
  person: "Person",
  organisation: "Organization",
  summit: "Event",
};

/** The Wikidata page of an entity, for sameAs. */
export function wikidataUrl(entity: Pick<Entity, "wikidata">): string | undefined {
  return entity.wikidata ? `https://www.wikidata.org/wiki/${entity.wikidata}` : undefined;
}

/** The @id of an entity's node: its page in this edition plus "#entity", so article and entity page name the same node. */
export function entityNodeId(model: SiteModel, lang: Lang, entity: Entity): string {
  return `${model.config.url}${entityUrl(lang, entity)}#entity`;
}

/** A short reference to an entity (for about/mentions): type, name, page and Wikidata. */
export function entityRef(model: SiteModel, lang: Lang, entity: Entity): JsonLd {
  const hasPage = model.index.editions[lang].terms.has(`${entity.type}:${entity.id}`);
  const sameAs = wikidataUrl(entity);
  return {
    "@type": SCHEMA_TYPE[entity.type],
    ...(hasPage
      ? { "@id": entityNodeId(model, lang, entity), url: model.config.url + entityUrl(lang, entity) }
      : {}),
    name: entity.name[lang],
    ...(sameAs ? { sameAs } : {}),
  };
}

function publisher(model: SiteModel, lang: Lang): JsonLd {
  return { "@type": "Organization", name: model.config.title[lang], url: `${model.config.url}/` };
}

/** NewsArticle: the main entities in `about`, the passing ones in `mentions`. */
export function newsArticleLd(model: SiteModel, article: Article, translationUrl?: string): JsonLd {
  const zone = model.config.timeZone;
  const url = model.config.url + articleUrl(article);
  const about: JsonLd[] = [];
  const mentions: JsonLd[] = [];
  for (const tag of article.entities) {
    const entity = entityByKey(model.registry, tag.key);
    if (!entity) continue;
    (tag.salience.level === "main" ? about : mentions).push(entityRef(model, article.lang, entity));
  }
  const published = isoAttr(article.date.iso, zone);
  const image = articleImagesLd(model, article);
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "@id": `${url}#article`,
    url,
    mainEntityOfPage: url,
    headline: article.title,
    ...(article.summary ? { description: article.summary } : {}),
    inLanguage: article.lang,
    datePublished: published,
    dateModified: article.updated ? isoAttr(article.updated.iso, zone) : published,
    author:
      article.authors.length > 0
        ? article.authors.map((name) => ({ "@type": "Person", name }))
        : [publisher(model, article.lang)],
    publisher: publisher(model, article.lang),
    ...(image ? { image } : {}),
    // Corrections are part of the record: schema.org's CorrectionComment, dated.
    ...(article.corrections.length > 0
      ? {
          correction: article.corrections.map((c) => ({
            "@type": "CorrectionComment",
            text: c.text,
            datePublished: isoAttr(c.date.iso, zone),
          })),
        }
      : {}),
    ...(about.length > 0 ? { about } : {}),
    ...(mentions.length > 0 ? { mentions } : {}),
    ...(translationUrl
      ? { workTranslation: { "@type": "NewsArticle", url: model.config.url + translationUrl } }
      : {}),
  };
}

/** The node describing an entity on its own page. */
export function entityLd(model: SiteModel, lang: Lang, entity: Entity): JsonLd {
  const url = model.config.url + entityUrl(lang, entity);
  const sameAs = wikidataUrl(entity);
  const common = {
    "@context": "https://schema.org",
    "@type": SCHEMA_TYPE[entity.type],
    "@id": entityNodeId(model, lang, entity),
    url,
    name: entity.name[lang],
    ...(entity.description ? { description: entity.description[lang] } : {}),
    ...(sameAs ? { sameAs } : {}),
  };
  const country = (code: string | undefined) => {
    const c = code ? model.registry.countries.get(code) : undefined;
    return c ? entityRef(model, lang, c) : undefined;
  };
  switch (entity.type) {
    case "country":
      return { ...common, identifier: entity.id };
    case "person": {
      const nationality = country(entity.country);
      // The office held on the day of the site's newest article, as the registry records it.
      const today = Math.floor(model.referenceTime / 86_400_000);
      const office = termsOn(entity, today)
        .map((t) => model.registry.offices.get(t.office))
        .find((o) => o !== undefined);
      return {
        ...common,
        ...(office ? { jobTitle: office.title[lang] } : {}),
        ...(nationality ? { nationality } : {}),
      };
    }
    case "organisation":
      return {
        ...common,
        ...(entity.acronym ? { alternateName: entity.acronym[lang] } : {}),
        ...(entity.founded ? { foundingDate: String(entity.founded) } : {}),
      };
    case "summit": {
      const organiser = model.registry.organisations.get(entity.organisation);
      return {
        ...common,
        startDate: entity.start,
        endDate: entity.end,
        eventStatus: "https://schema.org/EventScheduled",
        eventAttendanceMode: entity.virtual
          ? "https://schema.org/OnlineEventAttendanceMode"
          : "https://schema.org/OfflineEventAttendanceMode",
        location: {
          "@type": "Place",
          name: entity.city[lang],
          address: {
            "@type": "PostalAddress",
            addressLocality: entity.city[lang],
            addressCountry: entity.country,
          },
        },
        ...(organiser ? { organizer: entityRef(model, lang, organiser) } : {}),
      };
    }
  }
}
