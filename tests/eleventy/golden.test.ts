/**
 * The sample site's output, pinned file by file (sha256). Optimisations must not change a byte:
 * if this fails, inspect the change; `npm run test:update` rewrites the manifest for a deliberate one.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.ts";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const out = mkdtempSync(join(tmpdir(), "summitdesk-golden-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function manifest(dir: string): string {
  const lines: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const abs = join(d, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else
        lines.push(`${createHash("sha256").update(readFileSync(abs)).digest("hex")}  ${relative(dir, abs)}`);
    }
  };
  walk(dir);
  return `${lines.join("\n")}\n`;
}

describe("the sample site", () => {
  it("builds to exactly the pinned bytes", async () => {
    const site = join(out, "_site");
    // --no-cache: what a fresh clone builds (a cache made here once hid a path that only failed without it).
    const run = runCli(REPO, ["build", "--no-cache", "--output", site], {
      SUMMITDESK_NOW: "2025-09-02T12:00:00Z",
    });
    expect(run.status).toBe(0);
    await expect(manifest(site)).toMatchFileSnapshot("../fixtures/golden/sample-site.sha256");
  });
});
