/** Prints diagnostics in the format asked for: text (stderr), json or github (stdout). */
import { existsSync } from "node:fs";
import { dirname, relative, resolve, sep } from "node:path";
import {
  type Diagnostic,
  escapeInvisible,
  formatGithub,
  formatReport,
  jsonWithoutInvisible,
} from "../diagnostics/index.ts";
import type { ContentFiles } from "../load/index.ts";
import type { Format } from "./args.ts";
import type { Project } from "./project.ts";
import { printReport } from "./run.ts";

export type { Format } from "./args.ts";

/**
 * Diagnostics in `format`: text goes to stderr with code frames (infos left out); json prints the documented
 * `{ version: 1, diagnostics }`; github prints one workflow command per error or warning.
 */
export function printDiagnostics(
  format: Format,
  diagnostics: readonly Diagnostic[],
  files: ContentFiles,
  project: Project,
): void {
  if (format === "json") {
    // Bidi overrides and other invisible characters from file names or content stay escaped on screen.
    process.stdout.write(`${jsonWithoutInvisible(JSON.stringify({ version: 1, diagnostics }, null, 2))}\n`);
  } else if (format === "github") {
    const base = repositoryRoot(project.root);
    const path = (file: string) => relative(base, resolve(project.root, file)).split(sep).join("/");
    // Infos stay out, as in text: a pull request shows what needs attention, not every remark.
    const shown = diagnostics.filter((d) => d.severity !== "info");
    process.stdout.write(escapeInvisible(formatGithub(shown, path)));
    process.stderr.write(`${formatReport(shown).split("\n").at(-1)}\n`);
  } else {
    printReport(diagnostics, files);
  }
}

/**
 * The folder GitHub names files from: $GITHUB_WORKSPACE in Actions (the checkout), else the nearest folder
 * above `root` holding .git, else `root` itself. A site kept in a subfolder of its repository thus gets paths
 * like "site/content/articles/x.md", which is what GitHub needs to put the annotation on the right file.
 */
export function repositoryRoot(root: string, env: NodeJS.ProcessEnv = process.env): string {
  const workspace = env.GITHUB_WORKSPACE;
  if (workspace && !relative(resolve(workspace), root).startsWith("..")) return resolve(workspace);
  for (let dir = root; ; dir = dirname(dir)) {
    if (existsSync(resolve(dir, ".git"))) return dir;
    if (dirname(dir) === dir) return root;
  }
}
