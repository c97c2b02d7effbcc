/** compileTagger: the registry compiles once into tries; tag() and matchText() never throw. */
import type { Registry } from "../registry/types.ts";
import { buildLexicons } from "./build/index.ts";
import { buildEllipsisIndex } from "./ellipsis.ts";
import { resolveTagOptions } from "./options.ts";
import { buildSummitIndex } from "./summit-mentions.ts";
import { type Compiled, matchFragment, tagArticle } from "./tag-article.ts";
import type { Tagger, TagInput, TagOptions, TagResult, TextMatch } from "./types.ts";

/** Compiles the registry into a Tagger. Cost is proportional to the number of surface forms. */
export function compileTagger(registry: Registry, options?: Partial<TagOptions>): Tagger {
  const { lexicons, offices } = buildLexicons(registry);
  const usPlaces = new Set<string>();
  for (const s of registry.summits.values()) if (s.country === "US") usPlaces.add(`city:${s.id}`);
  const compiled: Compiled = {
    registry,
    lexicons,
    options: resolveTagOptions(options),
    offices,
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
