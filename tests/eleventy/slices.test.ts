import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { writeSite } from "../../src/eleventy/index.ts";
import { readContent, readImages } from "../../src/load/index.ts";
import { runPipeline } from "../../src/pipeline.ts";
import { readTree } from "../helpers/project.ts";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const out = mkdtempSync(join(tmpdir(), "summitdesk-slices-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("writeSite in slices", () => {
  it("writes the same bytes whether the site is rendered in one Eleventy run or in many", async () => {
    const result = runPipeline(readContent(REPO).value, {
      dev: false,
      now: Date.parse("2025-09-02T12:00:00Z"),
      images: readImages(REPO),
    });
    if (!result.model) throw new Error("sample content has errors");
    await writeSite(REPO, join(out, "whole"), result.model);
    const sliced = await writeSite(REPO, join(out, "sliced"), result.model, 37);
    expect(sliced.files).toBeGreaterThan(result.model.pages.length);
    expect(readTree(join(out, "sliced"))).toEqual(readTree(join(out, "whole")));
  });
});
