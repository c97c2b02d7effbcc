/**
 * Two crashes that content can trigger, ruled out in the source: spreading a list into a call
 * (`Math.min(...headings)`, `out.push(...files)` overflow the stack at some 100,000 entries), and a string
 * built from user data used as a `replace` replacement (`$'` and `$&` in it are patterns: a site URL with `$'`
 * copied the rest of the document into every link).
 */
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { nodes, sourceFiles, where } from "./sourceFiles.ts";

/** Calls whose arguments go on the stack one by one. */
const SPREAD_SENSITIVE = new Set([
  "min",
  "max",
  "push",
  "unshift",
  "splice",
  "fromCharCode",
  "fromCodePoint",
]);

/** Spreads known to be small, as [file, the spread's text, why]. */
const SMALL_SPREADS: readonly (readonly [string, string, string])[] = [
  ["src/eleventy/build.ts", "...LANGS.map(", "LANGS: two languages"],
  ["src/registry/nameIndex.ts", "...entity.officialNames.", "a country's ISO names: a handful"],
  ["src/registry/build.ts", "...issuesToDiagnostics(", "one registry entry's schema issues: a few"],
  ["src/places/build.ts", "...issuesToDiagnostics(", "one place entry's schema issues: a few"],
  ["src/registry/entries.ts", "...issuesToDiagnostics(", "one registry entry's schema issues: a few"],
  ["src/cli/commands.js", "...rows.map(", "the options of one command's help: a dozen"],
  ["src/maps/atlas.ts", "...points.map(", "the eight points of a bounding box"],
  [
    "src/maps/atlas.ts",
    "...parts.map(",
    "the polygons of one country in the bundled Natural Earth data: at most a few hundred",
  ],
];

function isSmall(path: string, call: ts.CallExpression): boolean {
  const spreads = call.arguments.filter(ts.isSpreadElement).map((a) => a.getText());
  return spreads.every((text) =>
    SMALL_SPREADS.some(([file, start]) => file === path && text.startsWith(start)),
  );
}

function calleeName(call: ts.CallExpression): string | undefined {
  const e = call.expression;
  if (ts.isPropertyAccessExpression(e)) return e.name.text;
  if (ts.isIdentifier(e)) return e.text;
  return undefined;
}

describe("source rules", () => {
  const files = sourceFiles();

  it("spreads no list of unbounded size into a call", () => {
    const found: string[] = [];
    for (const file of files) {
      for (const node of nodes(file.tree)) {
        if (!ts.isCallExpression(node) || !SPREAD_SENSITIVE.has(calleeName(node) ?? "")) continue;
        if (!node.arguments.some(ts.isSpreadElement)) continue;
        if (!isSmall(file.path, node)) found.push(`${where(file, node)}: ${node.getText()}`);
      }
    }
    expect(found).toEqual([]);
  });

  it("replaces with literal text or a function, never with a string built at run time", () => {
    const found: string[] = [];
    for (const file of files) {
      for (const node of nodes(file.tree)) {
        if (!ts.isCallExpression(node) || !["replace", "replaceAll"].includes(calleeName(node) ?? ""))
          continue;
        const replacement = node.arguments[1];
        if (replacement === undefined) continue;
        const literal =
          (ts.isStringLiteral(replacement) || ts.isNoSubstitutionTemplateLiteral(replacement)) &&
          !/\$(?![$])/.test(replacement.text.replace(/\$\$/g, ""));
        const fn = ts.isArrowFunction(replacement) || ts.isFunctionExpression(replacement);
        if (!literal && !fn) found.push(`${where(file, node)}: ${node.getText().slice(0, 100)}`);
      }
    }
    expect(found).toEqual([]);
  });
});
