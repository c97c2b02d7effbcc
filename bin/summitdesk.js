#!/usr/bin/env node
// Entry point of `npx summitdesk`: registers tsx so the TypeScript sources run directly on Node 20.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
