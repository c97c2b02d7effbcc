/**
 * Natural Earth country shapes (world-atlas TopoJSON at 1:50m and 1:110m), keyed by ISO 3166-1 alpha-2, read once
 * per process on first use. Each country also has a "core": the polygons that make up its main territory, so a map
 * of France is not stretched to Réunion, nor one of the Netherlands to the Caribbean. What every map needs of every
 * country (a circle around it, to leave out what is not in view) is computed cheaply from bounding boxes; the rest
 * only for the countries a map highlights.
 */
import { createRequire } from "node:module";
import { geoCentroid } from "d3-geo";
import type { Feature, MultiPolygon, Polygon, Position } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { alpha2OfNumeric } from "../registry/index.ts";
import { angleBetween } from "./sphere.ts";

const require = createRequire(import.meta.url);

/** A country's shape at one resolution. */
export interface CountryShape {
  readonly id: string;
  readonly feature: Feature<Polygon | MultiPolygon>;
  /** A circle on the sphere ([lon, lat] centre, radius in radians) that holds the whole shape. */
  readonly bound: { readonly centre: [number, number]; readonly radius: number };
  /** The main territory (see the module comment): frames maps. */
  core(): Feature<MultiPolygon>;
  /** Centre of the main territory, [lon, lat]: where a small state's dot goes, and where a locator map looks. */
  centroid(): [number, number];
}

/** The two resolutions: 1:50m for regional maps, 1:110m for maps of the whole world. */
export type Resolution = "50m" | "110m";

/** Features without an ISO numeric id in Natural Earth, by name: Kosovo has an alpha-2 code of its own. */
const BY_NAME: Readonly<Record<string, string>> = { Kosovo: "XK" };

/** A polygon belongs to the core when it is this large relative to the largest, or this close to it (degrees). */
const CORE_AREA_SHARE = 0.25;
const CORE_DISTANCE = 15;

const loaded = new Map<Resolution, ReadonlyMap<string, CountryShape>>();

/** Every country shape of a resolution, by alpha-2 code. */
export function countryShapes(resolution: Resolution): ReadonlyMap<string, CountryShape> {
  let shapes = loaded.get(resolution);
  if (!shapes) {
    const topology = require(`world-atlas/countries-${resolution}.json`) as Topology<{
      countries: GeometryCollection<{ name: string }>;
    }>;
    const collection = feature(topology, topology.objects.countries);
    const map = new Map<string, CountryShape>();
    for (const f of collection.features) {
      const id =
        (f.id === undefined ? undefined : alpha2OfNumeric(String(f.id))) ?? BY_NAME[f.properties.name];
      if (!id || (f.geometry.type !== "Polygon" && f.geometry.type !== "MultiPolygon")) continue;
      map.set(id, shapeOf(id, f as Feature<Polygon | MultiPolygon>));
    }
    shapes = map;
    loaded.set(resolution, shapes);
  }
  return shapes;
}

/** A polygon's outer ring's box in degrees, and a rough area (degrees², scaled by latitude) to compare parts. */
interface Part {
  readonly coordinates: Position[][];
  readonly box: readonly [number, number, number, number];
  readonly area: number;
}

function partOf(coordinates: Position[][]): Part {
  const ring = coordinates[0] ?? [];
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  let twice = 0;
  // Indexed, not destructured: this runs over every point of the atlas on every build's first map.
  for (let i = 0; i < ring.length; i++) {
    const point = ring[i] as Position;
    const next = ring[(i + 1) % ring.length] as Position;
    const x = point[0] as number;
    const y = point[1] as number;
    twice += x * (next[1] as number) - (next[0] as number) * y;
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  const area = (Math.abs(twice) / 2) * Math.cos((((y0 + y1) / 2) * Math.PI) / 180);
  return { coordinates, box: [x0, y0, x1, y1], area };
}

function centreOf(box: readonly [number, number, number, number]): [number, number] {
  return [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2];
}

/** The largest distance from `centre` to a box: its corners and edge midpoints, plus a margin for the curvature. */
function reach(
  centre: [number, number],
  [x0, y0, x1, y1]: readonly [number, number, number, number],
): number {
  const xm = (x0 + x1) / 2;
  const ym = (y0 + y1) / 2;
  const points: [number, number][] = [
    [x0, y0],
    [x0, y1],
    [x1, y0],
    [x1, y1],
    [xm, y0],
    [xm, y1],
    [x0, ym],
    [x1, ym],
  ];
  return Math.max(...points.map((p) => angleBetween(centre, p))) * 1.05;
}

function shapeOf(id: string, f: Feature<Polygon | MultiPolygon>): CountryShape {
  const polygons =
    f.geometry.type === "Polygon" ? [f.geometry.coordinates] : (f.geometry.coordinates as Position[][][]);
  const parts = polygons.map(partOf);
  const largest = parts.reduce((a, b) => (b.area > a.area ? b : a));
  const box: [number, number, number, number] = [
    Math.min(...parts.map((p) => p.box[0])),
    Math.min(...parts.map((p) => p.box[1])),
    Math.max(...parts.map((p) => p.box[2])),
    Math.max(...parts.map((p) => p.box[3])),
  ];
  const centre = centreOf(box);
  const radius = Math.max(...parts.map((p) => reach(centre, p.box)));
  let core: Feature<MultiPolygon> | undefined;
  let centroid: [number, number] | undefined;
  const coreOf = (): Feature<MultiPolygon> => {
    if (!core) {
      const main = centreOf(largest.box);
      const kept = parts.filter(
        (p) =>
          p.area >= largest.area * CORE_AREA_SHARE ||
          (angleBetween(main, centreOf(p.box)) * 180) / Math.PI <= CORE_DISTANCE,
      );
      core = {
        type: "Feature",
        properties: {},
        geometry: { type: "MultiPolygon", coordinates: kept.map((p) => p.coordinates) },
      };
    }
    return core;
  };
  return {
    id,
    feature: f,
    bound: { centre, radius },
    core: coreOf,
    centroid() {
      centroid ??= geoCentroid(coreOf()) as [number, number];
      return centroid;
    },
  };
}
