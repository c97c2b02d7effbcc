/**
 * Command-line arguments through node:util parseArgs in strict mode, from the table in commands.js. Strict mode
 * refuses what it does not know; this module turns each refusal into one line that says what to type instead
 * (`--ouput` → "Did you mean --output?"), because a misspelt flag must never be ignored.
 */
import { parseArgs } from "node:util";
import { distance } from "fastest-levenshtein";
import { COMMANDS, type CommandSpec, type OptionSpec } from "./commands.js";

/** A command name summitdesk knows. */
export type CommandName = keyof typeof COMMANDS;

/** Parsed arguments: option values by long name, and the positional arguments. */
export interface ParsedArgs {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
  /** Notes for stderr (deprecated options), printed before the command runs. */
  readonly warnings: readonly string[];
}

/** The output formats of `check` and `tag`. */
export type Format = "text" | "json" | "github";

/** The format from --format (validated by args.ts) or the deprecated --json. */
export function formatOf(values: Readonly<Record<string, unknown>>): Format {
  if (values.format === "json" || values.format === "github" || values.format === "text")
    return values.format;
  return values.json === true ? "json" : "text";
}

/** A usage error: one line (exit 2). */
export interface UsageError {
  readonly error: string;
}

/** True for a known command name. */
export function isCommand(name: string): name is CommandName {
  return Object.hasOwn(COMMANDS, name);
}

/** "Unknown command" with a did-you-mean among the commands. */
export function unknownCommand(name: string): string {
  const guess = nearest(name, Object.keys(COMMANDS));
  return `Unknown command "${name}".${guess ? ` Did you mean "${guess}"?` : ""} Commands: ${Object.keys(COMMANDS).join(", ")}.`;
}

/** Parses the arguments after the command name. */
export function parseCommandArgs(command: CommandName, argv: readonly string[]): ParsedArgs | UsageError {
  const spec: CommandSpec = COMMANDS[command];
  const options = Object.fromEntries(
    Object.entries(spec.options).map(([name, o]) => [
      name,
      { type: o.type, ...(o.short ? { short: o.short } : {}) },
    ]),
  );
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...argv], options, strict: true, allowPositionals: true });
  } catch (error) {
    return { error: explain(command, spec, argv, error) };
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const warnings: string[] = [];
  for (const [name, value] of Object.entries(values)) {
    const option = spec.options[name];
    if (typeof value === "string" && option?.choices && !option.choices.includes(value)) {
      const guess = nearest(value, option.choices);
      return {
        error: `--${name} must be ${list(option.choices)}, not "${value}".${guess ? ` Did you mean "${guess}"?` : ""}`,
      };
    }
    if (option?.deprecated && value !== undefined) {
      warnings.push(`warning: --${name} is deprecated; use ${option.deprecated}.`);
    }
  }
  const { min, max, name } = spec.positionals;
  const positionals = parsed.positionals;
  if (positionals.length > max) {
    if (command === "new") {
      return {
        error: `summitdesk new takes one title; put it in quotes: summitdesk new "${positionals.join(" ")}"`,
      };
    }
    return { error: unexpected(command, spec, positionals[max] ?? "", max) };
  }
  if (positionals.length < min) {
    return { error: `summitdesk ${command} needs ${name}: summitdesk ${command} ${spec.args}` };
  }
  return { values, positionals, warnings };
}

/** One line for what parseArgs refused. */
function explain(command: CommandName, spec: CommandSpec, argv: readonly string[], error: unknown): string {
  const code = (error as { code?: string }).code;
  // The tokens of a lenient parse tell which argument strict mode stumbled on.
  const { tokens } = parseArgs({
    args: [...argv],
    options: {},
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const optionTokens = tokens.filter((t) => t.kind === "option");
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const unknown = optionTokens.find((t) => !isKnown(spec, t.name, t.rawName));
    if (unknown) return unknownOption(command, spec, unknown.rawName);
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    for (const t of optionTokens) {
      const name = t.rawName.startsWith("--") ? t.name : longName(spec, t.name);
      const option = name ? spec.options[name] : undefined;
      if (!option) continue;
      if (option.type === "boolean" && t.inlineValue)
        return `--${name} takes no value: write just --${name}.`;
      if (option.type === "string") {
        const index = t.index;
        const next = argv[index + 1];
        if (!t.inlineValue && (next === undefined || next.startsWith("-"))) {
          return `--${name} needs ${what(option)}: summitdesk ${command} --${name} ${option.value ?? "VALUE"}`;
        }
      }
    }
  }
  // Not expected (parseArgs has no other errors in strict mode), but never a stack trace for a typo.
  return `${error instanceof Error ? error.message : String(error)}`;
}

function isKnown(spec: CommandSpec, name: string, rawName: string): boolean {
  return rawName.startsWith("--") ? Object.hasOwn(spec.options, name) : longName(spec, name) !== undefined;
}

function longName(spec: CommandSpec, short: string): string | undefined {
  return Object.entries(spec.options).find(([, o]) => o.short === short)?.[0];
}

/** `Unknown option "--ouput" for build. Did you mean "--output"?`, or where the option does belong. */
function unknownOption(command: CommandName, spec: CommandSpec, raw: string): string {
  const flag = raw.split("=")[0] ?? raw;
  const names = Object.keys(spec.options).map((n) => `--${n}`);
  const guess = nearest(flag, names);
  if (guess) return `Unknown option "${raw}" for ${command}. Did you mean "${guess}"?`;
  const elsewhere = Object.entries(COMMANDS)
    .filter(([, other]) => Object.hasOwn(other.options, flag.replace(/^-+/, "")))
    .map(([name]) => name);
  const hint =
    elsewhere.length > 0
      ? ` ${flag} is an option of ${elsewhere.join(" and ")}.`
      : ` Options of ${command}: ${names.join(", ")}.`;
  return `Unknown option "${raw}" for ${command}.${hint}`;
}

/** A positional argument the command does not take. */
function unexpected(command: CommandName, spec: CommandSpec, extra: string, max: number): string {
  if (max === 0 && spec.options.output) {
    return `Unexpected argument "${extra}" for ${command}. To choose the output folder: --output ${extra}`;
  }
  return `Unexpected argument "${extra}" for ${command}: it takes ${max === 0 ? "no arguments" : `one ${spec.positionals.name}`}.`;
}

/** "a folder", "a file"… for "--output needs a folder". */
function what(option: OptionSpec): string {
  switch (option.value) {
    case "DIR":
      return "a folder";
    case "FORMAT":
    case "LANG":
      return `a value (${list(option.choices ?? [])})`;
    case "PORT":
      return "a port number";
    case "ID":
      return "an id or name";
    case "A,B":
      return "names, comma-separated";
    default:
      return "a value";
  }
}

/** "text, json or github". */
function list(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;
}

/**
 * The candidate a mistyped word most likely meant. Words on a command line are short and a swapped pair of
 * letters ("buidl", "--prot", "jsno") costs two edits, so two are always allowed (more for long words).
 */
function nearest(input: string, candidates: readonly string[]): string | undefined {
  const word = input.toLowerCase();
  const budget = Math.max(2, Math.floor(word.replace(/^-+/, "").length / 4));
  let best: { candidate: string; d: number } | undefined;
  for (const candidate of candidates) {
    const d = distance(word, candidate);
    if (d <= budget && (!best || d < best.d || (d === best.d && candidate < best.candidate)))
      best = { candidate, d };
  }
  return best?.candidate;
}
