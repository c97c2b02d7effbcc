/**
 * A site's own look, found in its folder: `layouts/` (a file named after a page kind, in any engine Eleventy
 * reads, replaces our layout of that kind) and `assets/` (published under /assets/; `site.css` is linked after
 * our stylesheet on every page, `style.css` replaces ours). Both are the site's trusted code, never content: an
 * article can neither choose a layout nor reach these folders.
 */
import { lstatSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { closest } from "../diagnostics/index.ts";
import { DEFAULT_THEME, LAYOUT_NAMES, type LayoutName, type Theme } from "../pagedata/index.ts";

/** Engines a site's layout may be written in: Eleventy's own (Nunjucks, Liquid, HTML, Markdown, JavaScript). */
export const LAYOUT_EXTENSIONS = ["njk", "liquid", "html", "md", "11ty.js", "11ty.cjs", "11ty.mjs"] as const;

/** The site's theme: its layouts, its assets, the stylesheets pages link. */
export interface SiteTheme extends Theme {
  /** The site's layouts folder (absolute), when it replaces at least one layout. */
  readonly layoutsDir?: string;
  /** Layout file (name inside the layouts folder) by the kind of page it replaces. */
  readonly layouts: ReadonlyMap<LayoutName, string>;
  /** The site's assets folder (absolute), when it has one. */
  readonly assetsDir?: string;
  /** Files of the assets folder, relative to it ("site.css", "fonts/x.woff2"). */
  readonly assets: readonly string[];
}

/** A site without layouts or assets of its own. */
export const NO_THEME: SiteTheme = { ...DEFAULT_THEME, layouts: new Map(), assets: [] };

/** A theme that cannot be used: two files for one layout. The message says what to do. */
export class ThemeError extends Error {}

/** Reads the theme of the site in `root`: `root/layouts/` and `root/assets/`. */
export function readTheme(root: string): SiteTheme {
  const layoutsDir = join(root, "layouts");
  const assetsDir = join(root, "assets");
  const layouts = new Map<LayoutName, string>();
  for (const name of listFolder(layoutsDir)) {
    const kind = layoutKind(name);
    if (!kind) continue;
    const earlier = layouts.get(kind);
    if (earlier) {
      throw new ThemeError(
        `layouts/${earlier} and layouts/${name} both replace the "${kind}" layout; keep one of them.`,
      );
    }
    layouts.set(kind, name);
  }
  const assets = listFiles(assetsDir, "");
  return {
    layouts,
    ...(layouts.size > 0 ? { layoutsDir } : {}),
    assets,
    ...(assets.length > 0 ? { assetsDir } : {}),
    stylesheets: assets.includes("site.css")
      ? [...DEFAULT_THEME.stylesheets, "/assets/site.css"]
      : DEFAULT_THEME.stylesheets,
  };
}

/** The kind of page a layout file replaces ("article.njk" → article), or undefined for any other file. */
export function layoutKind(file: string): LayoutName | undefined {
  const extension = LAYOUT_EXTENSIONS.find((ext) => file.endsWith(`.${ext}`));
  if (!extension) return undefined;
  const base = file.slice(0, -extension.length - 1);
  return (LAYOUT_NAMES as readonly string[]).includes(base) ? (base as LayoutName) : undefined;
}

/**
 * Files in the layouts folder that look meant to replace a layout but name none ("artcle.njk"), with the name
 * they most likely meant. Parent layouts and partials of a site's own (base.njk) have names far from any kind.
 */
export function misnamedLayouts(root: string): { file: string; meant: LayoutName }[] {
  return listFolder(join(root, "layouts")).flatMap((file) => {
    const extension = LAYOUT_EXTENSIONS.find((ext) => file.endsWith(`.${ext}`));
    if (!extension || layoutKind(file)) return [];
    const meant = closest(file.slice(0, -extension.length - 1), LAYOUT_NAMES);
    return meant ? [{ file, meant: meant as LayoutName }] : [];
  });
}

/** Names in a folder (none when it does not exist). The folder itself may be a link (it is the site's own code). */
function listFolder(dir: string): string[] {
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(dir);
  } catch {
    return [];
  }
  return stat.isDirectory() ? readdirSync(dir).sort() : [];
}

/** Regular files below `dir`, relative to the top folder; hidden files and links inside it are left out. */
function listFiles(dir: string, prefix: string): string[] {
  return listFolder(dir).flatMap((name) => {
    if (name.startsWith(".")) return [];
    const abs = join(dir, name);
    const rel = prefix ? `${prefix}/${name}` : name;
    const stat = lstatSync(abs);
    if (stat.isDirectory()) return listFiles(abs, rel);
    return stat.isFile() ? [rel] : [];
  });
}
