/**
 * The arguments of `summitdesk build`: `--output DIR` (or `--output=DIR`) and `--no-cache`. Anything else is a
 * usage error with a did-you-mean, never ignored: `--ouput x` must not build into _site/ without a word.
 */
import { closest } from "../diagnostics/index.ts";

/** What `build` was asked to do. */
export interface BuildArgs {
  /** The output folder as given (relative to the project, or absolute). */
  readonly out: string;
  /** False with --no-cache: neither read nor write the build cache. */
  readonly cache: boolean;
}

const OPTIONS = ["--output", "--no-cache"];
export const BUILD_USAGE = "usage: summitdesk build [--output DIR] [--no-cache]";

/** The parsed arguments, or the one-line error to print (exit 2). */
export function parseBuildArgs(args: readonly string[]): BuildArgs | { error: string } {
  let out = "_site";
  let cache = true;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (arg === "--no-cache") cache = false;
    else if (arg.startsWith("--output=")) out = arg.slice("--output=".length);
    else if (arg === "--output") {
      const value = args[i + 1];
      if (value === undefined || (value.startsWith("--") && value !== "--")) {
        return { error: "--output needs a folder: summitdesk build --output DIR" };
      }
      out = value;
      i++;
    } else if (arg.startsWith("-")) {
      const name = arg.split("=")[0] ?? arg;
      const guess = closest(name, OPTIONS);
      return { error: `Unknown option "${arg}" for build.${guess ? ` Did you mean "${guess}"?` : ""}` };
    } else {
      return {
        error: `Unexpected argument "${arg}" for build. To choose the output folder: --output ${arg}`,
      };
    }
  }
  return { out, cache };
}
