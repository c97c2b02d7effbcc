/** Dev server pages on request: the page of the latest rebuild, with the right type; nothing stale ever shows. */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderPage } from "../../layouts/index.ts";
import { pagesByUrl, respond } from "../../src/eleventy/onDemand.ts";
import { DEFAULT_THEME } from "../../src/pagedata/index.ts";
import { buildModel } from "../site/fixture.ts";

describe("dev server pages on request", () => {
  const model = buildModel();
  const state = { model, byUrl: pagesByUrl(model.pages), theme: DEFAULT_THEME, fromFiles: new Set<never>() };

  it("renders each page of the model exactly as the build writes it", () => {
    for (const page of model.pages) {
      const response = respond(state, page.url);
      expect(response?.status, page.url).toBe(200);
      expect(response?.body, page.url).toBe(renderPage(model, page));
    }
  });

  it("answers /index.html like the folder, and sends feeds and API files with their types", () => {
    const article = model.pages.find((p) => p.kind === "article");
    expect(respond(state, `${article?.url}index.html`)?.body).toBe(respond(state, article?.url ?? "")?.body);
    expect(respond(state, "/de/")?.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(respond(state, "/de/feed.xml")?.headers["content-type"]).toBe(
      "application/atom+xml; charset=utf-8",
    );
    expect(respond(state, "/de/feed.json")?.headers["content-type"]).toBe(
      "application/feed+json; charset=utf-8",
    );
    expect(respond(state, "/api/articles.json")?.headers["content-type"]).toBe(
      "application/json; charset=utf-8",
    );
    expect(respond(state, "/sitemap.xml")?.headers["content-type"]).toBe("application/xml; charset=utf-8");
  });

  it("gives a page the model no longer has the site's 404, never a file left by an earlier build", () => {
    const response = respond(state, "/de/2025/geloeschter-artikel/");
    expect(response?.status).toBe(404);
    expect(response?.body).toBe(renderPage(model, { kind: "notFound", url: "/404.html" }));
  });

  it("leaves static assets and the dev server's own scripts to the file server", () => {
    for (const path of ["/assets/style.css", "/.11ty/reload-client.js"]) {
      expect(respond(state, path), path).toBeUndefined();
    }
  });

  it("serves the built site's search bundles read-only, and nothing else of that site", () => {
    const site = mkdtempSync(join(tmpdir(), "summitdesk-dev-search-"));
    try {
      mkdirSync(join(site, "pagefind/de-00/fragment"), { recursive: true });
      writeFileSync(join(site, "pagefind/de-00/pagefind.js"), "export const x = 1;");
      writeFileSync(join(site, "pagefind/de-00/fragment/de_1.pf_fragment"), new Uint8Array([31, 139, 0]));
      writeFileSync(join(site, "secret.txt"), "not search");
      symlinkSync(join(site, "secret.txt"), join(site, "pagefind/de-00/linked.js"));
      const served = { ...state, search: site };
      const js = respond(served, "/pagefind/de-00/pagefind.js");
      expect(js?.status).toBe(200);
      expect(js?.headers["content-type"]).toBe("text/javascript; charset=utf-8");
      expect(Buffer.from(js?.body ?? "").toString()).toBe("export const x = 1;");
      const fragment = respond(served, "/pagefind/de-00/fragment/de_1.pf_fragment");
      expect(fragment?.headers["content-type"]).toBe("application/octet-stream");
      expect([...Buffer.from(fragment?.body ?? "")]).toEqual([31, 139, 0]);
      for (const path of [
        "/pagefind/../secret.txt",
        "/pagefind/de-00/linked.js",
        "/pagefind/de-00/none.js",
      ]) {
        expect(respond(served, path)?.status, path).toBe(404);
      }
      // Without a build there is no search to serve.
      expect(respond(state, "/pagefind/de-00/pagefind.js")?.status).toBe(404);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });

  it("answers every other address from the model: a file it does not make is 404, whatever lies on disk", () => {
    for (const path of ["/favicon.ico", "/de/laender/zz/feed.xml", "/api/old.json", "/_headers", "/x.txt"]) {
      expect(respond(state, path)?.status, path).toBe(404);
    }
  });

  it("shows the content errors on every page while there are any", () => {
    const failing = { ...state, failure: "content/articles/x.md:3:7  error  2025-02-30 does not exist" };
    for (const path of ["/", "/de/", "/en/2025/gone/", "/404.html"]) {
      expect(respond(failing, path)?.body, path).toContain("2025-02-30 does not exist");
    }
    expect(respond(failing, "/assets/style.css")).toBeUndefined();
  });

  it("serves no feed, API file or sitemap while content has errors: the report, with 503", () => {
    const failing = { ...state, failure: "content/articles/x.md:3:7  error  2025-02-30 does not exist" };
    for (const path of [
      "/api/articles.json",
      "/sitemap.xml",
      "/de/feed.xml",
      "/de/feed.json",
      "/robots.txt",
    ]) {
      const response = respond(failing, path);
      expect(response?.status, path).toBe(503);
      expect(response?.body, path).toContain("2025-02-30 does not exist");
    }
  });
});

describe("dev server pages a site lays out itself", () => {
  const model = buildModel();
  const state = {
    model,
    byUrl: pagesByUrl(model.pages),
    theme: DEFAULT_THEME,
    fromFiles: new Set(["article" as const]),
  };

  it("are served from the files Eleventy rendered with the site's layout; the rest still on request", () => {
    const article = model.pages.find((p) => p.kind === "article");
    expect(respond(state, article?.url ?? "")).toBeUndefined();
    expect(respond(state, "/de/")?.status).toBe(200);
    // A page the model no longer has is still the site's 404, never a file an earlier rebuild left.
    expect(respond(state, "/de/2025/geloeschter-artikel/")?.status).toBe(404);
  });
});
