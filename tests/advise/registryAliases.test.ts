/** Registry aliases that are too short, common words, or another entity's name. */
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/index.ts";
import { runRegistry } from "../../src/pipeline.ts";
import { registrySources } from "../helpers/project.ts";

const PEOPLE = `theresa-may:
  name: Theresa May
  aliases: [Will, X, China, T. May, Tokajew]
  country: GB
tokayev:
  name: Kassym-Jomart Tokayev
  country: KZ
`;
const ORGANISATIONS = `eu:
  name: European Union
  aliases: [Union, "7", G7x]
`;

function diagnosticsOf(people: string, organisations = ""): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  runRegistry(
    {
      registry: registrySources({
        "content/registry/people.yaml": people,
        "content/registry/organisations.yaml": organisations,
      }),
      articles: [],
    },
    diagnostics,
  );
  return diagnostics;
}

describe("registry aliases", () => {
  it("refuses aliases of fewer than two letters, warns on common words and on another entity's name", () => {
    const found = diagnosticsOf(PEOPLE, ORGANISATIONS);
    expect(found.map((d) => [`${d.file}:${d.line}:${d.column}`, d.severity, d.ruleId, d.message])).toEqual([
      [
        "content/registry/people.yaml:3:13",
        "warning",
        "registry/common-word-alias",
        'The alias "Will" of "theresa-may" is a common word in German or English.',
      ],
      [
        "content/registry/people.yaml:3:19",
        "error",
        "registry/short-alias",
        'The alias "X" of "theresa-may" has fewer than two letters; it would match everywhere.',
      ],
      [
        "content/registry/people.yaml:3:22",
        "warning",
        "registry/alias-conflict",
        'The alias "China" of person "theresa-may" is also the name of country "China".',
      ],
      [
        "content/registry/people.yaml:2:9",
        "warning",
        "registry/common-word-alias",
        'The surname "May" of "theresa-may" is a common word in German or English.',
      ],
      [
        "content/registry/organisations.yaml:3:13",
        "warning",
        "registry/common-word-alias",
        'The alias "Union" of "eu" is a common word in German or English.',
      ],
      [
        "content/registry/organisations.yaml:3:20",
        "error",
        "registry/short-alias",
        'The alias "7" of "eu" has fewer than two letters; it would match everywhere.',
      ],
    ]);
    expect(found[3]?.hint).toBe(
      'Alone, "May" is tagged as this person only after their full name appears in the same article; add a longer alias if that is too strict.',
    );
  });

  it("says nothing about unusual names", () => {
    expect(diagnosticsOf("tokayev:\n  name: Kassym-Jomart Tokayev\n  aliases: [Tokajew, G7]\n")).toEqual([]);
  });
});
