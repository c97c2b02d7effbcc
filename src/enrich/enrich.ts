/** The enrich stage: resolve front-matter names, derive implied entities, and tag the text. */
import type { Diagnostic } from "../diagnostics/index.ts";
import { entityKey, type NameIndex, type Registry } from "../registry/index.ts";
import type { Tagger } from "../tag/types.ts";
import type { ArticleDraft } from "../validate/index.ts";
import { resolveArticle } from "./resolve.ts";
import type { Article } from "./types.ts";

/** Enriches every draft; articles with unresolvable names are reported and left out. */
export function enrichArticles(
  drafts: readonly ArticleDraft[],
  registry: Registry,
  names: NameIndex,
  tagger: Tagger,
): { value: Article[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const articles: Article[] = [];
  for (const draft of drafts) {
    const resolved = resolveArticle(draft, registry, names);
    for (const d of resolved.diagnostics) diagnostics.push(d);
    if (resolved.diagnostics.some((d) => d.severity === "error")) continue;
    const { listed, frontMatter, exclude, summit } = resolved.value;
    const tagged = tagger.tag({
      lang: draft.lang,
      date: draft.date.iso,
      title: draft.title,
      summary: draft.summary,
      body: draft.body,
      frontMatter,
      exclude,
    });
    // Front matter wins: the editor's summit is kept even if the tagger would infer another.
    const summitId = summit ?? tagged.summit;
    const entities = [...tagged.entities];
    if (summitId && !entities.some((e) => e.key === entityKey("summit", summitId))) {
      entities.push({
        type: "summit",
        id: summitId,
        key: entityKey("summit", summitId),
        mentions: [],
        salience: { frontMatter: true, inTitle: false, inSummary: false, mentions: 0, level: "main" },
      });
    }
    const mentioned = (tagged.mentionedSummits ?? []).filter((id) => id !== summitId);
    articles.push({
      ...draft,
      entities,
      listed,
      ...(summitId ? { summit: summitId } : {}),
      ...(mentioned.length > 0 ? { mentionedSummits: mentioned } : {}),
      ...(tagged.meetings && tagged.meetings.length > 0 ? { meetings: tagged.meetings } : {}),
    });
  }
  return { value: articles, diagnostics };
}
