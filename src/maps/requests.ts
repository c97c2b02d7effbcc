/**
 * What each kind of page puts on its map, from the registry: a summit's members (and guests) with the host
 * country and city, a country in its surroundings with the cities that hosted summits, an organisation's members.
 * Each returns the map request and the same facts as data, for the list that goes with the map.
 */

import { findPlace, type Place, type Places } from "../places/index.ts";
import {
  type Country,
  countriesServedOn,
  dayOf,
  type Lang,
  membersOn,
  type Organisation,
  type Registry,
  type Summit,
  summitFacts,
} from "../registry/index.ts";
import { compareNames } from "../stats/index.ts";
import type { MapRequest } from "./types.ts";

/** The member states of an organisation on `day` (days since 1970), by alpha-2 code, as the registry states them. */
export function memberCountries(registry: Registry, organisationId: string, day: number): string[] {
  const out: string[] = [];
  for (const m of membersOn(registry, organisationId, day)) if (m.type === "country") out.push(m.id);
  return out;
}

/**
 * The states of a summit's checked guests on its first day (Turkey for Erdoğan at the SCO): from the offices
 * they held that day, never from citizenship. None when attendance was not checked.
 */
export function guestCountries(registry: Registry, summit: Summit): string[] {
  const day = dayOf(summit.start);
  if (day === undefined) return [];
  const out: string[] = [];
  for (const p of summitFacts(registry, summit).participants) {
    if (p.role !== "guest") continue;
    for (const code of countriesServedOn(registry, p.person, day)) if (!out.includes(code)) out.push(code);
  }
  return out;
}

/** A summit's map and its facts. */
export interface SummitMap {
  readonly request: MapRequest;
  readonly host?: Country;
  /** The host city, when registry/places.yaml knows where it lies. */
  readonly city?: Place;
  /** Member states of the organisation that met, host included, by name. */
  readonly members: readonly Country[];
  /** Invited states that are not members, by name. */
  readonly guests: readonly Country[];
}

/** The map of a summit: its members on the first day, checked guests' states, the host and its city. */
export function summitMap(
  summit: Summit,
  registry: Registry,
  places: Places,
  lang: Lang,
  guestCodes: readonly string[] = guestCountries(registry, summit),
): SummitMap {
  const day = dayOf(summit.start);
  const members = countries(
    registry,
    day === undefined ? [] : memberCountries(registry, summit.organisation, day),
    lang,
  );
  const memberIds = new Set(members.map((c) => c.id));
  const guests = countries(registry, guestCodes, lang).filter((c) => !memberIds.has(c.id));
  const host = registry.countries.get(summit.country);
  const city = findPlace(places, summit.city.en, summit.country);
  const request: MapRequest = {
    frame: "fit",
    countries: [
      ...(host ? [{ id: host.id, role: "host" as const }] : []),
      ...members.map((c) => ({ id: c.id, role: "member" as const })),
      ...guests.map((c) => ({ id: c.id, role: "guest" as const })),
    ],
    points: city ? [{ lat: city.lat, lon: city.lon, label: summit.city[lang], kind: "host" }] : [],
  };
  return { request, ...(host ? { host } : {}), ...(city ? { city } : {}), members, guests };
}

/** A place in a country and the summits held there, newest first. */
export interface Venue {
  readonly place: Place;
  readonly summits: readonly Summit[];
}

/** Cities marked on a locator map at most; the list names them all. */
const MAX_VENUE_DOTS = 6;

/** A country's locator map, with the cities that hosted summits in the registry. */
export function countryMap(
  country: Country,
  registry: Registry,
  places: Places,
  lang: Lang,
): { request: MapRequest; venues: readonly Venue[] } {
  const byPlace = new Map<string, { place: Place; summits: Summit[] }>();
  for (const summit of registry.summits.values()) {
    if (summit.country !== country.id) continue;
    const place = findPlace(places, summit.city.en, summit.country);
    if (!place) continue;
    const venue = byPlace.get(place.id) ?? { place, summits: [] };
    venue.summits.push(summit);
    byPlace.set(place.id, venue);
  }
  const venues = [...byPlace.values()]
    .map((v) => ({
      place: v.place,
      summits: v.summits.sort((a, b) =>
        a.start < b.start ? 1 : a.start > b.start ? -1 : a.id < b.id ? -1 : 1,
      ),
    }))
    .sort(
      (a, b) =>
        b.summits.length - a.summits.length || compareNames(a.place.name[lang], b.place.name[lang], lang),
    );
  const request: MapRequest = {
    frame: "locator",
    countries: [{ id: country.id, role: "subject" }],
    points: venues
      .slice(0, MAX_VENUE_DOTS)
      .map((v) => ({ lat: v.place.lat, lon: v.place.lon, label: v.place.name[lang], kind: "city" as const })),
  };
  return { request, venues };
}

/** An organisation's member map on `day` (the site's reference day: members who left are not shown). */
export function organisationMap(
  organisation: Organisation,
  registry: Registry,
  lang: Lang,
  day: number,
): { request: MapRequest; members: readonly Country[] } {
  const members = countries(registry, memberCountries(registry, organisation.id, day), lang);
  return {
    request: { frame: "fit", countries: members.map((c) => ({ id: c.id, role: "member" })), points: [] },
    members,
  };
}

function countries(registry: Registry, codes: readonly string[], lang: Lang): Country[] {
  const seen = new Set<string>();
  return codes
    .flatMap((code) => {
      const country = registry.countries.get(code);
      if (!country || seen.has(code)) return [];
      seen.add(code);
      return [country];
    })
    .sort((a, b) => compareNames(a.name[lang], b.name[lang], lang));
}
