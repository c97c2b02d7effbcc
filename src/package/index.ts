/**
 * Where summitdesk's own files are: the folder holding its package.json. The bundled world registry, the
 * stylesheet, the icons and the search script are found from here, so the same code runs from its sources
 * (src/, in a development checkout) and compiled (dist/src/, in an installed package), whose depths differ.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The nearest folder above `start` that holds a package.json. */
export function packageRootFrom(start: string): string {
  let dir = start;
  for (;;) {
    if (existsSync(join(dir, "package.json"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`summitdesk: no package.json above ${start}`);
    dir = parent;
  }
}

/** The summitdesk package's folder (the repository in a checkout, node_modules/summitdesk when installed). */
export const PACKAGE_ROOT = packageRootFrom(dirname(fileURLToPath(import.meta.url)));

/** A path inside the package: `packagePath("registry")`, `packagePath("layouts", "assets", "style.css")`. */
export function packagePath(...segments: string[]): string {
  return join(PACKAGE_ROOT, ...segments);
}
