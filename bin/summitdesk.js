#!/usr/bin/env node
// Entry point of `npx summitdesk`: registers tsx so the TypeScript sources run directly on Node 20.
import { register } from "tsx/esm/api";

register();
try {
  const { main } = await import("../src/cli/main.ts");
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // Content problems are diagnostics; reaching this is a bug in summitdesk, reported without a wall of stack.
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    `summitdesk stopped on an internal error: ${message.split("\n")[0]}\n` +
      "Nothing was written. Please report this with the command you ran; set SUMMITDESK_DEBUG=1 to see details.\n",
  );
  if (process.env.SUMMITDESK_DEBUG) process.stderr.write(`${error instanceof Error ? error.stack : ""}\n`);
  process.exitCode = 70;
}
