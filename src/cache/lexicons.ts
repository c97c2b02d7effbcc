/**
 * The tagger's compiled lexicons, kept in `.cache/summitdesk/tagger/` (I/O edge): building one language's trie
 * from the world registry took 0.2–0.5 s of every build that tags an article (one edit, a small site's every
 * build), reading it back a fifth of that. One sealed v8 file per language, named by the context key of the
 * site and registry files the registry was made of; only this summitdesk's own code may read one back (its code
 * version is inside and checked). A damaged or foreign file is skipped and the lexicon built again, like every
 * cache file (src/cachefs); writing one removes the files of other registries for that language.
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
import type { Lang } from "../registry/index.ts";
import { type LexiconStore, lexiconData, lexiconFromData } from "../tag/index.ts";
import { CACHE_DIR } from "./paths.ts";
import { codeVersion } from "./store.ts";

const FOLDER = `${CACHE_DIR}/tagger`;
const FORMAT = 1;
/** The world registry's lexicon of one language makes ~3 MB; one far larger is not ours. */
const MAX_ENTRY = 256 * 1048576;

/** The lexicons of the registry made of the files with context key `id` (src/cache/key.ts), under `root`. */
export function lexiconStore(
  root: string,
  id: string,
  key: string | undefined,
  warn?: (message: string) => void,
): LexiconStore {
  const name = (lang: Lang) => `${lang}-${id.slice(0, 43)}.v8`;
  return {
    read(lang) {
      try {
        const dir = findCacheFolder(root, FOLDER);
        if (!dir) return undefined;
        const value = readSealed(join(dir, name(lang)), `tagger/${name(lang)}`, MAX_ENTRY, key) as
          | Partial<{ format: number; code: string; id: string; lang: string; lexicon: unknown }>
          | null
          | undefined;
        if (value?.format !== FORMAT || value.code !== codeVersion()) return undefined;
        if (value.id !== id || value.lang !== lang) return undefined;
        return lexiconFromData(value.lexicon);
      } catch {
        return undefined;
      }
    },
    write(lang, lexicon) {
      try {
        const dir = makeCacheFolder(root, FOLDER);
        removeStaleTemps(dir);
        const value = { format: FORMAT, code: codeVersion(), id, lang, lexicon: lexiconData(lexicon) };
        writeSealed(join(dir, name(lang)), `tagger/${name(lang)}`, value, key);
        // One registry is current; the lexicons of older ones would only fill the cache.
        for (const other of readdirSync(dir))
          if (other.startsWith(`${lang}-`) && other !== name(lang)) rmSync(join(dir, other), { force: true });
      } catch (error) {
        warn?.(
          `the tagger's lexicons are not kept between builds: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    },
  };
}
