import { describe, expect, it } from "vitest";
import { resolveArticle } from "../../src/enrich/index.ts";
import { buildNameIndex, buildRegistry } from "../../src/registry/index.ts";
import type { ArticleDraft } from "../../src/validate/index.ts";
import { parsedRegistry, REGISTRY } from "../helpers/project.ts";

const registry = buildRegistry(parsedRegistry(REGISTRY)).value;
const names = buildNameIndex(registry);

const ref = (text: string, line = 5) => ({ text, line, column: 3 });
function draft(refs: Partial<ArticleDraft["refs"]>): ArticleDraft {
  return {
    file: "content/articles/a.md",
    slug: "a",
    lang: "de",
    title: "t",
    date: { iso: "2025-08-31T10:00:00.000+02:00", millis: 0, dateOnly: false },
    authors: [],
    summary: "",
    draft: false,
    corrections: [],
    refs: { people: [], organisations: [], countries: [], exclude: [], ...refs },
    body: "",
    bodyLine: 6,
  };
}

describe("resolveArticle", () => {
  it("derives countries from people and the summit's host and organisation", () => {
    const r = resolveArticle(
      draft({ people: [ref("Tokajew")], summit: ref("sco-2025-tianjin") }),
      registry,
      names,
    );
    expect(r.diagnostics).toEqual([]);
    expect(r.value.listed).toEqual(["person:tokayev", "summit:sco-2025-tianjin"]);
    expect(r.value.frontMatter).toEqual([
      "person:tokayev",
      "summit:sco-2025-tianjin",
      "country:KZ",
      "country:CN",
      "organisation:sco",
    ]);
    expect(r.value.summit).toBe("sco-2025-tianjin");
  });

  it("reports every unknown name with its location and a did-you-mean", () => {
    const r = resolveArticle(
      draft({ people: [ref("Tokayew", 5), ref("Nobody Known", 6)], countries: [ref("Kasachtan", 7)] }),
      registry,
      names,
    );
    expect(r.diagnostics.map((d) => [d.line, d.ruleId, d.message, d.hint])).toEqual([
      [
        5,
        "entities/unknown-ref",
        'Unknown person "Tokayew" in people.',
        'Did you mean "tokayev" (Kassym-Schomart Tokajew)?',
      ],
      [
        6,
        "entities/unknown-ref",
        'Unknown person "Nobody Known" in people.',
        "Check the spelling, or add the person to content/registry/people.yaml.",
      ],
      [
        7,
        "entities/unknown-ref",
        'Unknown country "Kasachtan" in countries.',
        'Did you mean "KZ" (Kasachstan)?',
      ],
    ]);
  });

  it("lets exclude remove a derived entity", () => {
    const r = resolveArticle(draft({ people: [ref("Xi")], exclude: [ref("China")] }), registry, names);
    expect(r.value.frontMatter).toEqual(["person:xi-jinping"]);
    expect(r.value.exclude).toEqual(["country:CN"]);
  });
});
