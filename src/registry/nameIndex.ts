/** Resolves the names editors write in front matter ("Tokajew", "SOZ", "Kasachstan") to registry entities. */
import { closest } from "../diagnostics/index.ts";
import type { Entity, EntityType, Registry } from "./types.ts";

/** The outcome of looking a name up. */
export type Resolution =
  | { readonly kind: "found"; readonly entity: Entity }
  | { readonly kind: "ambiguous"; readonly entities: readonly Entity[] }
  | { readonly kind: "unknown"; readonly suggestion?: Entity };

/** Lookup tables from normalised names to entities, one per entity type. */
export interface NameIndex {
  resolve(type: EntityType, name: string): Resolution;
}

/** Case, accents, dots and spacing do not distinguish names: "Xi  Jinping", "xi jinping" and "U.S." match. */
export function normaliseName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[.’']/g, "")
    .replace(/[\s\u00a0_-]+/g, " ")
    .trim();
}

/** All names an entity answers to in front matter: id, names, acronyms, aliases, short forms, ISO names. */
export function namesOf(entity: Entity): string[] {
  const names = [entity.id, entity.name.de, entity.name.en, ...entity.aliases];
  if (entity.type === "person") for (const form of entity.short ?? []) names.push(form);
  if (entity.type === "country")
    names.push(entity.alpha3, ...entity.officialNames.de, ...entity.officialNames.en);
  if (entity.type === "organisation" && entity.acronym) names.push(entity.acronym.de, entity.acronym.en);
  return names;
}

/** Builds the index once per registry. */
export function buildNameIndex(registry: Registry): NameIndex {
  const tables = new Map<EntityType, Map<string, Entity[]>>();
  const all = new Map<EntityType, Entity[]>();
  const add = (entity: Entity) => {
    const table = tables.get(entity.type) ?? new Map<string, Entity[]>();
    tables.set(entity.type, table);
    const list = all.get(entity.type);
    if (list) list.push(entity);
    else all.set(entity.type, [entity]);
    for (const name of namesOf(entity)) {
      const key = normaliseName(name);
      if (!key) continue;
      const same = table.get(key) ?? [];
      if (!same.includes(entity)) same.push(entity);
      table.set(key, same);
    }
  };
  for (const map of [registry.countries, registry.people, registry.organisations, registry.summits]) {
    for (const entity of map.values()) add(entity);
  }
  return {
    resolve(type, name) {
      const hits = tables.get(type)?.get(normaliseName(name)) ?? [];
      if (hits.length === 1 && hits[0]) return { kind: "found", entity: hits[0] };
      // An id match beats any alias clash: ids are unique by construction.
      const byId = hits.find((e) => e.id.toLowerCase() === name.trim().toLowerCase());
      if (byId) return { kind: "found", entity: byId };
      if (hits.length > 1) return { kind: "ambiguous", entities: hits };
      const entities = all.get(type) ?? [];
      const byName = new Map<string, Entity>();
      for (const e of entities) for (const n of namesOf(e)) if (!byName.has(n)) byName.set(n, e);
      const suggestion = closest(name, byName.keys());
      const entity = suggestion === undefined ? undefined : byName.get(suggestion);
      return entity ? { kind: "unknown", suggestion: entity } : { kind: "unknown" };
    },
  };
}
