/** docs/theming.md stays true: it names every layout, every page-data type and every UI string a site can set. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LAYOUT_NAMES } from "../../src/pagedata/index.ts";
import { STRING_KEYS } from "../../src/render/index.ts";

const doc = readFileSync(new URL("../../docs/theming.md", import.meta.url), "utf8");
const types = readFileSync(new URL("../../src/pagedata/types.ts", import.meta.url), "utf8");

describe("docs/theming.md", () => {
  it("lists every layout with its page-data type", () => {
    for (const name of LAYOUT_NAMES) expect(doc, name).toContain(`| \`${name}\` |`);
    for (const [, type] of types.matchAll(/^export (?:interface|type) (\w+PageData)\b/gm)) {
      expect(doc, type).toContain(`\`${type}\``);
    }
  });

  it("lists every UI string key", () => {
    for (const key of STRING_KEYS) expect(doc, key).toContain(`| \`${key}\` |`);
  });

  it("marks as HTML every field the types mark as Html", () => {
    const html = [...types.matchAll(/readonly (\w+)\??: (?:readonly )?Html\b/g)].map((m) => m[1] as string);
    expect(html.sort()).toEqual(
      ["body", "jsonLd", "lead", "map", "picture", "searchData", "svg", "svg", "value"].sort(),
    );
    const lines = doc.split("\n");
    for (const field of new Set(html)) {
      expect(
        lines.some((line) => line.includes(field) && line.includes("HTML")),
        `${field} is marked HTML somewhere`,
      ).toBe(true);
    }
  });
});
