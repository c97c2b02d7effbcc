/** compileTagger: the registry compiles once into tries; tag() and matchText() never throw. */
import type { Lang, Registry } from "../registry/types.ts";
import { buildLexicons } from "./build/index.ts";
import { addOffices, type OfficeIndex } from "./build/offices.ts";
import { buildEllipsisIndex } from "./ellipsis.ts";
import type { Lexicon } from "./lexicon.ts";
import { resolveTagOptions } from "./options.ts";
import { buildSummitIndex } from "./summit-mentions.ts";
import { type Compiled, matchFragment, tagArticle } from "./tag-article.ts";
import type { Tagger, TagInput, TagOptions, TagResult, TextMatch } from "./types.ts";

/**
 * Where compiled lexicons are kept between builds (the build cache, src/cache/lexicons.ts), for one registry:
 * building a language's trie costs 0.2–0.5 s, reading it back a fifth of that.
 */
export interface LexiconStore {
  /** The lexicon kept for `lang`, or undefined (none, or not usable: it is then built). */
  read(lang: Lang): Lexicon | undefined;
  /** Keeps a lexicon just built. Never throws: a cache that cannot be written costs time only. */
  write(lang: Lang, lexicon: Lexicon): void;
}

/**
 * Compiles the registry into a Tagger. Cost is proportional to the number of surface forms, and each language's
 * trie is built the first time a text in it is tagged: a build that tags one edited article compiles one
 * language (both took 0.21 s of CPU in an edit's build at 10,000 articles, one takes about half).
 */
export function compileTagger(
  registry: Registry,
  options?: Partial<TagOptions>,
  kept?: LexiconStore,
): Tagger {
  const built: Partial<Record<Lang, Lexicon>> = {};
  let offices: OfficeIndex | undefined;
  const lexicon = (lang: Lang): Lexicon => {
    let known = built[lang];
    if (known === undefined) {
      known = kept?.read(lang);
      if (known === undefined) {
        const made = buildLexicons(registry, [lang]);
        known = made.lexicons[lang] as Lexicon;
        // The office index covers both languages, whichever lexicon was built with it.
        offices ??= made.offices;
        kept?.write(lang, known);
      }
      built[lang] = known;
    }
    return known;
  };
  const usPlaces = new Set<string>();
  for (const s of registry.summits.values()) if (s.country === "US") usPlaces.add(`city:${s.id}`);
  const compiled: Compiled = {
    registry,
    lexicon,
    options: resolveTagOptions(options),
    offices: () => {
      // A text is scanned, so its lexicon obtained, before its offices are resolved: a lexicon built here made
      // the index with it; one read back from the store did not, and the index is made from the registry alone
      // (never by reading the other language's lexicon only to find it missing).
      offices ??= addOffices({}, registry);
      return offices;
    },
    ellipsis: buildEllipsisIndex(registry),
    summits: buildSummitIndex(registry),
    usPlaces,
  };
  return {
    tag(input: TagInput): TagResult {
      try {
        return tagArticle(compiled, input);
      } catch {
        return frontMatterOnly(input);
      }
    },
    matchText(text: string, lang, known): readonly TextMatch[] {
      try {
        return matchFragment(compiled, text, lang, known);
      } catch {
        return [];
      }
    },
  };
}

/** Last resort if a bug throws: the editor's front matter, nothing found. */
function frontMatterOnly(input: TagInput): TagResult {
  try {
    const keys = Array.isArray(input?.frontMatter) ? input.frontMatter : [];
    return {
      entities: keys.map((key) => ({
        type: key.slice(0, key.indexOf(":")) as TagResult["entities"][number]["type"],
        id: key.slice(key.indexOf(":") + 1),
        key,
        salience: {
          frontMatter: true,
          inTitle: false,
          inSummary: false,
          mentions: 0,
          level: "main" as const,
        },
        mentions: [],
      })),
    };
  } catch {
    return { entities: [] };
  }
}
