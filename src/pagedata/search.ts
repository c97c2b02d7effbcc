/** `search`: a plain GET form with one checkbox group per facet, enhanced by /assets/search.js with Pagefind. */
import { type ENTITY_TYPES, type Entity, type EntityKey, LANGS, type Lang } from "../registry/index.ts";
import { articleUrl, kindLabel, LANG_NAME, searchUrl } from "../render/index.ts";
import { shardsOf } from "../search/index.ts";
import { compareNames } from "../stats/index.ts";
import { otherEdition, type PageContext, stringsOf } from "./context.ts";
import { shell } from "./shell.ts";
import type { SearchPageData } from "./types.ts";

/** Facets in the order the form shows them. */
const FACETS = [
  "summit",
  "country",
  "person",
  "organisation",
] as const satisfies readonly (typeof ENTITY_TYPES)[number][];

/** Every entity with an article in either edition, by kind, sorted by name in the page's language. */
function facetEntities(ctx: PageContext, lang: Lang): Map<string, Entity[]> {
  const byType = new Map<string, Map<EntityKey, Entity>>();
  for (const l of LANGS) {
    for (const term of ctx.model.index.editions[l].terms.values()) {
      const group = byType.get(term.entity.type) ?? new Map<EntityKey, Entity>();
      group.set(term.key, term.entity);
      byType.set(term.entity.type, group);
    }
  }
  return new Map(
    [...byType].map(([type, group]) => [
      type,
      [...group.values()].sort(
        (a, b) => compareNames(a.name[lang], b.name[lang], lang) || (a.id < b.id ? -1 : 1),
      ),
    ]),
  );
}

export function searchPageData(ctx: PageContext, lang: Lang): SearchPageData {
  const t = stringsOf(ctx, lang);
  const entities = facetEntities(ctx, lang);
  const other = otherEdition(ctx, lang);
  return {
    ...shell(ctx, "search", {
      lang,
      title: t.search,
      description: t.searchTitle,
      url: searchUrl(lang),
      ...(other ? { alternate: searchUrl(other) } : {}),
      scripts: ["/assets/search.js"],
    }),
    action: searchUrl(lang),
    ...(other ? { otherLang: other } : {}),
    languages: LANGS.filter((l) => ctx.model.config.languages.includes(l)).map((l) => ({
      lang: l,
      name: LANG_NAME[l],
    })),
    shards: ctx.model.config.languages.map((l) => ({
      lang: l,
      names: [...shardsOf(l, ctx.model.index.editions[l].articles.map(articleUrl)).keys()],
    })),
    facets: FACETS.flatMap((type) => {
      const list = entities.get(type) ?? [];
      return list.length === 0
        ? []
        : [{ type, label: kindLabel(t, type), options: list.map((e) => ({ id: e.id, name: e.name[lang] })) }];
    }),
  };
}
