/** `summitdesk check [files…] [--format json]`: every diagnostic at once; exit 1 on errors only. */
import { hasErrors, jsonWithoutInvisible } from "../diagnostics/index.ts";
import { loadSite, printReport } from "./run.ts";

export function check(root: string, args: readonly string[]): number {
  const json = args.includes("--format") && args[args.indexOf("--format") + 1] === "json";
  const only = args
    .filter((a, i) => !a.startsWith("--") && args[i - 1] !== "--format")
    .map((a) => a.replace(/\\/g, "/").replace(/^\.\//, ""));
  const { files, diagnostics: all } = loadSite(root, false);
  const diagnostics =
    only.length > 0 ? all.filter((d) => only.some((f) => d.file === f || d.file.endsWith(`/${f}`))) : all;
  if (json) {
    // Bidi overrides and other invisible characters from file names or content stay escaped on screen.
    process.stdout.write(`${jsonWithoutInvisible(JSON.stringify({ version: 1, diagnostics }, null, 2))}\n`);
  } else if (diagnostics.some((d) => d.severity !== "info")) {
    printReport(diagnostics, files);
  } else {
    const n = files.articles.length;
    process.stdout.write(`No problems in ${n} ${n === 1 ? "article" : "articles"}.\n`);
  }
  return hasErrors(diagnostics) ? 1 : 0;
}
