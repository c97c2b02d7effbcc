/**
 * YAML that could run code, change shape behind the editor's back, explode in memory or reach object
 * prototypes: tags, anchors, aliases, merge keys, alias bombs, deep nesting, prototype keys at any depth.
 */
import { describe, expect, it } from "vitest";
import { parseYaml } from "../../src/load/index.ts";
import { validateArticle } from "../../src/validate/index.ts";
import { check, errors, parse, project } from "./helpers.ts";

const CTX = { timeZone: "Europe/Berlin", defaultLang: "de" } as const;
const head = "title: T\ndate: 2025-06-01\n";

/** Parses front matter lines (after `---` on line 1) and returns [line, column, ruleId, message] per diagnostic. */
function yamlProblems(frontMatter: string): [number, number, string, string][] {
  const r = parse(`---\n${frontMatter}---\nBody.\n`);
  expect(r.value).toBeUndefined();
  return r.diagnostics.map((d) => [d.line, d.column, d.ruleId, d.message]);
}

function fieldProblems(frontMatter: string): [number, number, string, string][] {
  const r = parse(`---\n${frontMatter}---\nBody.\n`);
  expect(r.diagnostics).toEqual([]);
  if (!r.value) throw new Error("unparsed");
  const v = validateArticle(r.value, CTX);
  expect(v.value).toBeUndefined();
  return v.diagnostics.map((d) => [d.line, d.column, d.ruleId, d.message]);
}

describe("YAML tags", () => {
  const cases: [string, string, number, string][] = [
    ["!!js/function", "title: !!js/function 'function () { process.exit(1) }'\n", 8, "!!js/function"],
    ["!!js/undefined", "title: !!js/undefined ''\n", 8, "!!js/undefined"],
    ["!!js/regexp", "title: !!js/regexp /x/\n", 8, "!!js/regexp"],
    [
      "!!python/object",
      "title: !!python/object/apply:os.system [rm -rf /]\n",
      8,
      "!!python/object/apply:os.system",
    ],
    ["a custom !tag", "title: !include /etc/passwd\n", 8, "!include"],
    ["a verbatim tag", "title: !<tag:example.com,2000:evil> x\n", 8, "tag:example.com,2000:evil"],
    [
      "!!timestamp (a Date in the machine's zone)",
      "date: !!timestamp 2025-06-01\ntitle: T\n",
      7,
      "!!timestamp",
    ],
    ["!!binary", "title: !!binary aGVsbG8=\n", 8, "!!binary"],
    ["!!set", "title: !!set {a, b}\n", 8, "!!set"],
    ["!!omap", "title: !!omap [a: 1]\n", 8, "!!omap"],
    ["!!merge", "title: !!merge x\n", 8, "!!merge"],
  ];
  for (const [name, yaml, column, tag] of cases) {
    it(`refuses ${name} at its line and column`, () => {
      const problems = yamlProblems(yaml);
      expect(problems[0]).toEqual([2, column, "yaml/tag", `YAML tag ${tag} is not allowed.`]);
      expect(problems.every(([, , rule]) => rule === "yaml/tag")).toBe(true);
    });
  }

  it("accepts the core tags an editor may use to force a type (!!str)", () => {
    const r = parse(`---\ntitle: !!str 1984\ndate: 2025-06-01\n---\n`);
    expect(r.diagnostics).toEqual([]);
    expect(r.value?.data.title).toBe("1984");
  });
});

describe("anchors, aliases and merge keys", () => {
  it("refuses an anchor and its alias, each at its position", () => {
    expect(yamlProblems(`${head}author: &a Anna\nsummary: *a\n`)).toEqual([
      [4, 9, "yaml/alias", "YAML anchors (&a) are not supported."],
      [5, 10, "yaml/alias", "YAML aliases (*a) are not supported."],
    ]);
  });

  it("refuses a merge key `<<: *x` (merge is off, and the alias is refused)", () => {
    expect(yamlProblems(`base: &b { title: T }\n<<: *b\ndate: 2025-06-01\n`)).toEqual([
      [2, 7, "yaml/alias", "YAML anchors (&b) are not supported."],
      [3, 5, "yaml/alias", "YAML aliases (*b) are not supported."],
    ]);
  });

  it("treats a literal `<<` key without an alias as an unknown field, not as a merge", () => {
    expect(fieldProblems(`${head}<<: { layout: evil }\n`)).toEqual([
      [4, 1, "frontmatter/unknown-field", 'Unknown field "<<".'],
    ]);
  });

  it("refuses a billion-laughs alias bomb quickly, with a bounded number of diagnostics", () => {
    const levels = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(", ")}]`);
    }
    const started = performance.now();
    const problems = yamlProblems(`${levels.join("\n")}\n`);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(problems).toHaveLength(21);
    expect(problems[0]).toEqual([2, 4, "yaml/alias", "YAML anchors (&a) are not supported."]);
    expect(problems[20]?.[2]).toBe("yaml/too-many-problems");
    expect(problems[20]?.[3]).toBe("71 more YAML problems in this file are not listed.");
  });

  it("refuses an alias bomb in a registry file", () => {
    const root = project({
      "content/registry/people.yaml": `x: &x { name: X }\ny: { name: *x }\n`,
    });
    expect(errors(check(root).diagnostics)).toEqual([
      ["content/registry/people.yaml:1:4", "yaml/alias"],
      ["content/registry/people.yaml:2:12", "yaml/alias"],
    ]);
  });
});

describe("deep nesting", () => {
  it("refuses nesting beyond 16 levels at the first level too deep", () => {
    const deep = `${"[".repeat(20)}${"]".repeat(20)}`;
    expect(yamlProblems(`${head}author: ${deep}\n`)).toEqual([
      [4, 25, "yaml/too-deep", "YAML is nested more than 16 levels deep."],
    ]);
  });

  it("refuses nesting deep enough to exhaust the parser's stack, without a crash", () => {
    for (const depth of [1_000, 100_000]) {
      const r = parseYaml(`${"[".repeat(depth)}${"]".repeat(depth)}`, "content/registry/people.yaml");
      expect(r.data).toBeUndefined();
      expect(r.diagnostics.map((d) => [d.line, d.ruleId, d.message])).toEqual([
        [1, "yaml/too-deep", "YAML is nested more than 16 levels deep."],
      ]);
    }
  });

  it("refuses deep block nesting", () => {
    const lines = Array.from({ length: 30 }, (_, i) => `${"  ".repeat(i)}k${i}:`).join("\n");
    const r = parseYaml(`${lines} end\n`, "content/site.yaml");
    expect(r.diagnostics.map((d) => [d.line, d.ruleId])).toEqual([[18, "yaml/too-deep"]]);
  });
});

describe("keys that reach object prototypes", () => {
  const polluted = () => (({}) as Record<string, unknown>).polluted;

  it("keeps __proto__ as a plain key at the top level and reports it as an unknown field", () => {
    expect(fieldProblems(`__proto__: { polluted: yes }\n${head}`)).toEqual([
      [2, 1, "frontmatter/unknown-field", 'Unknown field "__proto__".'],
    ]);
    expect(polluted()).toBeUndefined();
  });

  it("reports constructor and prototype keys as unknown fields", () => {
    expect(
      fieldProblems(`${head}constructor: { prototype: { polluted: yes } }\nprototype: { polluted: yes }\n`),
    ).toEqual([
      [4, 1, "frontmatter/unknown-field", 'Unknown field "constructor".'],
      [5, 1, "frontmatter/unknown-field", 'Unknown field "prototype".'],
    ]);
    expect(polluted()).toBeUndefined();
  });

  it("reports __proto__ nested in a map and in a list item", () => {
    expect(
      fieldProblems(
        `${head}image: { src: /images/a.jpg, alt: A, __proto__: { polluted: yes } }\ncorrections:\n  - { date: 2025-06-02, text: Fixed., "__proto__": { polluted: yes } }\n`,
      ),
    ).toEqual([
      [4, 38, "frontmatter/unknown-field", 'Unknown field "__proto__" in "image".'],
      [6, 39, "frontmatter/unknown-field", 'Unknown field "__proto__" in "corrections.0".'],
    ]);
    expect(polluted()).toBeUndefined();
  });

  it("gives parsed maps no prototype at any depth", () => {
    const r = parseYaml("a: { b: [ { c: 1 } ] }\n__proto__: { x: 1 }\n", "f.yaml");
    const data = r.data as Record<string, Record<string, Record<string, unknown>[]>>;
    expect(Object.getPrototypeOf(data)).toBeNull();
    expect(Object.getPrototypeOf(data.a)).toBeNull();
    expect(Object.getPrototypeOf(data.a?.b?.[0])).toBeNull();
    expect(Object.keys(data)).toEqual(["a", "__proto__"]);
  });

  it("refuses __proto__, constructor and prototype as registry ids or fields without polluting anything", () => {
    const root = project({
      "content/registry/people.yaml": `__proto__: { name: Evil }\nok-person: { name: Ok, __proto__: { polluted: yes } }\n`,
      "content/site.yaml": `__proto__: { polluted: yes }\n`,
    });
    expect(errors(check(root).diagnostics)).toEqual([
      ["content/registry/people.yaml:1:1", "registry/invalid-id"],
      ["content/registry/people.yaml:2:24", "registry/unknown-field"],
      ["content/site.yaml:1:1", "config/unknown-field"],
    ]);
    expect(polluted()).toBeUndefined();
  });
});

describe("other YAML shapes", () => {
  it("reads an implicit null value (`? key`) without a crash", () => {
    expect(fieldProblems(`${head}? summary\n`)).toEqual([
      [4, 3, "frontmatter/invalid-field", '"summary" has the wrong form (empty).'],
    ]);
  });

  it("refuses a complex (non-scalar) key", () => {
    expect(yamlProblems(`${head}? [a, b]\n: 1\n`)).toEqual([
      [4, 3, "yaml/complex-key", "A map key must be plain text."],
    ]);
  });

  it("refuses fields after a YAML document-end marker (`...`) instead of dropping them", () => {
    expect(yamlProblems(`title: T\n...\ndate: 2025-06-01\n`)).toEqual([
      [4, 1, "yaml/syntax", "A second YAML document starts here; only one is read."],
    ]);
  });
});
