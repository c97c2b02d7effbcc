/** The `summitdesk` command: dispatches to build, check, tag. Exit codes: 0 ok, 1 content errors, 2 usage. */
import { build } from "./build.ts";
import { check } from "./check.ts";

const USAGE = `usage: summitdesk <command>

  build [--output DIR] [--no-cache]
                              validate content and write the site (default _site/); unchanged
                              articles come from .cache/summitdesk/ unless --no-cache
  check [FILES…] [--format json]  report every problem in the content; exit 1 on errors
  tag FILE.md [--json]        show the entities the tagger finds in one article
  new "Title" [--lang de|en] [--summit ID] [--people A,B]  create an article file
`;

export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...args] = argv;
  const root = process.cwd();
  switch (command) {
    case "build":
      return build(root, args);
    case "check":
      return check(root, args);
    case "tag": {
      const { tag } = await import("./tag.ts");
      return tag(root, args);
    }
    case "new": {
      const { create } = await import("./new.ts");
      return create(root, args);
    }
    case undefined:
    case "help":
    case "--help":
    case "-h":
      process.stdout.write(USAGE);
      return command === undefined ? 2 : 0;
    default:
      process.stderr.write(`Unknown command "${command}".\n\n${USAGE}`);
      return 2;
  }
}
