/**
 * Map geometry at build time: chooses a projection for what is shown (an azimuthal equal-area view centred on a
 * region, or Equal Earth for the whole world), fits it to the highlighted countries' main territories, clips to the
 * view and writes compact path data. Pure apart from reading Natural Earth once; results are memoised per request.
 */
import {
  type GeoPermissibleObjects,
  type GeoProjection,
  geoAzimuthalEqualArea,
  geoBounds,
  geoCircle,
  geoEqualEarth,
  geoPath,
} from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { type CountryShape, countryShapes, type Resolution } from "./atlas.ts";
import { angleBetween } from "./sphere.ts";
import { CompactPath } from "./svgPath.ts";
import type { MapGeometry, MapRequest, MapRole } from "./types.ts";

/** The viewBox width of every map; heights follow the region's shape within these bounds. */
export const MAP_WIDTH = 640;
const MIN_HEIGHT = 280;
const MAX_HEIGHT = 480;
const PADDING = 16;
/** Regions wider than this (degrees of longitude) are drawn on a world projection. */
const WORLD_SPAN = 140;
/** Views reaching further than this from their centre (radians) are drawn at 1:110m, closer ones at 1:50m. */
const DETAIL_RADIUS = (28 * Math.PI) / 180;
/** A highlighted country smaller than this on the map (square units) also gets a dot. */
const DOT_AREA = 40;
/** Locator maps show the country within a circle this many times its own radius, within these bounds (degrees). */
const LOCATOR_FACTOR = 2.6;
const LOCATOR_MIN = 9;
const LOCATOR_MAX = 55;

const ORDER: readonly MapRole[] = ["host", "subject", "member", "guest"];
/** More maps than any registry asks for: past this the memo starts again (a dev server that runs for weeks). */
const MAX_MAPS = 5_000;
const cache = new Map<string, MapGeometry>();
/** Maps drawn by this process (not given by seedMaps): when there are none, the build cache's are current. */
let drawn = 0;
/** The requests this process was asked for: what a build keeps when its cache would hold too many maps. */
const asked = new Set<string>();

/**
 * The geometry of a map; the same request always gives the same result. Cached without the labels, so the
 * German and English pages of one entity draw their map once.
 */
export function mapGeometry(request: MapRequest): MapGeometry {
  const key = JSON.stringify({ ...request, points: request.points.map((p) => [p.lat, p.lon, p.kind]) });
  if (asked.size < MAX_MAPS) asked.add(key);
  if (!cache.has(key) && earlier) {
    // Read on the first map not drawn yet: a build that shows no map never reads them.
    for (const [known, geometry] of earlier()) if (cache.size < MAX_MAPS) cache.set(known, geometry);
    earlier = undefined;
  }
  let geometry = cache.get(key);
  if (!geometry) {
    if (cache.size >= MAX_MAPS) cache.clear();
    geometry = draw(request);
    cache.set(key, geometry);
    drawn++;
  }
  const labels = new Map(request.points.map((p) => [`${p.lat} ${p.lon} ${p.kind}`, p.label]));
  return {
    ...geometry,
    points: geometry.points.map((p) => ({
      ...p,
      label: labels.get(`${p.lat} ${p.lon} ${p.kind}`) ?? p.label,
    })),
  };
}

/** Where maps an earlier build drew come from, until they are read (seedMaps). */
let earlier: (() => Iterable<readonly [string, MapGeometry]>) | undefined;

/**
 * Maps drawn by an earlier build, by request (from the build cache, src/cache/maps.ts), read when the first map
 * is asked for: drawing a registry's maps took ~4 s of a build that renders every entity page again (a registry,
 * layout or site.yaml change).
 */
export function seedMaps(read: () => Iterable<readonly [string, MapGeometry]>): void {
  earlier = read;
}

/**
 * What the build cache keeps: the maps this process knows by request, at most `most` of them (those asked for
 * first: seeded maps no page asks for any more are dropped when there are too many), and how many it drew.
 */
export function knownMaps(most: number): { readonly maps: [string, MapGeometry][]; readonly drawn: number } {
  const maps = [...cache].sort(([a], [b]) => Number(asked.has(b)) - Number(asked.has(a)));
  return { maps: maps.slice(0, most), drawn };
}

function draw(request: MapRequest): MapGeometry {
  const fine = countryShapes("50m");
  const coarse = countryShapes("110m");
  const roles = roleByCountry(request);
  // Framing needs no detail: 1:110m where Natural Earth has the country at that scale.
  const highlighted = [...roles.keys()].flatMap((id) => {
    const shape = coarse.get(id) ?? fine.get(id);
    return shape ? [shape] : [];
  });
  const points: Feature[] = request.points.map((p) => ({
    type: "Feature",
    properties: {},
    geometry: { type: "Point", coordinates: [p.lon, p.lat] },
  }));
  const subject = request.frame === "locator" ? highlighted[0] : undefined;
  const target: GeoPermissibleObjects = subject
    ? locatorCircle(subject)
    : collection([...highlighted.map((s) => s.core()), ...points]);
  const { projection, world } = chooseProjection(target, subject);
  const height = fitTo(projection, target);
  const view = viewCircle(projection, height, world);
  const resolution: Resolution = !view || view.radius > DETAIL_RADIUS ? "110m" : "50m";
  const path = (object: GeoPermissibleObjects) => {
    const context = new CompactPath();
    geoPath(projection, context)(object);
    return context.result();
  };
  const shapes = countryShapes(resolution);
  const land: Feature[] = [];
  const byRole = new Map<MapRole, Feature[]>();
  const dots: { id: string; role: MapRole; x: number; y: number }[] = [];
  for (const shape of shapes.values()) {
    if (!inView(shape, view)) continue;
    const role = roles.get(shape.id);
    if (role) (byRole.get(role) ?? byRole.set(role, []).get(role))?.push(shape.feature);
    else land.push(shape.feature);
  }
  const measure = geoPath(projection);
  for (const [id, role] of roles) {
    // Small states are measured at 1:50m (1:110m leaves many of them out altogether).
    const shape = fine.get(id);
    const drawn = shapes.get(id);
    if (!shape || (drawn && measure.area(drawn.feature) >= DOT_AREA)) continue;
    const xy = projection(shape.centroid());
    if (xy && inside(xy, height)) {
      dots.push({ id, role, x: round1(xy[0]), y: round1(xy[1]) });
      if (!shapes.has(id)) (byRole.get(role) ?? byRole.set(role, []).get(role))?.push(shape.feature);
    }
  }
  const placed = request.points.flatMap((p) => {
    const xy = projection([p.lon, p.lat]);
    if (!xy || !inside(xy, height)) return [];
    const anchor: "start" | "end" = xy[0] > MAP_WIDTH * 0.62 ? "end" : "start";
    return [{ ...p, x: round1(xy[0]), y: round1(xy[1]), anchor }];
  });
  return {
    width: MAP_WIDTH,
    height,
    // The sea: the sphere's outline on a world map, the whole frame on a regional one.
    sea: world ? path({ type: "Sphere" }) : `M0 0H${MAP_WIDTH}V${height}H0z`,
    land: path(collection(land)),
    shapes: ORDER.flatMap((role) => {
      const features = byRole.get(role);
      const d = features ? path(collection(features)) : "";
      return d ? [{ role, d }] : [];
    }),
    dots,
    points: placed,
    missing: [...roles.keys()].filter((id) => !fine.has(id)),
  };
}

/** Each country once, in its most important role. */
function roleByCountry(request: MapRequest): Map<string, MapRole> {
  const roles = new Map<string, MapRole>();
  for (const { id, role } of request.countries) {
    const had = roles.get(id);
    if (had === undefined || ORDER.indexOf(role) < ORDER.indexOf(had)) roles.set(id, role);
  }
  return roles;
}

function collection(features: readonly Feature[]): FeatureCollection<Geometry> {
  return { type: "FeatureCollection", features: [...features] };
}

/** A circle around a country, a few times its size: the surroundings a reader needs to place it. */
function locatorCircle(shape: CountryShape): GeoPermissibleObjects {
  const centre = shape.centroid();
  let coreRadius = 0;
  for (const polygon of shape.core().geometry.coordinates) {
    for (const point of polygon[0] ?? [])
      coreRadius = Math.max(coreRadius, angleBetween(centre, point as [number, number]));
  }
  const degrees = Math.min(
    LOCATOR_MAX,
    Math.max(LOCATOR_MIN, ((coreRadius * 180) / Math.PI) * LOCATOR_FACTOR),
  );
  return geoCircle().center(centre).radius(degrees)();
}

/** Azimuthal equal-area around the region's centre; Equal Earth when the region spans much of the world. */
function chooseProjection(
  target: GeoPermissibleObjects,
  subject: CountryShape | undefined,
): { projection: GeoProjection; world: boolean } {
  if (subject) {
    const [lon, lat] = subject.centroid();
    return { projection: geoAzimuthalEqualArea().rotate([-lon, -lat]), world: false };
  }
  const [[x0, y0], [x1, y1]] = geoBounds(target);
  const span = x1 >= x0 ? x1 - x0 : x1 + 360 - x0;
  const lon = wrap(x0 + span / 2);
  const lat = (y0 + y1) / 2;
  if (span > WORLD_SPAN || !Number.isFinite(span)) {
    return { projection: geoEqualEarth().rotate([-lon, 0]), world: true };
  }
  return { projection: geoAzimuthalEqualArea().rotate([-lon, -lat]), world: false };
}

/** Fits the projection to the target within the map's width; returns the height the region needs. */
function fitTo(projection: GeoProjection, target: GeoPermissibleObjects): number {
  const inner = MAP_WIDTH - 2 * PADDING;
  projection.fitWidth(inner, target);
  const [[, top], [, bottom]] = geoPath(projection).bounds(target);
  let height = Math.ceil(bottom - top) + 2 * PADDING;
  if (height > MAX_HEIGHT) height = MAX_HEIGHT;
  if (height < MIN_HEIGHT) height = MIN_HEIGHT;
  projection.fitExtent(
    [
      [PADDING, PADDING],
      [MAP_WIDTH - PADDING, height - PADDING],
    ],
    target,
  );
  // Resampling to a pixel is enough at these sizes (d3's default is finer and costs a third of the time);
  // clipping at the view's back meridian instead of a small circle is exact here, since countries beyond the
  // view are culled before drawing.
  projection.precision(1);
  if (projection.clipAngle() !== null) projection.clipAngle(null);
  projection.clipExtent([
    [0, 0],
    [MAP_WIDTH, height],
  ]);
  return height;
}

/** The view as a circle on the sphere (centre and radius): countries wholly outside it are not drawn at all. */
function viewCircle(
  projection: GeoProjection,
  height: number,
  world: boolean,
): { centre: [number, number]; radius: number } | undefined {
  if (world || !projection.invert) return undefined;
  const centre = projection.invert([MAP_WIDTH / 2, height / 2]);
  if (!centre) return undefined;
  let radius = 0;
  for (let i = 0; i <= 40; i++) {
    const f = i / 40;
    for (const xy of [
      [f * MAP_WIDTH, 0],
      [f * MAP_WIDTH, height],
      [0, f * height],
      [MAP_WIDTH, f * height],
    ] as [number, number][]) {
      const ll = projection.invert(xy);
      if (!ll || !Number.isFinite(ll[0])) return undefined;
      radius = Math.max(radius, angleBetween(centre, ll));
    }
  }
  return { centre, radius };
}

function inView(
  shape: CountryShape,
  view: { centre: [number, number]; radius: number } | undefined,
): boolean {
  return !view || angleBetween(view.centre, shape.bound.centre) - shape.bound.radius <= view.radius;
}

function inside([x, y]: [number, number], height: number): boolean {
  return x >= 0 && x <= MAP_WIDTH && y >= 0 && y <= height;
}

function wrap(lon: number): number {
  return ((((lon + 180) % 360) + 360) % 360) - 180;
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
