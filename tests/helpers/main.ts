/** Runs src/cli/main.ts in this process (no child, no tsx start-up): for tests of argument handling. */
import { vi } from "vitest";
import { main } from "../../src/cli/main.ts";

/** What a run printed and returned. */
export interface MainRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** `summitdesk ...args` as started in `cwd`, capturing what it writes to stdout and stderr. */
export async function runMain(cwd: string, args: readonly string[]): Promise<MainRun> {
  let stdout = "";
  let stderr = "";
  const capture = (target: "out" | "err") => (chunk: string | Uint8Array) => {
    const text = typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
    if (target === "out") stdout += text;
    else stderr += text;
    return true;
  };
  const out = vi.spyOn(process.stdout, "write").mockImplementation(capture("out") as never);
  const err = vi.spyOn(process.stderr, "write").mockImplementation(capture("err") as never);
  const previous = process.env.SUMMITDESK_NOW;
  process.env.SUMMITDESK_NOW = "2026-01-01T00:00:00Z";
  try {
    const code = await main(args, cwd);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
    if (previous === undefined) delete process.env.SUMMITDESK_NOW;
    else process.env.SUMMITDESK_NOW = previous;
  }
}
