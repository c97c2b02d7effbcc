/** The site's own layouts and assets, checked before a build or the dev server starts (src/eleventy/theme.ts). */
import { misnamedLayouts, readTheme, ThemeError } from "../eleventy/index.ts";
import type { Project } from "./project.ts";

/**
 * Reads the site's theme: a layout file that names no kind of page but nearly does ("artcle.njk") is a warning,
 * two files for one layout an error. Returns false when the theme cannot be used (the message is printed).
 */
export function checkTheme(project: Project): boolean {
  try {
    readTheme(project.root);
  } catch (error) {
    if (!(error instanceof ThemeError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return false;
  }
  for (const { file, meant } of misnamedLayouts(project.root)) {
    process.stderr.write(
      `warning: layouts/${file} replaces no layout: did you mean layouts/${meant}${file.slice(file.indexOf("."))}? (docs/theming.md lists the layouts)\n`,
    );
  }
  return true;
}
