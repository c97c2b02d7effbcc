/** Distances on the sphere, for framing and culling maps (src/maps/atlas.ts, geometry.ts). */
import type { Position } from "geojson";

const RADIANS = Math.PI / 180;

/**
 * The angle between two points on the sphere ([longitude, latitude] in degrees), in radians: the great-circle
 * distance in its Vincenty form (accurate near 0 and near π alike). The arithmetic is the one d3-geo's
 * geoDistance does, step for step, so the results are the same to the bit (tests/maps/sphere.test.ts) and so are
 * the maps; but geoDistance streams a line through a precise-summation object on every call, and a build's maps
 * call this some tens of thousands of times (a quarter of the time it took to read the atlas).
 */
export function angleBetween(a: Position, b: Position): number {
  const lambda0 = (a[0] as number) * RADIANS;
  const phi0 = (a[1] as number) * RADIANS;
  const lambda = (b[0] as number) * RADIANS;
  const phi = (b[1] as number) * RADIANS;
  const sinPhi0 = Math.sin(phi0);
  const cosPhi0 = Math.cos(phi0);
  const sinPhi = Math.sin(phi);
  const cosPhi = Math.cos(phi);
  const delta = Math.abs(lambda - lambda0);
  const cosDelta = Math.cos(delta);
  const sinDelta = Math.sin(delta);
  const x = cosPhi * sinDelta;
  const y = cosPhi0 * sinPhi - sinPhi0 * cosPhi * cosDelta;
  const z = sinPhi0 * sinPhi + cosPhi0 * cosPhi * cosDelta;
  return Math.atan2(Math.sqrt(x * x + y * y), z);
}
