/** `summitdesk check [FILE|DIR…] [--format text|json|github]`: every diagnostic at once; exit 1 on errors only. */
import { statSync } from "node:fs";
import { isAbsolute, relative, resolve } from "node:path";
import { type Diagnostic, hasErrors, sortDiagnostics } from "../diagnostics/index.ts";
import { LEDGER_FILE } from "../urls/index.ts";
import { planUrls, urlWarnings } from "./ledger.ts";
import { fromRoot, type Project, shown } from "./project.ts";
import { type Format, printDiagnostics } from "./report.ts";
import { loadSite } from "./run.ts";

/** What `check` was asked to do. */
export interface CheckOptions {
  readonly format: Format;
  /** Files or folders (relative to the cwd) to limit the report to; empty for everything. */
  readonly paths: readonly string[];
}

export function check(project: Project, options: CheckOptions): number {
  const targets = resolveTargets(project, options.paths);
  if ("error" in targets) {
    process.stderr.write(`${targets.error}\n`);
    return 2;
  }
  const { files, result, diagnostics: found } = loadSite(project.root, false, undefined, project.content);
  // URLs: what the ledger (urls.json) lacks, and what a build would move or mark removed.
  const urls = planUrls(project, result.model);
  const all = sortDiagnostics([...found, ...urls.diagnostics, ...urlWarnings(project, urls, files)]);
  const wanted = (file: string) => targets.length === 0 || targets.some((t) => t.matches(file));
  const diagnostics: Diagnostic[] = all.filter((d) => wanted(d.file));
  if (options.format !== "text" || diagnostics.some((d) => d.severity !== "info")) {
    printDiagnostics(options.format, diagnostics, files, project);
  } else {
    const n = files.articles.filter((a) => wanted(a.path)).length;
    process.stdout.write(`No problems in ${n} ${n === 1 ? "article" : "articles"}.\n`);
  }
  return hasErrors(diagnostics) ? 1 : 0;
}

/** A path given on the command line, as a test on diagnostic file names (relative to the root). */
interface Target {
  matches(file: string): boolean;
}

/** Each path must exist; a folder covers everything below it. */
function resolveTargets(project: Project, paths: readonly string[]): Target[] | { error: string } {
  const targets: Target[] = [];
  for (const path of paths) {
    const abs = resolve(project.cwd, path);
    let folder: boolean;
    try {
      folder = statSync(abs).isDirectory();
    } catch {
      return { error: `${path}: there is no such file or folder.` };
    }
    const rel = fromRoot(project, abs);
    const inside = relative(project.content, abs);
    const inContent = inside === "" || (!inside.startsWith("..") && !isAbsolute(inside));
    if (!inContent && rel !== LEDGER_FILE) {
      return {
        error: `${path} is not in the content folder (${shown(project.cwd, project.content)}/); check reads the content and urls.json.`,
      };
    }
    targets.push({
      matches: (file) => file === rel || (folder && (rel === "" || file.startsWith(`${rel}/`))),
    });
  }
  return targets;
}
