/** `summitdesk build`: validate everything, then write the site atomically. Exit 1 on any content error. */
import { hasErrors } from "../diagnostics/index.ts";
import { writeSite } from "../eleventy/index.ts";
import { loadSite, printReport } from "./run.ts";

export async function build(root: string, args: readonly string[]): Promise<number> {
  const outIndex = args.indexOf("--output");
  const out = outIndex >= 0 ? (args[outIndex + 1] ?? "_site") : "_site";
  const started = performance.now();
  const { files, result, diagnostics, loadMs } = loadSite(root, false);
  printReport(diagnostics, files);
  if (hasErrors(diagnostics) || !result.model) {
    process.stderr.write(`Build stopped: nothing was written; ${out}/ is unchanged.\n`);
    return 1;
  }
  try {
    const { files: written, timings } = await writeSite(root, out, result.model, sliceSize());
    if (process.env.SUMMITDESK_TIMINGS === "1") {
      // One line per stage for scripts/bench: `timing <stage> <ms>`.
      for (const t of [{ stage: "load", ms: loadMs }, ...result.timings, ...timings]) {
        process.stderr.write(`timing ${t.stage} ${t.ms.toFixed(1)}\n`);
      }
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    process.stdout.write(
      `Wrote ${written} files to ${out}/ in ${seconds} s (${result.model.index.articles.length} articles).\n`,
    );
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(
      `Rendering failed: ${message.split("\n")[0]}\nNothing was written; ${out}/ is unchanged.\n`,
    );
    return 1;
  }
}

/** Pages per Eleventy run: SUMMITDESK_SLICE when set (a tuning knob for very large archives), else the default. */
function sliceSize(): number | undefined {
  const n = Number(process.env.SUMMITDESK_SLICE);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}
