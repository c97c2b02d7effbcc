/**
 * The tagger's lexicons kept between builds (src/cache/lexicons.ts): a build's lexicon comes back as built, only
 * for the registry and language it was built for, and a damaged or foreign file gives nothing (the lexicon is
 * built again), never an error.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { CACHE_DIR, lexiconStore } from "../../src/cache/index.ts";
import { compileTagger, type Lexicon } from "../../src/tag/index.ts";
import { article, testRegistry } from "../tag/helpers.ts";

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});
const project = () => {
  const root = mkdtempSync(join(tmpdir(), "summitdesk-lexicons-"));
  roots.push(root);
  return root;
};
const folder = (root: string) => join(root, CACHE_DIR, "tagger");

const registry = testRegistry();
const input = article("de", { body: "Kasachstans Präsident Tokajew traf Xi Jinping in Tianjin." });
const expected = compileTagger(registry).tag(input);

/** The German lexicon of the test registry, as a build makes it. */
function germanLexicon(): Lexicon {
  let made: Lexicon | undefined;
  compileTagger(registry, {}, { read: () => undefined, write: (_lang, l) => (made = l) }).tag(input);
  if (!made) throw new Error("nothing was built");
  return made;
}

describe("the kept lexicons", () => {
  it("give back the lexicon a build kept, which tags as the one built, for its registry and language only", () => {
    const root = project();
    const store = lexiconStore(root, "registry-A", undefined);
    expect(store.read("de")).toBeUndefined();
    store.write("de", germanLexicon());
    const back = store.read("de");
    expect(back).toBeDefined();
    const tagger = compileTagger(registry, {}, { read: () => back, write: () => undefined });
    expect(tagger.tag(input)).toEqual(expected);
    expect(store.read("en")).toBeUndefined();
    expect(lexiconStore(root, "registry-B", undefined).read("de")).toBeUndefined();
    // Sealed with a key, the file is not read without it.
    expect(lexiconStore(root, "registry-A", "k".repeat(48)).read("de")).toBeUndefined();
  });

  it("keep one registry's lexicon per language: a new registry's replaces the old one", () => {
    const root = project();
    lexiconStore(root, "registry-A", undefined).write("de", germanLexicon());
    lexiconStore(root, "registry-A", undefined).write("en", germanLexicon());
    lexiconStore(root, "registry-B", undefined).write("de", germanLexicon());
    expect(readdirSync(folder(root)).sort()).toEqual(["de-registry-B.v8", "en-registry-A.v8"]);
  });

  it("give nothing for a damaged file, and the next write replaces it", () => {
    const root = project();
    const store = lexiconStore(root, "registry-A", undefined);
    store.write("de", germanLexicon());
    const file = join(folder(root), "de-registry-A.v8");
    const bytes = readFileSync(file);
    bytes[bytes.length >> 1] = (bytes[bytes.length >> 1] as number) ^ 0xff;
    writeFileSync(file, bytes);
    expect(store.read("de")).toBeUndefined();
    store.write("de", germanLexicon());
    expect(store.read("de")).toBeDefined();
  });

  it("warn and go on when the cache folder cannot be made", () => {
    const root = project();
    // A file where the folder should be: no lexicon can be kept there, by anyone, root included.
    mkdirSync(join(root, CACHE_DIR), { recursive: true });
    writeFileSync(folder(root), "not a folder");
    const warnings: string[] = [];
    const store = lexiconStore(root, "registry-A", undefined, (m) => warnings.push(m));
    expect(() => store.write("de", germanLexicon())).not.toThrow();
    expect(warnings.join("\n")).toMatch(/^the tagger's lexicons are not kept between builds: /);
    expect(store.read("de")).toBeUndefined();
  });
});
