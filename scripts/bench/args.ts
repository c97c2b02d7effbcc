/** Command-line options of `npm run bench`. */
import { DEFAULT_SEED } from "./corpus.ts";

/** Options; every one has a default so `npm run bench` alone measures 1,000 articles. */
export interface BenchOptions {
  /** Corpus sizes to measure, in order (`--articles 1000,10000`). */
  readonly articles: readonly number[];
  /** PRNG seed of the corpus (`--seed`). */
  readonly seed: number;
  /** Also build with the plain-Eleventy baseline (`--no-baseline` turns it off). */
  readonly baseline: boolean;
  /** Runs per build; the fastest wall time is reported (`--repeat`). */
  readonly repeat: number;
  /** Also profile our build with `node --cpu-prof` (`--profile`); profiles are kept in this folder. */
  readonly profile: boolean;
  /** Keep the temp projects for inspection (`--keep`). */
  readonly keep: boolean;
  /** Also rebuild after editing one article, with the cache the first build left (`--no-warm` turns it off). */
  readonly warm: boolean;
  /** Also measure edit-to-visible time with the dev server running on the corpus (`--dev`). */
  readonly dev: boolean;
  /**
   * Measure the checkout's TypeScript through tsx (`--checkout`) instead of the installed package's compiled
   * dist/ (installed.ts), which is what a newsroom runs.
   */
  readonly checkout: boolean;
  /** Append the results as JSON to this file (`--json FILE`), for chart.ts. */
  readonly json?: string;
}

export const defaults = {
  articles: [1000],
  seed: DEFAULT_SEED,
  baseline: true,
  repeat: 1,
  profile: false,
  keep: false,
  warm: true,
  dev: false,
  checkout: false,
} satisfies BenchOptions;

const USAGE =
  "usage: npm run bench -- [--articles N[,N…]] [--seed S] [--repeat R] [--no-baseline] [--profile] [--no-warm] [--dev] [--checkout] [--keep] [--json FILE]";

/** Parses argv; throws with the usage line on anything it does not understand. */
export function parseArgs(argv: readonly string[]): BenchOptions {
  const options: { -readonly [K in keyof BenchOptions]: BenchOptions[K] } = { ...defaults };
  const count = (flag: string, value: string | undefined): number => {
    const n = Number(value?.replace(/_/g, ""));
    if (!Number.isInteger(n) || n < 1)
      throw new Error(`bench: ${flag} needs a positive whole number, got "${value ?? ""}"\n${USAGE}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    switch (flag) {
      case "--articles":
        options.articles = (value ?? "").split(",").map((v) => count(flag, v));
        i++;
        break;
      case "--seed":
        options.seed = count(flag, value);
        i++;
        break;
      case "--repeat":
        options.repeat = count(flag, value);
        i++;
        break;
      case "--json":
        if (!value) throw new Error(`bench: --json needs a file name\n${USAGE}`);
        options.json = value;
        i++;
        break;
      case "--no-baseline":
        options.baseline = false;
        break;
      case "--profile":
        options.profile = true;
        break;
      case "--no-warm":
        options.warm = false;
        break;
      case "--dev":
        options.dev = true;
        break;
      case "--keep":
        options.keep = true;
        break;
      case "--checkout":
        options.checkout = true;
        break;
      default:
        throw new Error(`bench: unknown argument "${flag}"\n${USAGE}`);
    }
  }
  return options;
}
