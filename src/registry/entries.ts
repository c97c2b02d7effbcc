/** Reads the `id: entry` maps of registry files: validates each entry against its schema, layer over layer. */
import type { z } from "zod";
import { type Diagnostic, issuesToDiagnostics, show } from "../diagnostics/index.ts";
import { type IdMapFile, idMap, type ParsedRegistryFile, type RegistryKind } from "../load/index.ts";
import { slugify } from "../text/index.ts";
import { fieldsAt, ID_PATTERN } from "./schema.ts";

/** Where an entry (or one of its fields) was written. */
export interface Location {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** A valid entry, with the file it came from (to locate its fields later). */
export interface Entry<T> {
  readonly id: string;
  readonly value: T;
  readonly file: ParsedRegistryFile;
  readonly at: Location;
}

/** Per-field advice shown when a field is missing or malformed. */
export const HINTS: Readonly<Record<string, string>> = {
  name: "Give the name per language, e.g. `name: { en: Kassym-Jomart Tokayev, de: Kassym-Schomart Tokajew }`.",
  title:
    "Give the title per language, e.g. `title: { en: President of Kazakhstan, de: Präsident Kasachstans }`.",
  country: "Use the ISO 3166-1 alpha-2 code, e.g. KZ for Kazakhstan.",
  wikidata: "Copy the id from the Wikidata page's address, e.g. Q23492; or leave the field out.",
  start: 'Write the first day as "2025-08-31".',
  end: 'Write the last day as "2025-09-01".',
  timeZone: "Use the host city's IANA zone, e.g. Asia/Shanghai.",
  role: "One of head-of-state, head-of-government, foreign-minister, defence-minister, finance-minister, deputy-head-of-government, leader, other.",
  of: "The state's ISO code in capitals (KZ) or the organisation's id in lower case (un).",
  offices: 'Write a term as `{ office: kz-head-of-state, from: "2019-03-20" }`, with `to:` when it ended.',
  members: 'Write a member as `KZ`, `{ country: IN, from: "2017-06-09" }` or `{ organisation: eu }`.',
  attendance: "Write `absent: [{ person: xi-jinping, representedBy: li-qiang }]` and `guests: [guterres]`.",
  founded: 'Write the year (2001) or the day ("2001-06-15").',
};

/** How a registry file that is not a map of ids is refused. */
const NOT_A_MAP: IdMapFile = {
  ruleId: "registry/not-a-map",
  noun: "registry",
  item: "entry",
  example: "tokayev",
};

/** Validates every entry of the files of one kind; yields the valid ones in file order, then id order. */
export function* entriesOf<S extends z.ZodType>(
  files: readonly ParsedRegistryFile[],
  kind: RegistryKind,
  schema: S,
  diagnostics: Diagnostic[],
): Generator<Entry<z.infer<S>>> {
  for (const parsed of files) {
    if (parsed.file.kind !== kind) continue;
    const file = parsed.file.path;
    const data = idMap(parsed, NOT_A_MAP, diagnostics);
    if (!data) continue;
    for (const id of Object.keys(data).sort()) {
      const at = { file, ...parsed.locate([id]) };
      if (kind !== "countries" && !ID_PATTERN.test(id)) {
        diagnostics.push({
          ...at,
          severity: "error",
          ruleId: "registry/invalid-id",
          message: `"${show(id)}" is not a valid id.`,
          hint: `Ids are lower-case letters, digits and hyphens, e.g. "${slugify(id)}".`,
        });
        continue;
      }
      const result = schema.safeParse(data[id]);
      if (!result.success) {
        diagnostics.push(
          ...issuesToDiagnostics(
            result.error.issues,
            file,
            (path) => parsed.locate([id, ...path]),
            data[id],
            HINTS,
            (path) => fieldsAt(schema, path),
            "registry",
          ),
        );
        continue;
      }
      yield { id, value: result.data as z.infer<S>, file: parsed, at };
    }
  }
}

/**
 * Layers entries: within a layer an id may appear once (a second one is an error naming both places); a local
 * entry replaces the world entry with the same id as a whole.
 */
export function layered<T>(
  entries: Iterable<Entry<T>>,
  noun: string,
  diagnostics: Diagnostic[],
  key: (id: string) => string = (id) => id,
): Map<string, Entry<T>> {
  const world = new Map<string, Entry<T>>();
  const local = new Map<string, Entry<T>>();
  for (const entry of entries) {
    const layer = entry.file.file.layer === "world" ? world : local;
    const id = key(entry.id);
    const first = layer.get(id);
    if (first !== undefined) {
      diagnostics.push({
        ...entry.at,
        severity: "error",
        ruleId: "registry/duplicate-id",
        message: `${noun} "${show(id)}" is defined twice: here and in ${first.at.file}:${first.at.line}.`,
        hint:
          entry.file.file.layer === "world"
            ? "Ids are unique across the files of the registry; merge the two entries."
            : "Ids are unique across content/registry/; merge the two entries. (To replace an entry of the bundled registry, one local entry with its id is enough.)",
      });
      continue;
    }
    layer.set(id, entry);
  }
  const merged = new Map(world);
  for (const [id, entry] of local) merged.set(id, entry);
  return merged;
}
