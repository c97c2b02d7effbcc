/**
 * Which files make up the registry: the world registry bundled with the package (registry/ next to src/), then
 * the site's local layer (content/registry/). In each, a kind is a file named after it (`people.yaml`) or a folder
 * of that name holding any number of `.yaml` files (`people/kz.yaml`), read in path order.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { Diagnostic } from "../diagnostics/index.ts";
import { closest } from "../diagnostics/index.ts";
import { packagePath } from "../package/index.ts";
import {
  REGISTRY_KINDS,
  type RegistryKind,
  type RegistryLayer,
  type RegistrySourceFile,
  type SourceFile,
} from "./types.ts";

/** The world registry of this package, found relative to this file so it works as an installed dependency too. */
export const WORLD_REGISTRY_DIR = `${packagePath("registry")}/`;

/** Files of a registry folder that are read elsewhere: the host cities' positions for the maps (src/places). */
const READ_ELSEWHERE = new Set(["places.yaml"]);

/** Reads one file (symlink, size and encoding checks included); undefined when it cannot be used. */
export type ReadOne = (abs: string) => SourceFile | undefined;

/** Every registry file of one layer under `dir` (missing folder: none). */
export function readRegistryLayer(
  dir: string,
  layer: RegistryLayer,
  readOne: ReadOne,
  display: (abs: string) => string,
  diagnostics: Diagnostic[],
): RegistrySourceFile[] {
  const out: RegistrySourceFile[] = [];
  for (const entry of list(dir)) {
    const abs = join(dir, entry.name);
    if (entry.name.startsWith(".") || READ_ELSEWHERE.has(entry.name)) continue;
    const kind = kindOf(entry.name, entry.isDirectory());
    if (kind !== undefined) {
      const paths = entry.isDirectory() ? yamlFilesBelow(abs) : [abs];
      for (const path of paths) {
        const file = readOne(path);
        if (file) out.push({ ...file, kind, layer });
      }
    } else if (/\.ya?ml$/iu.test(entry.name) || entry.isDirectory()) {
      // A misnamed file would silently never be read: say so, with the name it probably should have.
      const base = entry.name.replace(/\.ya?ml$/iu, "");
      const suggestion = closest(base, REGISTRY_KINDS);
      diagnostics.push({
        file: display(abs),
        line: 0,
        column: 0,
        severity: "warning",
        ruleId: "registry/unknown-file",
        message: `"${entry.name}" is not a registry file and is ignored.`,
        hint: suggestion
          ? `Did you mean "${suggestion}${entry.isDirectory() ? "/" : ".yaml"}"?`
          : `Registry files are ${REGISTRY_KINDS.map((k) => `${k}.yaml`).join(", ")}, or folders of those names.`,
      });
    }
  }
  return out;
}

/** "people.yaml" or a folder "people" → people; anything else → undefined. */
function kindOf(name: string, isDirectory: boolean): RegistryKind | undefined {
  const base = isDirectory ? name : name.endsWith(".yaml") ? name.slice(0, -".yaml".length) : undefined;
  return REGISTRY_KINDS.find((k) => k === base);
}

function list(dir: string): import("node:fs").Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
  } catch {
    return [];
  }
}

/** `.yaml` files below a folder, depth-first in name order; hidden entries are skipped, linked folders not followed. */
function yamlFilesBelow(dir: string): string[] {
  const out: string[] = [];
  for (const entry of list(dir)) {
    if (entry.name.startsWith(".")) continue;
    const abs = join(dir, entry.name);
    if (entry.isDirectory()) for (const file of yamlFilesBelow(abs)) out.push(file);
    // A symbolic link goes to readOne, which refuses it with a warning.
    else if ((entry.isFile() || entry.isSymbolicLink()) && entry.name.endsWith(".yaml")) out.push(abs);
  }
  return out;
}
