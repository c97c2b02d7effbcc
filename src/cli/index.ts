/** The command line: `main(argv, cwd)` runs `summitdesk …` and resolves with its exit code. */
export { main } from "./main.ts";
