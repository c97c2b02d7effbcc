import { geoDistance } from "d3-geo";
import { describe, expect, it } from "vitest";
import { angleBetween } from "../../src/maps/sphere.ts";

/** A seeded generator, so a failure names points that can be tried again. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe("angleBetween", () => {
  it("is d3-geo's geoDistance to the bit, so maps framed with it are byte for byte the same", () => {
    const rand = random(7);
    const point = (): [number, number] => [rand() * 720 - 360, rand() * 180 - 90];
    const special: [number, number][] = [
      [0, 0],
      [180, 0],
      [-180, 0],
      [0, 90],
      [0, -90],
      [117.2, 39.13],
      [71.43, 51.13],
      [179.9999, -0.0001],
    ];
    for (const a of special) for (const b of special) expect(angleBetween(a, b)).toBe(geoDistance(a, b));
    for (let i = 0; i < 20_000; i++) {
      const a = point();
      const b = point();
      expect(angleBetween(a, b), `${a} ${b}`).toBe(geoDistance(a, b));
    }
  });

  it("measures what a reader knows: antipodes are π apart, a quarter of the equator π/2", () => {
    expect(angleBetween([0, 0], [180, 0])).toBeCloseTo(Math.PI, 12);
    expect(angleBetween([10, 0], [100, 0])).toBeCloseTo(Math.PI / 2, 12);
    expect(angleBetween([42, 17], [42, 17])).toBe(0);
  });
});
