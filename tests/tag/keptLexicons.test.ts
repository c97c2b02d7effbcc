/**
 * Lexicons kept between builds (src/tag/compile.ts LexiconStore, lexicon.ts lexiconData/lexiconFromData): a
 * tagger whose lexicons come back from the build cache tags exactly as one that built them, and a store is asked
 * before anything is built.
 */
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";
import { describe, expect, it } from "vitest";
import { contentRegistry } from "../../scripts/lib/content-registry.ts";
import { loadGold } from "../../scripts/lib/tagger-eval.ts";
import type { Lang } from "../../src/registry/index.ts";
import {
  compileTagger,
  type Lexicon,
  type LexiconStore,
  lexiconData,
  lexiconFromData,
} from "../../src/tag/index.ts";
import { article } from "./helpers.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
// The sample site's registry: the bundled world registry with the site's own people over it.
const { registry } = contentRegistry(root);
const gold = loadGold();

/** A store in memory whose lexicons go through v8 as the cache file's do; it counts what it was asked. */
function memoryStore(): LexiconStore & { reads: Lang[]; writes: Lang[] } {
  const files = new Map<Lang, Buffer>();
  const reads: Lang[] = [];
  const writes: Lang[] = [];
  return {
    reads,
    writes,
    read(lang) {
      reads.push(lang);
      const bytes = files.get(lang);
      return bytes ? lexiconFromData(deserialize(bytes)) : undefined;
    },
    write(lang, lexicon) {
      writes.push(lang);
      files.set(lang, serialize(lexiconData(lexicon)));
    },
  };
}

const tagAll = (tagger: ReturnType<typeof compileTagger>) =>
  gold.map((p) =>
    tagger.tag(article(p.lang, { date: p.date, title: p.title ?? "", body: p.text, summary: "" })),
  );

describe("a tagger with kept lexicons", () => {
  it("tags every gold passage exactly as a tagger that built its own", () => {
    const store = memoryStore();
    // The first tagger builds each language and keeps it; the second reads both back.
    const fresh = tagAll(compileTagger(registry, {}, store));
    expect(store.writes.sort()).toEqual(["de", "en"]);
    const again = compileTagger(registry, {}, store);
    const kept = tagAll(again);
    expect(store.writes).toHaveLength(2);
    expect(kept).toEqual(fresh);
    expect(kept).toEqual(tagAll(compileTagger(registry)));
    // Links in rendered Markdown use the same lexicons.
    const text = "Kasachstans Präsident Tokajew traf Xi Jinping beim SOZ-Gipfel in Tianjin.";
    expect(again.matchText(text, "de")).toEqual(compileTagger(registry).matchText(text, "de"));
  });

  it("asks the store before building, and builds a language only when the store has none", () => {
    const store = memoryStore();
    const tagger = compileTagger(registry, {}, store);
    tagger.tag(article("en", { body: "Tokayev met Xi Jinping in Tianjin." }));
    expect(store.reads).toEqual(["en"]);
    expect(store.writes).toEqual(["en"]);
    tagger.tag(article("en", { body: "Modi arrived later." }));
    expect(store.reads).toEqual(["en"]);
  });

  it("resolves offices with one language read back, without reading the other", () => {
    const store = memoryStore();
    compileTagger(registry, {}, store).tag(article("de", { body: "Präsident Tokajew sprach." }));
    compileTagger(registry, {}, store).tag(article("en", { body: "Tokayev spoke." }));
    store.reads.length = 0;
    const input = article("en", {
      body: "Kazakhstan's President spoke with the Chinese President in Tianjin.",
    });
    expect(compileTagger(registry, {}, store).tag(input)).toEqual(compileTagger(registry).tag(input));
    expect(store.reads).toEqual(["en"]);
  });

  it("builds a language again when what the store gives is not a lexicon", () => {
    const built = compileTagger(registry);
    let written = 0;
    const broken: LexiconStore = {
      read: () => lexiconFromData({ root: {}, keys: { nodes: 1 }, marks: new Int32Array(0) }),
      write: () => {
        written++;
      },
    };
    const input = article("de", { body: "Präsident Tokajew sprach mit Putin." });
    expect(compileTagger(registry, {}, broken).tag(input)).toEqual(built.tag(input));
    expect(written).toBe(1);
  });
});

describe("lexicons as data", () => {
  const lexicon = (): Lexicon => {
    let kept: Lexicon | undefined;
    compileTagger(
      registry,
      {},
      {
        read: () => undefined,
        write: (_lang, made) => {
          kept = made;
        },
      },
    ).tag(article("de", { body: "Tokajew" }));
    if (!kept) throw new Error("no lexicon was built");
    return kept;
  };

  it("refuses key tables that are not a power of two in size, or of different sizes", () => {
    const data = deserialize(serialize(lexiconData(lexicon())));
    expect(lexiconFromData(data)).toBeDefined();
    const { keys } = data;
    expect(lexiconFromData({ ...data, keys: { ...keys, edgeParent: new Int32Array(3) } })).toBeUndefined();
    expect(lexiconFromData({ ...data, keys: { ...keys, edgeChar: keys.edgeChar.slice(1) } })).toBeUndefined();
    expect(lexiconFromData({ ...data, keys: { ...keys, nodes: -1 } })).toBeUndefined();
    expect(lexiconFromData({ ...data, marks: [1, 2] })).toBeUndefined();
    expect(lexiconFromData(null)).toBeUndefined();
  });
});
