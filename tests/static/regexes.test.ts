/**
 * Linear time, proven for regular expressions: every pattern in src/ and layouts/ (literals found in the syntax
 * tree; a `new RegExp` must be listed below with its compiled form) is checked by recheck, a ReDoS checker,
 * for super-linear backtracking. Its pure-JavaScript backend runs here offline and deterministically (fixed
 * seed); the native binary its package also ships is not used.
 *
 * A pattern recheck cannot prove safe fails this test unless it is listed in BOUNDED with the reason it is
 * safe anyway (its input has a small, enforced maximum size).
 */
import { checkSync, type Diagnostics } from "recheck";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { PLACEHOLDER } from "../../src/images/markup.ts";
import { nodes, sourceFiles, where } from "./sourceFiles.ts";

process.env.RECHECK_SYNC_BACKEND = "pure";

/** Patterns built with `new RegExp`, by file: the compiled patterns, imported from their modules. */
const DYNAMIC: Readonly<Record<string, () => readonly RegExp[]>> = {
  "src/images/markup.ts": () => [PLACEHOLDER],
};

/** Patterns recheck flags that are safe because their input is bounded: source → reason. */
const BOUNDED: Readonly<Record<string, string>> = {};

interface Pattern {
  readonly at: string;
  readonly source: string;
  readonly flags: string;
}

function patterns(): { found: Pattern[]; unlisted: string[] } {
  const found: Pattern[] = [];
  const unlisted: string[] = [];
  for (const file of sourceFiles()) {
    for (const node of nodes(file.tree)) {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText();
        const end = text.lastIndexOf("/");
        found.push({ at: where(file, node), source: text.slice(1, end), flags: text.slice(end + 1) });
      }
      const isConstruction =
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === "RegExp";
      if (isConstruction) {
        const dynamic = DYNAMIC[file.path];
        if (dynamic) {
          for (const re of dynamic())
            found.push({ at: where(file, node), source: re.source, flags: re.flags });
        } else unlisted.push(where(file, node));
      }
    }
  }
  return { found, unlisted };
}

describe("regular expressions", () => {
  const { found, unlisted } = patterns();

  it("are all found: every `new RegExp` is listed with its compiled patterns", () => {
    expect(found.length).toBeGreaterThan(50);
    expect(unlisted).toEqual([]);
  });

  it("run in linear time (recheck), or have bounded input", { timeout: 240_000 }, () => {
    const problems: string[] = [];
    const seen = new Map<string, Diagnostics>();
    for (const p of found) {
      const key = `/${p.source}/${p.flags}`;
      let result = seen.get(key);
      if (!result) {
        result = checkSync(p.source, p.flags, { timeout: 30_000, randomSeed: 0 });
        seen.set(key, result);
      }
      if (result.status === "safe" || BOUNDED[p.source] !== undefined) continue;
      problems.push(
        result.status === "vulnerable"
          ? `${p.at} ${key}: ${result.complexity.summary}, e.g. ${result.attack.pattern}`
          : `${p.at} ${key}: could not be checked (${result.error.kind})`,
      );
    }
    expect(problems).toEqual([]);
  });

  it("lists no bounded exception that no longer exists", () => {
    const sources = new Set(found.map((p) => p.source));
    expect(Object.keys(BOUNDED).filter((s) => !sources.has(s))).toEqual([]);
  });
});
