/** The project's own source files (src/ and layouts/), parsed with the TypeScript compiler for static checks. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const abs = join(dir, name);
      return statSync(abs).isDirectory() ? walk(abs) : /\.(ts|js)$/.test(name) ? [abs] : [];
    });
}

/** One parsed file: its path relative to the repository and its syntax tree. */
export interface SourceFile {
  readonly path: string;
  readonly tree: ts.SourceFile;
}

/** Every .ts and .js file of src/ and layouts/. */
export function sourceFiles(): SourceFile[] {
  return ["src", "layouts"].flatMap((dir) =>
    walk(join(ROOT, dir)).map((abs) => ({
      path: relative(ROOT, abs).split("\\").join("/"),
      tree: ts.createSourceFile(abs, readFileSync(abs, "utf8"), ts.ScriptTarget.Latest, true),
    })),
  );
}

/** Every node of a tree, depth first. */
export function* nodes(node: ts.Node): Generator<ts.Node> {
  yield node;
  for (const child of node.getChildren()) yield* nodes(child);
}

/** "src/x.ts:12" for a node. */
export function where(file: SourceFile, node: ts.Node): string {
  return `${file.path}:${file.tree.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
}
