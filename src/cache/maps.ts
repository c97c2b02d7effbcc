/**
 * The maps of the last build, kept in `.cache/summitdesk/maps/` (I/O edge): drawing a registry's maps with d3-geo
 * took ~4 s of every build that renders all entity pages again (a registry, layout or site.yaml change), though
 * they depend on their request and the map code alone. One sealed v8 file; only this summitdesk, with the same
 * map libraries, reads it back (their versions are inside and checked). A damaged, foreign or malformed file is
 * skipped: maps cost time then, never the build. Whatever it holds is drawn through escaping markup (maps/svg.ts).
 */
import { createRequire } from "node:module";
import { join } from "node:path";
import {
  findCacheFolder,
  makeCacheFolder,
  readSealed,
  removeStaleTemps,
  writeSealed,
} from "../cachefs/index.ts";
import type { MapGeometry } from "../maps/index.ts";
import { CACHE_DIR, codeVersion, packageVersion } from "./store.ts";

const FOLDER = `${CACHE_DIR}/maps`;
const FILE = "maps.v8";
const FORMAT = 1;
/** A registry asks for a few hundred maps of ~10 KB each; a file far larger is not ours. */
const MAX_FILE = 64 * 1048576;
/** Maps kept at most: several times what the world registry asks for. */
export const MAX_KEPT_MAPS = 2_000;

/** The maps a build can start from and keep for the next one. */
export interface MapStore {
  read(): [string, MapGeometry][];
  /** Keeps `maps` when `drawn` says some are new (else the file holds them already); tidies up either way. */
  keep(maps: readonly (readonly [string, MapGeometry])[], drawn: number): void;
}

/** A map store over the cache folder of `root`, sealed with `key` when one is set (SUMMITDESK_CACHE_KEY). */
export function mapStore(root: string, key: string | undefined, warn?: (message: string) => void): MapStore {
  return {
    read() {
      try {
        const dir = findCacheFolder(root, FOLDER);
        if (!dir) return [];
        const value = readSealed(join(dir, FILE), `maps/${FILE}`, MAX_FILE, key) as
          | Partial<{ format: number; code: string; maps: unknown }>
          | null
          | undefined;
        if (value?.format !== FORMAT || value.code !== mapsVersion() || !Array.isArray(value.maps)) return [];
        return value.maps.filter(isEntry).slice(0, MAX_KEPT_MAPS);
      } catch {
        return [];
      }
    },
    keep(maps, drawn) {
      try {
        // What an interrupted build's write left goes even when there is nothing new to write.
        const found = findCacheFolder(root, FOLDER);
        if (found) removeStaleTemps(found);
        if (drawn === 0) return;
        const dir = makeCacheFolder(root, FOLDER);
        const value = { format: FORMAT, code: mapsVersion(), maps: maps.slice(0, MAX_KEPT_MAPS) };
        writeSealed(join(dir, FILE), `maps/${FILE}`, value, key);
      } catch (error) {
        // The file is written whole or not at all (writeSealed): the last build's maps stay usable.
        warn?.(`maps are not kept between builds: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
  };
}

let version: string | undefined;

/** Our code and the libraries a map is drawn with: Natural Earth's shapes, d3-geo, topojson. */
function mapsVersion(): string {
  if (version !== undefined) return version;
  const require = createRequire(import.meta.url);
  const deps = ["d3-geo", "world-atlas", "topojson-client"].map(
    (dep) => `${dep}@${packageVersion(require, dep)}`,
  );
  version = [codeVersion(), ...deps].join(" ");
  return version;
}

/** A stored map as maps/types.ts describes it; anything else is left out. */
function isEntry(entry: unknown): entry is [string, MapGeometry] {
  if (!Array.isArray(entry) || entry.length !== 2 || typeof entry[0] !== "string") return false;
  const g = entry[1] as Partial<Record<keyof MapGeometry, unknown>> | null;
  if (typeof g !== "object" || g === null) return false;
  const finite = (n: unknown) => typeof n === "number" && Number.isFinite(n);
  const list = (v: unknown, ok: (item: Record<string, unknown>) => boolean) =>
    Array.isArray(v) && v.every((item) => typeof item === "object" && item !== null && ok(item));
  return (
    finite(g.width) &&
    finite(g.height) &&
    typeof g.sea === "string" &&
    typeof g.land === "string" &&
    list(g.shapes, (s) => typeof s.role === "string" && typeof s.d === "string") &&
    list(
      g.dots,
      (d) => typeof d.id === "string" && typeof d.role === "string" && finite(d.x) && finite(d.y),
    ) &&
    list(
      g.points,
      (p) =>
        finite(p.lat) &&
        finite(p.lon) &&
        finite(p.x) &&
        finite(p.y) &&
        typeof p.label === "string" &&
        (p.kind === "host" || p.kind === "city") &&
        (p.anchor === "start" || p.anchor === "end"),
    ) &&
    Array.isArray(g.missing) &&
    g.missing.every((id) => typeof id === "string")
  );
}
