/**
 * The bundled registry parsed ahead (src/load/preparsed.ts): a shortcut that must never be told from a parse.
 * Most tests here read a table made from the registry as it is; one checks the table `npm ci` made
 * (scripts/dist.js) is that table, and that the build reads it.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { makePreparsedTable, PREPARSED_TABLE, parseYaml, preparsedYaml } from "../../src/load/index.ts";
import { asYamlValue, type PreparsedTable } from "../../src/load/preparsed.ts";
import { decodeSource } from "../../src/load/readContent.ts";
import { packagePath } from "../../src/package/index.ts";

/** Every YAML file of the bundled registry, as the loader reads it. */
function worldFiles(): { path: string; text: string }[] {
  const dir = packagePath("registry");
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((name) => name.endsWith(".yaml"))
    .sort()
    .map((name) => {
      const { file } = decodeSource(name, readFileSync(join(dir, name)));
      if (!file) throw new Error(`${name} cannot be read`);
      return { path: name, text: file.text };
    });
}

/** Some paths into a parsed document: the root, every top-level key, and one field of each entry. */
function somePaths(data: unknown): (string | number)[][] {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return [[]];
  const paths: (string | number)[][] = [[]];
  for (const [key, value] of Object.entries(data)) {
    paths.push([key]);
    if (value !== null && typeof value === "object" && !Array.isArray(value)) {
      const field = Object.keys(value).at(-1);
      if (field !== undefined) paths.push([key, field]);
    }
  }
  return paths;
}

/** The table `npm run dist` would make now, from the registry as it is. */
const fresh = makePreparsedTable(packagePath("registry"));

describe("the bundled registry parsed ahead", () => {
  it("holds every bundled registry file", () => {
    const missing = worldFiles().filter((f) => preparsedYaml(f.text, f.path, fresh) === undefined);
    expect(missing.map((f) => f.path)).toEqual([]);
  });

  it("gives each file's data and places exactly as parsing it does, objects without a prototype included", () => {
    for (const { path, text } of worldFiles()) {
      const ahead = preparsedYaml(text, path, fresh);
      const parsed = parseYaml(text, path, 1);
      expect(ahead?.data).toStrictEqual(parsed.data);
      expect(Object.getPrototypeOf(ahead?.data)).toBe(null);
      for (const at of somePaths(parsed.data))
        expect(ahead?.locate(at), `${path} ${at}`).toEqual(parsed.locate(at));
    }
  });

  it("is what the build reads: the table `npm ci` made is the one the registry makes now", () => {
    // Fails after an edit of registry/ until `npm run dist`: builds parse the edited files meanwhile (slower).
    const made = JSON.parse(readFileSync(packagePath(PREPARSED_TABLE), "utf8")) as PreparsedTable;
    expect(Object.keys(made.files).sort(), "run `npm run dist`").toEqual(Object.keys(fresh.files).sort());
    const [first] = worldFiles();
    expect(first && preparsedYaml(first.text, first.path)).toBeDefined();
  });

  it("is not used for a file edited by one character: that file is parsed", () => {
    const [first] = worldFiles();
    if (!first) throw new Error("no bundled registry");
    const edited = first.text.replace(/\n$/, "\n\n");
    expect(edited).not.toBe(first.text);
    expect(preparsedYaml(edited, first.path, fresh)).toBeUndefined();
    expect(preparsedYaml(first.text, first.path, fresh)).toBeDefined();
  });

  it("leaves out files with problems: their diagnostics are the parser's own", () => {
    const dir = mkdtempSync(join(tmpdir(), "preparsed-"));
    try {
      writeFileSync(join(dir, "good.yaml"), "tokayev:\n  name: { en: Tokayev }\n");
      writeFileSync(join(dir, "broken.yaml"), "tokayev: [unclosed\n");
      writeFileSync(join(dir, "aliased.yaml"), "a: &x 1\nb: *x\n");
      const table = makePreparsedTable(dir);
      expect(Object.values(table.files).map((f) => f.data)).toEqual([
        { tokayev: { name: { en: "Tokayev" } } },
      ]);
      expect(Object.values(table.files)[0]?.places).toEqual({ "": [1, 1], ".tokayev": [1, 1] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("keeps a key named __proto__ a key, as the parser does", () => {
    const value = asYamlValue(JSON.parse('{"__proto__": {"polluted": true}, "a": [{"b": 1}]}'));
    expect(Object.getPrototypeOf(value)).toBe(null);
    expect(Object.keys(value as object)).toEqual(["__proto__", "a"]);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    expect(value).toStrictEqual(parseYaml('"__proto__": { polluted: true }\na: [{ b: 1 }]\n', "x.yaml").data);
  });
});
