/**
 * What of the registry a page may show, as one digest for the global part of every page fingerprint
 * (src/cli/digest.ts), and the one part of the rest that a page does show: the search names of an article's
 * entities.
 *
 * Most registry edits a newsroom makes teach the tagger a name: an alias, a short form, a German inflection,
 * the words of an office. No page shows those fields, and what they change in the articles (their tags, their
 * bodies' links) reaches the pages through the articles' own digests. Hashing the registry's files into the
 * global digest made every such edit render every page again (16.9 s of 42.6 s at 10,000 articles); hashing only
 * what pages show renders the pages whose articles changed. Any other registry change (a name, a description,
 * an office, a member, a summit, an entity added or removed) still changes every page, as before.
 *
 * The rule is "never less": a field may be left out here only if no page shows it. The one exception is
 * covered separately: an article page lists every name of its entities, aliases and short forms included, for
 * its search (src/pagedata/article.ts searchData), and its fingerprint takes them (searchNamesPart).
 * tests/incremental/registryDigest.test.ts checks that no other page-making code reads these fields.
 */
import { createHash } from "node:crypto";
import type { Entity, Registry } from "../registry/index.ts";

/**
 * Fields of a registry entry that the tagger reads and no page shows: entities' `aliases`, people's `short`,
 * organisations' `inflections`, countries' `officialNames`, offices' `words` and `aliases`, and `source` (the
 * file and line an entry was read from: adding a line shifts every entry below it). Left out of an entry's own
 * fields only: a nested field of the same name would stay in, which costs renders, never a stale page.
 */
export const MATCHING_ONLY: ReadonlySet<string> = new Set([
  "aliases",
  "short",
  "inflections",
  "officialNames",
  "words",
  "source",
]);

const KINDS = ["countries", "offices", "people", "organisations", "summits"] as const;

/** Digests by registry object: a process that builds again is given the same object for unchanged files. */
const shown = new WeakMap<Registry, string>();

/**
 * A digest of everything in `registry` a page may show: every field of every entry but MATCHING_ONLY's. About
 * 1.1 MB of JSON for the world registry, 20–30 ms; a build that runs again reuses it for an unchanged registry.
 */
export function shownRegistryDigest(registry: Registry): string {
  const known = shown.get(registry);
  if (known !== undefined) return known;
  const hash = createHash("sha256");
  for (const kind of KINDS) {
    hash.update(`\u0000${kind}\u0000${registry[kind].size}\u0000`);
    for (const entry of registry[kind].values()) hash.update(`${JSON.stringify(shownFields(entry))}\n`);
  }
  const digest = hash.digest("base64url");
  shown.set(registry, digest);
  return digest;
}

/** The entry without its own MATCHING_ONLY fields. */
function shownFields(entry: object): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entry)) if (!MATCHING_ONLY.has(key)) fields[key] = value;
  return fields;
}

/** The search names of an entity beyond its display names, by entity object (entries never change). */
const searchNamesOf = new WeakMap<Entity, string>();

/**
 * What an article page's search names take from MATCHING_ONLY for one of its entities: its aliases and, for a
 * person, the short forms (src/pagedata/article.ts searchData lists them beside the display names).
 */
export function searchNamesPart(entity: Entity): string {
  let known = searchNamesOf.get(entity);
  if (known === undefined) {
    const short = entity.type === "person" ? entity.short : undefined;
    known = JSON.stringify([entity.aliases, short ?? null]);
    searchNamesOf.set(entity, known);
  }
  return known;
}
