/** Helpers for whole-site tests: build the sample content once into a temp folder, list and read its files. */
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { loadSite } from "../../src/cli/run.ts";
import { writeSite } from "../../src/eleventy/build.ts";

/** The project root (content/ and layouts/). */
export const ROOT = new URL("../../", import.meta.url).pathname.replace(/\/$/, "");

/** Builds content/ into a new temp folder (search index included) and returns its path. */
export async function buildSample(): Promise<string> {
  const { result } = loadSite(ROOT, false);
  if (!result.model) throw new Error("sample content has errors; run `summitdesk check`");
  const dir = join(mkdtempSync(join(tmpdir(), "summitdesk-site-")), "site");
  await writeSite(ROOT, dir, result.model);
  return dir;
}

/** Every file under dir, as sorted "/"-separated paths relative to it. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const abs = join(d, entry.name);
      if (entry.isDirectory()) walk(abs);
      else out.push(relative(dir, abs).split(sep).join("/"));
    }
  };
  walk(dir);
  return out.sort();
}

/** A file's text. */
export function read(dir: string, rel: string): string {
  return readFileSync(join(dir, rel), "utf8");
}
