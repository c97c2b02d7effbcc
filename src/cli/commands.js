/**
 * The commands of `summitdesk`, their options and their help, as data. Plain JavaScript on purpose: bin/ answers
 * `--help` and `--version` from this file alone, before tsx, Eleventy or the pipeline load, so help appears at
 * once. src/cli/main.ts parses arguments with node:util parseArgs from the same table (types: commands.d.ts).
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** @typedef {import("./commands.d.ts").OptionSpec} OptionSpec */
/** @typedef {import("./commands.d.ts").CommandSpec} CommandSpec */

/** @type {Record<string, OptionSpec>} */
const PROJECT = {
  root: {
    type: "string",
    value: "DIR",
    help: "the site's folder, holding content/, urls.json and .cache/ (default: .)",
  },
  content: { type: "string", value: "DIR", help: "the content folder (default: ROOT/content)" },
};

/** @type {Record<string, OptionSpec>} */
const ALWAYS = {
  help: { type: "boolean", short: "h", help: "show this help" },
  version: { type: "boolean", short: "v", help: "print the version of summitdesk" },
};

/** @type {OptionSpec} */
const FORMAT = {
  type: "string",
  value: "FORMAT",
  choices: ["text", "json", "github"],
  help: "text (default), json, or github (annotations in GitHub Actions)",
};

/** @type {OptionSpec} */
const OUTPUT = { type: "string", value: "DIR", help: "where the site is written (default: ROOT/_site)" };

/** @type {Readonly<Record<string, CommandSpec>>} */
export const COMMANDS = {
  init: {
    args: "",
    summary: "create a new site here (or in --root DIR)",
    description:
      "Writes content/site.yaml, a starter article per language, content/registry/ for your own entries over\n" +
      "the bundled world registry, eleventy.config.js, and (where missing) .gitignore and npm scripts.\n" +
      "Never overwrites a file: when a file it would create exists, nothing is written.",
    positionals: { min: 0, max: 0, name: "" },
    options: {
      title: { type: "string", value: "TEXT", help: "the site's name (default: Gipfeldienst / Summit Desk)" },
      languages: {
        type: "string",
        value: "LANGS",
        help: "the editions the site publishes: de, en or de,en (default: de,en)",
      },
      "default-language": {
        type: "string",
        value: "LANG",
        choices: ["de", "en"],
        help: "language of the root page and of articles without lang: (default: the first)",
      },
      "time-zone": {
        type: "string",
        value: "ZONE",
        help: "IANA time zone of the newsroom, e.g. Europe/Berlin (default: this computer's)",
      },
      url: {
        type: "string",
        value: "URL",
        help: "where the site will be served (default: https://example.org)",
      },
      ...PROJECT,
      ...ALWAYS,
    },
  },
  check: {
    args: "[FILE|DIR...]",
    summary: "report every problem in the content at once",
    description:
      "Validates the site config, the registry and every article, and compares their URLs with the URL\n" +
      "ledger (urls.json). Prints all problems at once; FILE or DIR limits the report to those paths.",
    positionals: { min: 0, max: Number.POSITIVE_INFINITY, name: "FILE" },
    options: { format: FORMAT, ...PROJECT, ...ALWAYS },
  },
  build: {
    args: "",
    summary: "validate the content and write the site",
    description:
      "Validates everything, then writes the site into the output folder, replacing it only when every page\n" +
      "was written. Records new article URLs in urls.json and writes redirects for URLs that moved.\n" +
      "With --watch it stays up and builds again after every change to the content (a change to the site's\n" +
      "layouts or assets starts it anew); each build is the one `summitdesk build` would make. Ctrl-C stops it.",
    positionals: { min: 0, max: 0, name: "" },
    options: {
      output: OUTPUT,
      watch: {
        type: "boolean",
        short: "w",
        help: "stay up and build again after every change (the process and its cache stay warm)",
      },
      "no-cache": {
        type: "boolean",
        help: "build from the content alone, neither reading nor writing .cache/summitdesk/",
      },
      quiet: {
        type: "boolean",
        short: "q",
        help: "no progress: neither the line redrawn on a terminal nor a line per stage in logs",
      },
      ...PROJECT,
      ...ALWAYS,
    },
  },
  dev: {
    args: "",
    summary: "serve the site with live reload; drafts shown",
    description:
      "Serves the site on http://localhost:PORT/ and rebuilds on every save. Drafts and scheduled articles\n" +
      "are shown; content errors are shown as a page instead of stopping the server. Stop it with Ctrl-C.",
    positionals: { min: 0, max: 0, name: "" },
    options: {
      port: { type: "string", value: "PORT", help: "the port to serve on (default: 8080)" },
      output: { ...OUTPUT, help: "where the dev server keeps its files (default: ROOT/_site)" },
      ...PROJECT,
      ...ALWAYS,
    },
  },
  tag: {
    args: "FILE.md",
    summary: "show the entities the tagger finds in one article",
    description:
      "Prints the countries, people, organisations and summits one article mentions, with salience and\n" +
      "the words that matched. The JSON form is a stable interface (version 1, see README.md).",
    positionals: { min: 1, max: 1, name: "FILE.md" },
    options: {
      format: FORMAT,
      json: { type: "boolean", help: "the same as --format json (deprecated)", deprecated: "--format json" },
      ...PROJECT,
      ...ALWAYS,
    },
  },
  new: {
    args: '"TITLE"',
    summary: "create an article file (never overwrites one)",
    description:
      "Creates content/articles/YEAR/SLUG.md as a draft dated now in the site's time zone, with the names\n" +
      "given resolved against the registry. Nothing is written when a name is unknown.",
    positionals: { min: 1, max: 1, name: "TITLE" },
    options: {
      lang: { type: "string", value: "LANG", choices: ["de", "en"], help: "de or en (default: the site's)" },
      summit: { type: "string", value: "ID", help: "the summit the article covers (id or name)" },
      people: {
        type: "string",
        value: "A,B",
        help: "people in front matter, comma-separated (ids or names)",
      },
      organisations: { type: "string", value: "A,B", help: "organisations, comma-separated" },
      countries: { type: "string", value: "A,B", help: "countries, comma-separated (codes or names)" },
      ...PROJECT,
      ...ALWAYS,
    },
  },
};

/** What each exit code means; printed in help and listed in README.md. */
export const EXIT_CODES =
  "exit codes: 0 ok (warnings allowed) · 1 content errors · 2 usage error\n" +
  "            70 internal error (please report it) · 128+N stopped by signal N (137: out of memory)";

/**
 * The version in summitdesk's package.json: the nearest one above this file (src/cli/ in a checkout, dist/src/cli/
 * in an installed package).
 */
export function version() {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json")) && dirname(dir) !== dir) dir = dirname(dir);
  const manifest = join(dir, "package.json");
  return /** @type {{ version: string }} */ (JSON.parse(readFileSync(manifest, "utf8"))).version;
}

/** Help for the whole command, listing the commands. */
export function mainHelp() {
  const rows = Object.entries(COMMANDS).map(([name, spec]) => [`${name} ${spec.args}`.trim(), spec.summary]);
  const width = Math.max(...rows.map(([left]) => left.length)) + 2;
  return [
    `summitdesk ${version()}: static news sites for summit coverage, in German and English`,
    "",
    "usage: summitdesk <command> [options]",
    "",
    "commands:",
    ...rows.map(([left, right]) => `  ${left.padEnd(width)}${right}`),
    "",
    "Run `summitdesk <command> --help` for its options. Everywhere: -h, --help; -v, --version.",
    EXIT_CODES,
    "",
  ].join("\n");
}

/** Help for one command: usage, what it does, every option. */
export function commandHelp(/** @type {string} */ name) {
  const spec = COMMANDS[name];
  if (!spec) return mainHelp();
  const rows = Object.entries(spec.options).map(([option, o]) => [
    `${o.short ? `-${o.short}, ` : "    "}--${option}${o.value ? ` ${o.value}` : ""}`,
    o.help,
  ]);
  const width = Math.max(...rows.map(([left]) => left.length)) + 2;
  return [
    `usage: summitdesk ${name} ${spec.args ? `${spec.args} ` : ""}[options]`,
    "",
    spec.description,
    "",
    "options:",
    ...rows.map(([left, right]) => `  ${left.padEnd(width)}${right}`),
    "",
    EXIT_CODES,
    "",
  ].join("\n");
}

/** The arguments before a `--` (after it, "--help" is a value, not a request for help). */
function flags(/** @type {readonly string[]} */ argv) {
  const end = argv.indexOf("--");
  return end === -1 ? argv : argv.slice(0, end);
}

/**
 * Answers `summitdesk`, `summitdesk help [COMMAND]`, `--help`/`-h` and `--version`/`-v` without loading anything
 * else. Returns the text to print and the exit code, or undefined when the arguments ask for real work (or name
 * an unknown command: main.ts reports that with a did-you-mean).
 * @param {readonly string[]} argv
 * @returns {{ stdout?: string, stderr?: string, code: number } | undefined}
 */
export function quickAnswer(argv) {
  const [command, ...rest] = argv;
  if (command === undefined) return { stderr: mainHelp(), code: 2 };
  const given = flags(argv);
  if (given.includes("--version") || given.includes("-v")) return { stdout: `${version()}\n`, code: 0 };
  if (command === "help") {
    const topic = rest[0];
    if (topic === undefined) return { stdout: mainHelp(), code: 0 };
    return topic in COMMANDS ? { stdout: commandHelp(topic), code: 0 } : undefined;
  }
  if (!given.includes("--help") && !given.includes("-h")) return undefined;
  if (command.startsWith("-")) return { stdout: mainHelp(), code: 0 };
  return command in COMMANDS ? { stdout: commandHelp(command), code: 0 } : undefined;
}
