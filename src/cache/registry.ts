/**
 * The config and registry of the last builds, kept in `.cache/summitdesk/registry/` (I/O edge): parsing the
 * world registry's YAML took most of a second on every build, and it changes rarely. One sealed v8 file per
 * digest of the site and registry files (contextKey); only this summitdesk's own code may read an entry back
 * (its code version is inside and checked). A damaged or foreign entry is skipped and rebuilt, like every
 * cache file (src/cachefs); an entry no build used this time is removed.
 */
import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import {
  findCacheFolder,
  makeCacheFolder,
  readSealed,
  removeStaleTemps,
  writeSealed,
} from "../cachefs/index.ts";
import type { SiteConfig } from "../config/index.ts";
import type { Diagnostic } from "../diagnostics/index.ts";
import type { Registry } from "../registry/index.ts";
import type { LexiconStore } from "../tag/index.ts";
import { lexiconStore } from "./lexicons.ts";
import { CACHE_DIR, codeVersion } from "./store.ts";

const FOLDER = `${CACHE_DIR}/registry`;
const FORMAT = 1;
/** The world registry makes some 1.5 MB; one far larger is not ours. */
const MAX_ENTRY = 256 * 1048576;

/** What is kept: the registry stage's result without the name index (functions; rebuilt in milliseconds). */
export interface KeptRegistry {
  readonly config: SiteConfig;
  readonly registry: Registry;
  readonly diagnostics: readonly Diagnostic[];
}

/** A store for the pipeline (src/pipeline.ts RegistryStore) over the cache folder of `root`. */
export function registryStore(
  root: string,
  key: string | undefined,
  warn?: (message: string) => void,
): {
  read(id: string): KeptRegistry | undefined;
  write(id: string, run: KeptRegistry): void;
  lexicons(id: string): LexiconStore;
} {
  const name = (id: string) => `${id.slice(0, 43)}.v8`;
  return {
    lexicons: (id) => lexiconStore(root, id, key, warn),
    read(id) {
      try {
        const dir = findCacheFolder(root, FOLDER);
        if (!dir) return undefined;
        const value = readSealed(join(dir, name(id)), `registry/${name(id)}`, MAX_ENTRY, key) as
          | Partial<{ format: number; code: string; id: string } & KeptRegistry>
          | null
          | undefined;
        if (value?.format !== FORMAT || value.code !== codeVersion() || value.id !== id) return undefined;
        if (!value.config || !value.registry || !Array.isArray(value.diagnostics)) return undefined;
        return { config: value.config, registry: value.registry, diagnostics: value.diagnostics };
      } catch {
        return undefined;
      }
    },
    write(id, run) {
      try {
        const dir = makeCacheFolder(root, FOLDER);
        removeStaleTemps(dir);
        const value = { format: FORMAT, code: codeVersion(), id, ...run };
        writeSealed(join(dir, name(id)), `registry/${name(id)}`, value, key);
        // One registry is current; older ones would only fill the cache.
        for (const other of readdirSync(dir))
          if (other !== name(id)) rmSync(join(dir, other), { force: true });
      } catch (error) {
        warn?.(
          `the registry is not kept between builds: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    },
  };
}
