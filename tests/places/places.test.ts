import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseYaml } from "../../src/load/index.ts";
import { buildPlaces, findPlace } from "../../src/places/index.ts";
import { builtInCountries } from "../../src/registry/countries.ts";

const countries = new Map(builtInCountries());

function places(text: string, path = "content/registry/places.yaml") {
  const parsed = parseYaml(text, path);
  if (parsed.data === undefined) throw new Error("no data");
  return buildPlaces([{ file: { path, text }, data: parsed.data, locate: parsed.locate }], countries);
}

describe("places", () => {
  it("reads names per language and positions written with trailing zeros", () => {
    const { value, diagnostics } = places(
      "the-hague:\n  name: { en: The Hague, de: Den Haag }\n  country: NL\n  lat: 52.08\n  lon: 4.30\n",
    );
    expect(diagnostics).toEqual([]);
    expect(value.get("the-hague")).toMatchObject({
      name: { en: "The Hague", de: "Den Haag" },
      lat: 52.08,
      lon: 4.3,
    });
  });

  it("reports every bad entry with file and line: range, unknown field, unknown country, bad id", () => {
    const { value, diagnostics } = places(
      [
        "north:\n  name: North\n  country: NO\n  lat: 95\n  lon: 10",
        "typo:\n  name: Typo\n  country: CN\n  lat: 1\n  lon: 2\n  altitude: 3",
        "nowhere:\n  name: Nowhere\n  country: XX\n  lat: 1\n  lon: 2",
        "Bad_Id:\n  name: Bad\n  country: CN\n  lat: 1\n  lon: 2",
      ].join("\n"),
    );
    expect(value.size).toBe(0);
    expect(diagnostics.map((d) => [d.line, d.ruleId])).toEqual([
      [4, "places/invalid-field"],
      [11, "places/unknown-field"],
      [14, "places/unknown-country"],
      [17, "places/invalid-id"],
    ]);
    expect(diagnostics[0]?.message).toContain("between -90 and 90");
  });

  it("refuses a file that is a list instead of a map of ids, and says how to write one", () => {
    const { value, diagnostics } = places("- tianjin\n");
    expect(value.size).toBe(0);
    expect(diagnostics).toEqual([
      {
        file: "content/registry/places.yaml",
        line: 1,
        column: 1,
        severity: "error",
        ruleId: "places/not-a-map",
        message: "A places file must be a map of `id:` entries.",
        hint: "Start each place with its id at the left margin, e.g. `tianjin:`, and indent its fields.",
      },
    ]);
  });

  it("finds a summit's city by its English name, and only in the summit's country", () => {
    const { value } = places(
      "rio-de-janeiro:\n  name: Rio de Janeiro\n  country: BR\n  lat: -22.91\n  lon: -43.17\n" +
        "san-jose-cr:\n  name: San José\n  country: CR\n  lat: 9.93\n  lon: -84.08\n",
    );
    expect(findPlace(value, "Rio de Janeiro", "BR")?.id).toBe("rio-de-janeiro");
    expect(findPlace(value, "Rio de Janeiro", "PT")).toBeUndefined();
    expect(findPlace(value, "San José", "CR")?.id).toBe("san-jose-cr");
  });

  it("the bundled registry/places.yaml is valid and covers the sample's host cities", () => {
    const text = readFileSync(new URL("../../registry/places.yaml", import.meta.url), "utf8");
    const { value, diagnostics } = places(text, "registry/places.yaml");
    expect(diagnostics).toEqual([]);
    for (const [city, country] of [
      ["Tianjin", "CN"],
      ["Astana", "KZ"],
      ["Rio de Janeiro", "BR"],
      ["Kazan", "RU"],
      ["Kananaskis", "CA"],
      ["The Hague", "NL"],
      ["Johannesburg", "ZA"],
    ] as const) {
      expect(findPlace(value, city, country), city).toBeDefined();
    }
  });
});
