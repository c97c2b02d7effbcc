/** Which files of a site's layouts/ and assets/ folders make its theme (src/eleventy/theme.ts). */
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { layoutKind, misnamedLayouts, readTheme, ThemeError } from "../../src/eleventy/theme.ts";
import { removeProject, writeProject } from "../helpers/project.ts";

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) removeProject(root);
});
function site(files: Record<string, string>): string {
  const root = writeProject(files);
  roots.push(root);
  return root;
}

describe("a site's theme", () => {
  it("takes a layout file named after a kind of page, in any of Eleventy's engines", () => {
    expect(layoutKind("article.njk")).toBe("article");
    expect(layoutKind("entity-list.liquid")).toBe("entity-list");
    expect(layoutKind("front.11ty.js")).toBe("front");
    expect(layoutKind("not-found.html")).toBe("not-found");
    expect(layoutKind("base.njk")).toBeUndefined();
    expect(layoutKind("article.ts")).toBeUndefined();
    expect(layoutKind("article.njk.bak")).toBeUndefined();
  });

  it("lists its layouts, its assets and the stylesheets every page links", () => {
    const root = site({
      "layouts/article.njk": "x",
      "layouts/base.njk": "x",
      "layouts/partials/nav.njk": "x",
      "assets/site.css": "x",
      "assets/img/logo.svg": "x",
      "assets/.DS_Store": "x",
    });
    const theme = readTheme(root);
    expect([...theme.layouts]).toEqual([["article", "article.njk"]]);
    expect(theme.assets).toEqual(["img/logo.svg", "site.css"]);
    expect(theme.stylesheets).toEqual(["/assets/style.css", "/assets/site.css"]);
  });

  it("is nothing for a site without layouts or assets, and for this repository's own TypeScript layouts", () => {
    expect(readTheme(site({ "content/site.yaml": "" })).layouts.size).toBe(0);
    const repo = readTheme(fileURLToPath(new URL("../../", import.meta.url)));
    expect(repo.layouts.size).toBe(0);
    expect(repo.stylesheets).toEqual(["/assets/style.css"]);
  });

  it("refuses two files for one layout, naming both", () => {
    const root = site({ "layouts/article.njk": "x", "layouts/article.liquid": "x" });
    expect(() => readTheme(root)).toThrow(ThemeError);
    expect(() => readTheme(root)).toThrow(
      'layouts/article.liquid and layouts/article.njk both replace the "article" layout; keep one of them.',
    );
  });

  it("names the layout a near-miss file was probably meant to replace", () => {
    const root = site({ "layouts/artcle.njk": "x", "layouts/base.njk": "x", "layouts/serch.liquid": "x" });
    expect(misnamedLayouts(root)).toEqual([
      { file: "artcle.njk", meant: "article" },
      { file: "serch.liquid", meant: "search" },
    ]);
  });
});
