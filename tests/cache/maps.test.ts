/**
 * Maps kept between builds: what a build drew comes back as drawn, and only as this summitdesk drew it; a
 * damaged, foreign or malformed file gives nothing (maps are drawn again), never an error.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { CACHE_DIR, mapStore } from "../../src/cache/index.ts";
import { readSealed, writeSealed } from "../../src/cachefs/index.ts";
import type { MapGeometry } from "../../src/maps/index.ts";

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});
const project = () => {
  const root = mkdtempSync(join(tmpdir(), "summitdesk-maps-"));
  roots.push(root);
  return root;
};
const file = (root: string) => join(root, CACHE_DIR, "maps", "maps.v8");

const MAP: MapGeometry = {
  width: 640,
  height: 320,
  sea: "M0 0H640V320H0z",
  land: "M1 1L2 2z",
  shapes: [{ role: "host", d: "M3 3L4 4z" }],
  dots: [{ id: "SG", role: "member", x: 10.5, y: 20 }],
  points: [{ lat: 39.13, lon: 117.2, label: "Tianjin", kind: "host", x: 300, y: 150, anchor: "start" }],
  missing: ["TV"],
};

describe("the kept maps", () => {
  it("give back what a build that drew maps kept, and nothing before one did", () => {
    const root = project();
    const store = mapStore(root, undefined);
    expect(store.read()).toEqual([]);
    store.keep([["request", MAP]], 0);
    expect(store.read()).toEqual([]);
    store.keep([["request", MAP]], 1);
    expect(mapStore(root, undefined).read()).toEqual([["request", MAP]]);
  });

  it("give nothing from a damaged file, one written with another key, or by other code", () => {
    const root = project();
    mapStore(root, "k".repeat(48)).keep([["request", MAP]], 1);
    expect(mapStore(root, "k".repeat(48)).read()).toHaveLength(1);
    expect(mapStore(root, "another key of enough length!!").read()).toEqual([]);
    expect(mapStore(root, undefined).read()).toEqual([]);
    writeSealed(
      file(root),
      "maps/maps.v8",
      { format: 1, code: "older code", maps: [["request", MAP]] },
      undefined,
    );
    expect(mapStore(root, undefined).read()).toEqual([]);
    writeFileSync(file(root), "not a cache");
    expect(mapStore(root, undefined).read()).toEqual([]);
  });

  it("leave out entries that are not maps, whatever else the file holds", () => {
    const root = project();
    mapStore(root, undefined).keep([["good", MAP]], 1);
    // Forged as a writer of the cache folder could: without a key the seal is a plain hash anyone can compute.
    const kept = readSealed(file(root), "maps/maps.v8", 1 << 26, undefined) as { maps: unknown[] };
    const forged = [
      ...kept.maps,
      ["no width", { ...MAP, width: "640" }],
      ["a path that is not text", { ...MAP, sea: 1 }],
      ["a bad point", { ...MAP, points: [{ ...MAP.points[0], kind: "script" }] }],
      ["missing is not a list", { ...MAP, missing: "TV" }],
      ["a dot without a place", { ...MAP, dots: [{ id: "SG", role: "member" }] }],
      "not an entry",
    ];
    writeSealed(file(root), "maps/maps.v8", { ...kept, maps: forged }, undefined);
    expect(mapStore(root, undefined).read()).toEqual([["good", MAP]]);
  });

  it("tidy up what an interrupted write left, even when there is nothing new to keep", () => {
    const root = project();
    const store = mapStore(root, undefined);
    store.keep([["request", MAP]], 1);
    // A process id that cannot be running.
    writeFileSync(`${file(root)}.tmp-999999999`, "half a file");
    store.keep([["request", MAP]], 0);
    expect(readdirSync(join(root, CACHE_DIR, "maps"))).toEqual(["maps.v8"]);
  });
});
