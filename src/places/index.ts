/** Places: host cities and their positions, from registry/places.yaml (and a site's content/registry/places.yaml). */
export { buildPlaces, findPlace } from "./build.ts";
export type { Place, Places } from "./types.ts";
