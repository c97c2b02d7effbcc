import { describe, expect, it } from "vitest";
import { parseYaml } from "../../src/load/index.ts";
import { buildNameIndex, buildRegistry } from "../../src/registry/index.ts";
import { REGISTRY } from "../helpers/project.ts";

function yamlFile(path: string, text: string) {
  const parsed = parseYaml(text, path);
  if (parsed.data === undefined) throw new Error(JSON.stringify(parsed.diagnostics));
  return { file: { path, text }, data: parsed.data, locate: parsed.locate };
}

const files = {
  people: yamlFile("content/registry/people.yaml", REGISTRY["content/registry/people.yaml"]),
  organisations: yamlFile(
    "content/registry/organisations.yaml",
    REGISTRY["content/registry/organisations.yaml"],
  ),
  summits: yamlFile("content/registry/summits.yaml", REGISTRY["content/registry/summits.yaml"]),
};

describe("buildRegistry", () => {
  it("has every ISO country built in with German and English names", () => {
    const { value, diagnostics } = buildRegistry(files);
    expect(diagnostics).toEqual([]);
    expect(value.countries.size).toBe(250);
    expect(value.countries.get("KZ")?.name).toEqual({ de: "Kasachstan", en: "Kazakhstan" });
    expect(value.countries.get("RU")?.name).toEqual({ de: "Russland", en: "Russia" });
  });

  it("fills a one-language name into both languages", () => {
    const { value } = buildRegistry(files);
    expect(value.people.get("xi-jinping")?.name).toEqual({ de: "Xi Jinping", en: "Xi Jinping" });
  });

  it("reports dangling references with a suggestion", () => {
    const summits = yamlFile(
      "content/registry/summits.yaml",
      REGISTRY["content/registry/summits.yaml"]
        .replace("organisation: sco", "organisation: sko")
        .replace("country: CN", "country: XX"),
    );
    const { diagnostics } = buildRegistry({ ...files, summits });
    expect(diagnostics.map((d) => [d.line, d.ruleId, d.hint])).toEqual([
      [6, "registry/dangling-ref", "Use the ISO 3166-1 alpha-2 code, e.g. KZ for Kazakhstan."],
      [3, "registry/dangling-ref", 'Did you mean "sco"?'],
    ]);
  });

  it("refuses ids that are not URL-safe", () => {
    const people = yamlFile("content/registry/people.yaml", "Wladimir Putin:\n  name: Wladimir Putin\n");
    const { diagnostics } = buildRegistry({ ...files, people });
    expect(diagnostics[0]).toMatchObject({
      line: 1,
      ruleId: "registry/invalid-id",
      hint: expect.stringContaining('"wladimir-putin"'),
    });
  });
});

describe("buildNameIndex", () => {
  const names = buildNameIndex(buildRegistry(files).value);
  it.each([
    ["person", "Tokajew", "tokayev"],
    ["person", "kassym-jomart tokayev", "tokayev"],
    ["organisation", "SOZ", "sco"],
    ["organisation", "Shanghai Cooperation Organisation", "sco"],
    ["country", "Kasachstan", "KZ"],
    ["country", "KAZ", "KZ"],
    ["country", "Russische Föderation", "RU"],
    ["country", "USA", "US"],
    ["summit", "SOZ-Gipfel 2025 in Tianjin", "sco-2025-tianjin"],
  ] as const)("resolves %s %j", (type, name, id) => {
    const r = names.resolve(type, name);
    expect(r.kind === "found" && r.entity.id).toBe(id);
  });

  it("suggests the closest name for a typo", () => {
    const r = names.resolve("person", "Tokayew");
    expect(r.kind === "unknown" && r.suggestion?.id).toBe("tokayev");
  });
});
