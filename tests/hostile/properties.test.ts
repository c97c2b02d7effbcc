/**
 * Property-based: for any input, the front-matter parser, the validator and the tagger return a result or
 * diagnostics and never throw; every diagnostic is located in the file; every mention's offsets point at the
 * text it claims.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/diagnostics/index.ts";
import { parseArticleFile, type YamlValue } from "../../src/load/index.ts";
import { compileTagger } from "../../src/tag/index.ts";
import { validateArticle } from "../../src/validate/index.ts";
import { article as tagInput, testRegistry } from "../tag/helpers.ts";

const PATH = "content/articles/p.md";
const CTX = { timeZone: "Europe/Berlin", defaultLang: "de" } as const;
const RUNS = { numRuns: 300 };

/** Diagnostics must be located inside the file and written in our style. */
function wellFormed(d: Diagnostic, text: string): void {
  expect(d.file).toBe(PATH);
  expect(d.line).toBeGreaterThanOrEqual(0);
  expect(d.line).toBeLessThanOrEqual(text.split("\n").length + 1);
  expect(d.message).not.toMatch(/^Error:|\n\s+at /);
  expect(d.ruleId).toMatch(/^[a-z]+\/[a-z-]+$/);
}

/** Fragments hostile front matter is made of: delimiters, YAML syntax, prototype keys, template syntax. */
const piece = fc.constantFrom(
  "---",
  "---js",
  "--- js",
  "----",
  "...",
  "\n",
  "\r\n",
  "\t",
  " ",
  "title: ",
  "date: ",
  "2025-06-01",
  "2026-02-30 12:00",
  "lang: en",
  "slug: ../x",
  "people: [",
  "]",
  "{",
  "}",
  "&a ",
  "*a",
  "<<: ",
  "? ",
  "- ",
  "!!js/function ",
  "!!timestamp ",
  "!x ",
  "__proto__: ",
  "constructor: ",
  "prototype: ",
  '"',
  "'",
  "#",
  "{{ 7*7 }}",
  "<script>",
  "\u0000",
  "\uFEFF",
  "\uD800",
  "ü",
);
const frontMatterLike = fc
  .array(fc.oneof(piece, fc.string({ maxLength: 8 })), { maxLength: 40 })
  .map((a) => a.join(""));

describe("parseArticleFile", () => {
  it("never throws on arbitrary text, and locates every diagnostic", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "grapheme", maxLength: 300 }), frontMatterLike), (text) => {
        const r = parseArticleFile({ path: PATH, text });
        expect(r.value !== undefined || r.diagnostics.length > 0).toBe(true);
        for (const d of r.diagnostics) wellFormed(d, text);
        if (r.value) {
          expect(r.diagnostics).toEqual([]);
          expect(Object.getPrototypeOf(r.value.data)).toBeNull();
          expect(text.endsWith(r.value.body)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it("never throws on YAML-shaped front matter between delimiters", () => {
    fc.assert(
      fc.property(frontMatterLike, fc.string({ maxLength: 50 }), (yaml, body) => {
        const text = `---\n${yaml}\n---\n${body}`;
        const r = parseArticleFile({ path: PATH, text });
        for (const d of r.diagnostics) wellFormed(d, text);
      }),
      RUNS,
    );
  });
});

const keyName = fc.constantFrom(
  "title",
  "date",
  "updated",
  "lang",
  "author",
  "summary",
  "people",
  "organisations",
  "countries",
  "summit",
  "exclude",
  "draft",
  "slug",
  "translation",
  "image",
  "src",
  "alt",
  "corrections",
  "text",
  "__proto__",
  "constructor",
  "prototype",
  "layout",
  "permalink",
  "eleventyComputed",
  "toString",
  "hasOwnProperty",
);
/** Arbitrary YAML-like data with the keys an attacker would try, as null-prototype maps like the loader's. */
const yamlValue: fc.Arbitrary<YamlValue> = fc.letrec<{ value: YamlValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.string({ maxLength: 20 }),
    fc.constantFrom(
      "2025-06-01",
      "2025-06-01 12:00",
      "2026-02-30",
      "2025-03-30 02:30",
      "../x",
      "/images/a.jpg",
      "en",
      "de",
    ),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 4 }),
    fc
      .array(fc.tuple(fc.oneof(fc.string({ maxLength: 8 }), keyName), tie("value")), { maxLength: 5 })
      .map(toMap),
  ),
})).value;
function toMap(pairs: [string, YamlValue][]): { [key: string]: YamlValue } {
  const map = Object.create(null) as { [key: string]: YamlValue };
  for (const [k, v] of pairs) map[k] = v;
  return map;
}

describe("validateArticle", () => {
  it("never throws on arbitrary front-matter data, and never pollutes prototypes", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(keyName, yamlValue), { maxLength: 12 }), (pairs) => {
        const data = toMap(pairs);
        const r = validateArticle(
          {
            file: { path: PATH, text: "" },
            data,
            body: "Text",
            bodyLine: 5,
            locate: () => ({ line: 2, column: 1 }),
          },
          CTX,
        );
        expect(r.value !== undefined || r.diagnostics.some((d) => d.severity === "error")).toBe(true);
        for (const d of r.diagnostics) wellFormed(d, "\n\n\n\n\n");
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        if (r.value) expect(r.value.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      }),
      RUNS,
    );
  });
});

describe("compileTagger", () => {
  const tagger = compileTagger(testRegistry());
  /** Text made of registry names, their inflections, Markdown and noise, so matches actually happen. */
  const word = fc.constantFrom(
    "Tokajew",
    "Tokayev",
    "Tokajews",
    "Xi",
    "Xi Jinping",
    "Putin",
    "Putins",
    "SCO",
    "SOZ",
    "Kasachstan",
    "Kazakhstan",
    "Kasachstans",
    "China",
    "Chinas",
    "Tianjin",
    "G7",
    "BRICS",
    "NATO",
    "**",
    "_",
    "[",
    "](",
    ")",
    "`",
    "\n",
    "\n\n",
    "# ",
    "> ",
    "- ",
    " ",
    ", ",
    ". ",
    "-",
    "'",
    "’",
    "İ",
    "ß",
    "\u0301",
    "😀",
    "\uD800",
  );
  const text = fc
    .array(fc.oneof(word, fc.string({ maxLength: 6 })), { maxLength: 60 })
    .map((a) => a.join(""));

  it("never throws, and every mention's offsets point at the surface it claims", () => {
    fc.assert(
      fc.property(
        text,
        text,
        text,
        fc.constantFrom("de", "en") as fc.Arbitrary<"de" | "en">,
        (title, summary, body, lang) => {
          const input = tagInput(lang, { title, summary, body });
          const result = tagger.tag(input);
          const fields = { title, summary, body };
          for (const entity of result.entities) {
            for (const m of entity.mentions) {
              expect(m.start).toBeGreaterThanOrEqual(0);
              expect(m.end).toBeGreaterThan(m.start);
              expect(fields[m.field].slice(m.start, m.end)).toBe(m.surface);
            }
          }
        },
      ),
      RUNS,
    );
  });

  it("matchText never throws and returns ordered spans inside the text", () => {
    fc.assert(
      fc.property(text, fc.constantFrom("de", "en") as fc.Arbitrary<"de" | "en">, (t, lang) => {
        let previousEnd = 0;
        for (const m of tagger.matchText(t, lang)) {
          expect(m.start).toBeGreaterThanOrEqual(previousEnd);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(t.length);
          previousEnd = m.end;
        }
      }),
      RUNS,
    );
  });
});
