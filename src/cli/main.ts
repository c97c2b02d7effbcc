/**
 * The `summitdesk` command: parses the arguments strictly (src/cli/args.ts), then runs one command, loading only
 * what that command needs. Exit codes (EXIT_CODES in commands.js): 0 ok, 1 content errors, 2 usage, 70 internal.
 */
import { isAbsolute, relative, resolve } from "node:path";
import { formatOf, isCommand, parseCommandArgs, unknownCommand } from "./args.ts";
import { quickAnswer } from "./commands.js";
import { resolveProject } from "./project.ts";

/** Runs `summitdesk ...argv` as if started in `cwd`; returns the exit code. */
export async function main(argv: readonly string[], cwd = process.cwd()): Promise<number> {
  const quick = quickAnswer(argv);
  if (quick) {
    if (quick.stdout !== undefined) process.stdout.write(quick.stdout);
    if (quick.stderr !== undefined) process.stderr.write(quick.stderr);
    return quick.code;
  }
  const [command = "", ...rest] = argv;
  if (!isCommand(command)) {
    const problem = command.startsWith("-")
      ? `Unknown option "${command}": options come after the command, e.g. summitdesk check --format json.`
      : unknownCommand(command);
    process.stderr.write(`${problem}\nRun "summitdesk --help" for the commands.\n`);
    return 2;
  }
  const args = parseCommandArgs(command, rest);
  if ("error" in args) {
    process.stderr.write(`${args.error}\nRun "summitdesk ${command} --help" for its options.\n`);
    return 2;
  }
  for (const warning of args.warnings) process.stderr.write(`${warning}\n`);
  const { values, positionals } = args;
  const text = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : undefined);
  if (command === "init") {
    // The one command whose folders need not exist yet: it makes them.
    const { init } = await import("./init.ts");
    const given = (flag: string, key: string) => (text(flag) !== undefined ? { [key]: text(flag) } : {});
    return init({
      cwd,
      ...given("root", "root"),
      ...given("content", "content"),
      ...given("title", "title"),
      ...given("languages", "languages"),
      ...given("default-language", "defaultLanguage"),
      ...given("time-zone", "timeZone"),
      ...given("url", "url"),
    });
  }
  const project = resolveProject(cwd, values);
  if ("error" in project) {
    process.stderr.write(`${project.error}\n`);
    return 2;
  }
  // Each command is imported when it runs: `check` never loads Eleventy, help loads nothing at all.
  switch (command) {
    case "check": {
      const { check } = await import("./check.ts");
      return check(project, { format: formatOf(values), paths: positionals });
    }
    case "build": {
      const options = {
        out: outputFolder(project.root, cwd, text("output")),
        cache: !values["no-cache"],
        quiet: values.quiet === true,
      };
      if (values.watch) {
        if (values["no-cache"]) {
          process.stderr.write(
            "--watch keeps the build cache between builds; it cannot be combined with --no-cache.\n",
          );
          return 2;
        }
        const { watchBuilds } = await import("./watch.ts");
        return watchBuilds(project, options);
      }
      const { build } = await import("./build.ts");
      return build(project, options);
    }
    case "dev": {
      const port = Number(text("port") ?? "8080");
      if (!Number.isInteger(port) || port < 1 || port > 65535) {
        process.stderr.write(`--port must be a whole number from 1 to 65535, not "${text("port")}".\n`);
        return 2;
      }
      const { dev } = await import("./dev.ts");
      return dev(project, { port, site: outputFolder(project.root, cwd, text("output")) });
    }
    case "tag": {
      if (values.json && values.format !== undefined && values.format !== "json") {
        process.stderr.write(
          `--json and --format ${values.format} contradict each other; use --format alone.\n`,
        );
        return 2;
      }
      const { tag } = await import("./tag.ts");
      return tag(project, { file: positionals[0] ?? "", format: formatOf(values) });
    }
    case "new": {
      const { create } = await import("./new.ts");
      const given = (name: string) => (text(name) !== undefined ? { [name]: text(name) } : {});
      return create(project, {
        title: positionals[0] ?? "",
        ...given("lang"),
        ...given("summit"),
        ...given("people"),
        ...given("organisations"),
        ...given("countries"),
      });
    }
  }
}

/**
 * The output folder as build and dev take it: relative to the root, or absolute. A folder given on the command
 * line is relative to where summitdesk was started; with the root there too, it is passed on as typed.
 */
function outputFolder(root: string, cwd: string, given: string | undefined): string {
  if (given === undefined) return "_site";
  // An empty path stays empty: the output guard refuses it by name (it would mean the project folder).
  if (given.trim() === "" || isAbsolute(given)) return given;
  return relative(root, resolve(cwd, given)) || ".";
}
