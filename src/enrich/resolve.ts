/** Resolves front-matter names to entities and derives the entities they imply. */
import { type Diagnostic, show } from "../diagnostics/index.ts";
import {
  countriesServedOn,
  dayOf,
  type Entity,
  type EntityKey,
  type EntityType,
  entityKey,
  type NameIndex,
  type Registry,
} from "../registry/index.ts";
import type { ArticleDraft, NameRef } from "../validate/index.ts";

const NOUN: Readonly<Record<EntityType, string>> = {
  country: "country",
  person: "person",
  organisation: "organisation",
  summit: "summit",
};
const FIELD: Readonly<Record<EntityType, string>> = {
  country: "countries",
  person: "people",
  organisation: "organisations",
  summit: "summit",
};
const REGISTRY_FILE: Readonly<Record<EntityType, string>> = {
  country: "content/registry/countries.yaml (as an alias)",
  person: "content/registry/people.yaml",
  organisation: "content/registry/organisations.yaml",
  summit: "content/registry/summits.yaml",
};

/** What resolution produces for one article. */
export interface Resolved {
  /** Entities the editor listed, resolved, in the order written. */
  readonly listed: readonly EntityKey[];
  /**
   * Listed plus derived: the countries whose office a listed person holds on the article's date (never their
   * citizenship), the summit's host country and organisation.
   */
  readonly frontMatter: readonly EntityKey[];
  readonly exclude: readonly EntityKey[];
  readonly summit?: string;
}

/** Resolves an article's names; unknown and ambiguous names become located diagnostics with a suggestion. */
export function resolveArticle(
  draft: ArticleDraft,
  registry: Registry,
  names: NameIndex,
): { value: Resolved; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const one = (type: EntityType, ref: NameRef): Entity | undefined => {
    const r = names.resolve(type, ref.text);
    if (r.kind === "found") return r.entity;
    const at = { file: draft.file, line: ref.line, column: ref.column };
    if (r.kind === "ambiguous") {
      diagnostics.push({
        ...at,
        severity: "error",
        ruleId: "entities/ambiguous-ref",
        message: `"${show(ref.text)}" could be any of: ${r.entities.map((e) => `${e.name.en} (${e.id})`).join(", ")}.`,
        hint: `Write the id instead, e.g. "${r.entities[0]?.id}".`,
      });
      return undefined;
    }
    diagnostics.push({
      ...at,
      severity: "error",
      ruleId: "entities/unknown-ref",
      message: `Unknown ${NOUN[type]} "${show(ref.text)}" in ${FIELD[type]}.`,
      hint: r.suggestion
        ? `Did you mean "${r.suggestion.id}" (${r.suggestion.name[draft.lang]})?`
        : `Check the spelling, or add the ${NOUN[type]} to ${REGISTRY_FILE[type]}.`,
    });
    return undefined;
  };
  const listed: EntityKey[] = [];
  const derived: EntityKey[] = [];
  const push = (list: EntityKey[], key: EntityKey) => {
    if (!list.includes(key)) list.push(key);
  };
  const day = dayOf(draft.date.iso);
  for (const ref of draft.refs.people) {
    const p = one("person", ref);
    if (p?.type !== "person") continue;
    push(listed, entityKey("person", p.id));
    // Tokajew in office → Kazakhstan; Guterres (an organisation's office) or someone out of office → nothing.
    if (day !== undefined)
      for (const code of countriesServedOn(registry, p, day))
        if (registry.countries.has(code)) push(derived, entityKey("country", code));
  }
  for (const ref of draft.refs.organisations) {
    const o = one("organisation", ref);
    if (o) push(listed, entityKey("organisation", o.id));
  }
  for (const ref of draft.refs.countries) {
    const c = one("country", ref);
    if (c) push(listed, entityKey("country", c.id));
  }
  let summit: string | undefined;
  if (draft.refs.summit) {
    const s = one("summit", draft.refs.summit);
    if (s?.type === "summit") {
      summit = s.id;
      push(listed, entityKey("summit", s.id));
      push(derived, entityKey("country", s.country));
      if (registry.organisations.has(s.organisation))
        push(derived, entityKey("organisation", s.organisation));
    }
  }
  const exclude: EntityKey[] = [];
  for (const ref of draft.refs.exclude) {
    const hit = (["country", "person", "organisation", "summit"] as const)
      .map((type) => names.resolve(type, ref.text))
      .find((r) => r.kind === "found");
    if (hit?.kind === "found") {
      push(exclude, entityKey(hit.entity.type, hit.entity.id));
      if (listed.includes(entityKey(hit.entity.type, hit.entity.id))) {
        diagnostics.push({
          file: draft.file,
          line: ref.line,
          column: ref.column,
          severity: "error",
          ruleId: "entities/excluded-and-listed",
          message: `"${show(ref.text)}" is both listed and excluded.`,
          hint: "Remove it from `exclude:` or from the list that names it.",
        });
      }
    } else {
      diagnostics.push({
        file: draft.file,
        line: ref.line,
        column: ref.column,
        severity: "error",
        ruleId: "entities/unknown-ref",
        message: `Unknown entity "${show(ref.text)}" in exclude.`,
        hint: "Name the entity to exclude by its id or name, as the tag on the article shows it.",
      });
    }
  }
  const frontMatter = [...listed];
  for (const key of derived) if (!exclude.includes(key)) push(frontMatter, key);
  return { value: { listed, frontMatter, exclude, ...(summit ? { summit } : {}) }, diagnostics };
}
