/**
 * What each kind of page puts on its map, from the registry: a summit's members (and guests) with the host
 * country and city, a country in its surroundings with the cities that hosted summits, an organisation's members.
 * Each returns the map request and the same facts as data, for the list that goes with the map.
 */

import { findPlace, type Place, type Places } from "../places/index.ts";
import type { Country, Lang, Organisation, Registry, Summit } from "../registry/index.ts";
import { compareNames } from "../stats/index.ts";
import type { MapRequest } from "./types.ts";

/** The member countries of an organisation, by alpha-2 code, as the registry states them. */
export function memberCountries(organisation: Organisation): readonly string[] {
  return organisation.members;
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

/** The map of a summit: members, guests (alpha-2 codes the caller knows of), the host and its city. */
export function summitMap(
  summit: Summit,
  registry: Registry,
  places: Places,
  lang: Lang,
  guestCodes: readonly string[] = [],
): SummitMap {
  const organisation = registry.organisations.get(summit.organisation);
  const members = countries(registry, organisation ? memberCountries(organisation) : [], lang);
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

/** An organisation's member map. */
export function organisationMap(
  organisation: Organisation,
  registry: Registry,
  lang: Lang,
): { request: MapRequest; members: readonly Country[] } {
  const members = countries(registry, memberCountries(organisation), lang);
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
