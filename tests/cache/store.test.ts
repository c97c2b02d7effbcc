/**
 * The article cache's code version: outcomes computed by other code are never reused. An installed package runs
 * compiled JavaScript, so a change to a .js file must count as much as one to a .ts file.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { sourceDigest } from "../../src/cache/store.ts";

let dir = "";
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function sources(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), "summitdesk-source-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe("sourceDigest", () => {
  it("changes when compiled JavaScript changes and its declarations do not (an installed upgrade)", () => {
    const root = sources({
      "tag/tagger.js": "export const tag = (t) => t.split(' ');",
      "tag/tagger.d.ts": "export declare const tag: (t: string) => string[];",
    });
    const before = sourceDigest(root);
    writeFileSync(join(root, "tag/tagger.js"), "export const tag = (t) => t.split(/\\s+/);");
    expect(sourceDigest(root)).not.toBe(before);
  });

  it("changes when a TypeScript source changes, and not for files that are no code", () => {
    const root = sources({ "load/read.ts": "export const a = 1;" });
    const before = sourceDigest(root);
    writeFileSync(join(root, "notes.md"), "a note");
    expect(sourceDigest(root)).toBe(before);
    writeFileSync(join(root, "load/read.ts"), "export const a = 2;");
    expect(sourceDigest(root)).not.toBe(before);
  });
});
