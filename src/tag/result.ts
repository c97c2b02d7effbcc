/** Assembles the TagResult: front matter, found entities, exclusions, salience, and a stable order. */
import { ENTITY_TYPES, type EntityKey, type EntityType } from "../registry/types.ts";
import { MAIN_MENTION_THRESHOLD } from "./options.ts";
import type { Resolved } from "./resolve.ts";
import type { Meeting, Mention, TaggedEntity, TagInput, TagResult } from "./types.ts";

/** Texts of the three fields, to cut each mention's surface from. */
export type FieldTexts = Readonly<Record<Mention["field"], string>>;

/**
 * Salience rule: "main" when the entity is in front matter, in the title or summary, has at least
 * MAIN_MENTION_THRESHOLD mentions, or is the article's summit; otherwise "passing".
 * Front matter wins over `exclude` (an editor who lists both is contradicting themselves; front matter is explicit).
 */
export function buildResult(
  input: TagInput,
  texts: FieldTexts,
  mentions: readonly Resolved[],
  summit: string | undefined,
  meetings: readonly Meeting[] = [],
): TagResult {
  const front = new Set<string>(input.frontMatter);
  const excluded = new Set<string>(input.exclude.filter((k) => !front.has(k)));
  const byKey = new Map<string, Mention[]>();
  for (const key of input.frontMatter) byKey.set(key, []);
  for (const r of mentions) {
    if (excluded.has(r.key)) continue;
    const list = byKey.get(r.key) ?? [];
    list.push({ field: r.field, surface: texts[r.field].slice(r.start, r.end), start: r.start, end: r.end });
    byKey.set(r.key, list);
  }
  const summitKey = summit === undefined ? undefined : `summit:${summit}`;
  const assigned = summitKey !== undefined && !excluded.has(summitKey) ? summit : undefined;
  if (assigned !== undefined && summitKey !== undefined && !byKey.has(summitKey)) byKey.set(summitKey, []);
  const entities: TaggedEntity[] = [];
  for (const [key, list] of byKey) {
    const colon = key.indexOf(":");
    const type = key.slice(0, colon) as EntityType;
    if (!ENTITY_TYPES.includes(type)) continue;
    const inTitle = list.some((m) => m.field === "title");
    const inSummary = list.some((m) => m.field === "summary");
    const frontMatter = front.has(key);
    const main =
      frontMatter || inTitle || inSummary || list.length >= MAIN_MENTION_THRESHOLD || key === summitKey;
    entities.push({
      type,
      id: key.slice(colon + 1),
      key: key as EntityKey,
      salience: { frontMatter, inTitle, inSummary, mentions: list.length, level: main ? "main" : "passing" },
      mentions: list,
    });
  }
  entities.sort(compareEntities);
  const mentioned = entities
    .filter((e) => e.type === "summit" && e.id !== assigned && e.mentions.length > 0)
    .map((e) => e.id)
    .sort();
  const met = meetings.filter((m) => !excluded.has(`person:${m.a}`) && !excluded.has(`person:${m.b}`));
  return {
    entities,
    ...(assigned === undefined ? {} : { summit: assigned }),
    ...(mentioned.length > 0 ? { mentionedSummits: mentioned } : {}),
    ...(met.length > 0 ? { meetings: met } : {}),
  };
}

/** By type (country, person, organisation, summit), front matter first, main first, more mentions first, then id. */
function compareEntities(a: TaggedEntity, b: TaggedEntity): number {
  return (
    ENTITY_TYPES.indexOf(a.type) - ENTITY_TYPES.indexOf(b.type) ||
    Number(b.salience.frontMatter) - Number(a.salience.frontMatter) ||
    Number(b.salience.level === "main") - Number(a.salience.level === "main") ||
    b.salience.mentions - a.salience.mentions ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}
