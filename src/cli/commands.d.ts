/** Types of commands.js (plain JavaScript so that help loads without tsx). */

/** One option of a command, as node:util parseArgs takes it plus what help and errors need. */
export interface OptionSpec {
  readonly type: "string" | "boolean";
  readonly short?: string;
  /** Placeholder for the value in help: DIR, FILE, FORMAT… */
  readonly value?: string;
  /** The only values allowed. */
  readonly choices?: readonly string[];
  readonly help: string;
  /** Set on a deprecated option: what to use instead. */
  readonly deprecated?: string;
}

/** One command: its arguments, its options and its help. */
export interface CommandSpec {
  /** Positional arguments as shown in usage, e.g. "FILE.md". */
  readonly args: string;
  readonly summary: string;
  readonly description: string;
  readonly positionals: { readonly min: number; readonly max: number; readonly name: string };
  readonly options: Readonly<Record<string, OptionSpec>>;
}

export const COMMANDS: Readonly<Record<"init" | "check" | "build" | "dev" | "tag" | "new", CommandSpec>>;
export const EXIT_CODES: string;
export function version(): string;
export function mainHelp(): string;
export function commandHelp(name: string): string;
export function quickAnswer(
  argv: readonly string[],
): { readonly stdout?: string; readonly stderr?: string; readonly code: number } | undefined;
