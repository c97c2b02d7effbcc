/** What the social card of each kind of page says: headline, kicker, date line. Pure. */
import type { SiteConfig } from "../config/index.ts";
import type { Article } from "../enrich/index.ts";
import { entityByKey, type Term } from "../index/index.ts";
import { type EntityType, type Lang, type Registry, roleOn } from "../registry/index.ts";
import { formatDate, formatDayRange } from "../render/index.ts";
import type { CardText } from "./types.ts";

/** The kind of an entity page, singular, for the kicker. */
const KIND: Readonly<Record<Lang, Record<EntityType, string>>> = {
  de: { country: "Land", person: "Person", organisation: "Organisation", summit: "Gipfel" },
  en: { country: "Country", person: "Person", organisation: "Organisation", summit: "Summit" },
};

/** A main topic is preferred in this order when an article belongs to no summit. */
const TOPIC_ORDER: readonly EntityType[] = ["organisation", "person", "country"];

/** An article's card: its headline under its summit (or main topic), with its date. */
export function articleCardText(article: Article, registry: Registry, config: SiteConfig): CardText {
  const lang = article.lang;
  const summit = article.summit ? registry.summits.get(article.summit) : undefined;
  const main = TOPIC_ORDER.flatMap((type) =>
    article.entities.filter((e) => e.type === type && e.salience.level === "main"),
  )[0];
  const topic = main ? entityByKey(registry, main.key)?.name[lang] : undefined;
  return {
    lang,
    headline: article.title,
    kicker: summit?.name[lang] ?? topic ?? config.title[lang],
    date: formatDate(article.date.iso, lang, config.timeZone, false),
    site: config.title[lang],
  };
}

/** An entity page's card: its name under its kind; a summit adds dates and host city, a person the office. */
export function termCardText(
  term: Term,
  lang: Lang,
  registry: Registry,
  config: SiteConfig,
  referenceTime: number,
): CardText {
  const entity = term.entity;
  const common = {
    lang,
    headline: entity.name[lang],
    kicker: KIND[lang][entity.type],
    site: config.title[lang],
  };
  switch (entity.type) {
    case "summit": {
      const organisation = registry.organisations.get(entity.organisation);
      return {
        ...common,
        kicker: organisation?.acronym?.[lang] ?? organisation?.name[lang] ?? common.kicker,
        date: `${formatDayRange(entity.start, entity.end, lang)} · ${entity.city[lang]}`,
      };
    }
    case "person": {
      // The office held on the site's reference day ("President of Kazakhstan"), if any.
      const role = roleOn(registry, entity, Math.floor(referenceTime / 86_400_000));
      return role ? { ...common, date: role.title[lang] } : common;
    }
    default:
      return common;
  }
}

/** The edition's card for pages without one of their own (front page, lists, search). */
export function siteCardText(lang: Lang, config: SiteConfig): CardText {
  return { lang, headline: config.description[lang], kicker: config.title[lang], site: config.title[lang] };
}
