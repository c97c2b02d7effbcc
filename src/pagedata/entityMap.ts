/** The map of an entity's first page: a summit's members and host city, a country's place, an organisation's members. */
import { countryMap, mapGeometry, mapSvg, organisationMap, summitMap } from "../maps/index.ts";
import type { Entity, Lang } from "../registry/index.ts";
import { PHRASES } from "../render/index.ts";
import { entityRef, type PageContext, refOf, stringsOf } from "./context.ts";
import type { MapData } from "./types.ts";

/** The map and the facts it shows; undefined when there is nothing to draw. */
export function entityMap(ctx: PageContext, lang: Lang, entity: Entity): MapData | undefined {
  const { model } = ctx;
  const t = stringsOf(ctx, lang);
  const p = PHRASES[lang];
  const title = `${t.map}: ${entity.name[lang]}`;
  const names = (ids: readonly string[]) =>
    ids.map((id) => model.registry.countries.get(id)?.name[lang] ?? id);
  const empty = { members: [], guests: [], venues: [], cityOnMap: false, notOnMap: [] };
  if (entity.type === "summit") {
    const m = summitMap(entity, model.registry, model.places, lang);
    if (!m.host && m.members.length === 0) return undefined;
    const geometry = mapGeometry(m.request);
    const host = m.host?.name[lang] ?? entity.country;
    const description = p.summitMapDesc(m.members.length, host, m.city ? entity.city[lang] : undefined);
    return {
      ...empty,
      svg: mapSvg(geometry, "entity-map", title, description),
      host: entityRef(ctx, lang, m.host, { type: "country", id: entity.country }),
      city: entity.city[lang],
      cityOnMap: m.city !== undefined,
      members: m.members.map((c) => refOf(ctx, lang, c)),
      guests: m.guests.map((c) => refOf(ctx, lang, c)),
      description,
      notOnMap: names(geometry.missing),
    };
  }
  if (entity.type === "country") {
    const m = countryMap(entity, model.registry, model.places, lang);
    const geometry = mapGeometry(m.request);
    if (geometry.missing.length > 0) return undefined;
    const description = p.locatorDesc(entity.name[lang]);
    return {
      ...empty,
      svg: mapSvg(geometry, "entity-map", title, description),
      venues: m.venues.map((v) => ({
        place: v.place.name[lang],
        summits: v.summits.slice(0, 3).map((s) => refOf(ctx, lang, s)),
        count: v.summits.length,
      })),
      description,
    };
  }
  if (entity.type === "organisation") {
    const m = organisationMap(entity, model.registry, lang, Math.floor(model.referenceTime / 86_400_000));
    if (m.members.length === 0) return undefined;
    const geometry = mapGeometry(m.request);
    const description = p.membersMapDesc(m.members.length);
    return {
      ...empty,
      svg: mapSvg(geometry, "entity-map", title, description),
      members: m.members.map((c) => refOf(ctx, lang, c)),
      description,
      notOnMap: names(geometry.missing),
    };
  }
  return undefined;
}
