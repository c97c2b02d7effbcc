/**
 * Opening Pagefind's pagefind.js to the ranking across shards (src/search/exposeRanking.ts): the main-thread class
 * is exported beside the facade, once, and a module of another shape is left alone (the search page then merges
 * shards by Pagefind's own scores). overlap.test.ts checks the real bundle of the pinned Pagefind.
 */
import { describe, expect, it } from "vitest";
import { MAIN_THREAD_EXPORT, withMainThreadExport } from "../../src/search/exposeRanking.ts";

const MODULE =
  "var Pagefind=class{};var createInstance=()=>({});var search=()=>[];export{createInstance,search};";

describe("opening pagefind.js to the ranking across shards", () => {
  it("exports Pagefind's main-thread class under our name, beside what it exported", async () => {
    const opened = withMainThreadExport(MODULE) as string;
    expect(opened).toContain(`export{Pagefind as ${MAIN_THREAD_EXPORT},createInstance,search}`);
    const module = await import(`data:text/javascript,${encodeURIComponent(opened)}`);
    expect(typeof module[MAIN_THREAD_EXPORT]).toBe("function");
    expect(typeof module.createInstance).toBe("function");
  });

  it("leaves a module of another shape, or one already opened, as it is", () => {
    expect(withMainThreadExport("export{createInstance};")).toBeUndefined();
    expect(withMainThreadExport(MODULE.replace("var Pagefind=class", "var P=class"))).toBeUndefined();
    expect(withMainThreadExport(withMainThreadExport(MODULE) as string)).toBeUndefined();
  });
});
