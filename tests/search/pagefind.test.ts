import { chmodSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.ts";
import { article, REGISTRY, removeProject, writeProject } from "../helpers/project.ts";

const roots: string[] = [];
afterAll(() => roots.forEach(removeProject));

describe("the search index step", () => {
  it("turns a Pagefind process killed mid-build into a one-line error and keeps the previous site", () => {
    const root = writeProject({
      ...REGISTRY,
      "content/articles/2025/a.md": article("title: A\ndate: 2025-08-31\nlang: de"),
    });
    roots.push(root);
    expect(runCli(root, ["build"]).status).toBe(0);
    const before = readFileSync(join(root, "_site/de/2025/a/index.html"), "utf8");
    // A stand-in for Pagefind that dies the way the kernel's OOM killer ends it.
    const killed = join(root, "pagefind-killed.sh");
    writeFileSync(killed, "#!/bin/sh\nkill -9 $$\n");
    chmodSync(killed, 0o755);
    writeFileSync(join(root, "content/articles/2025/b.md"), article("title: B\ndate: 2025-08-31\nlang: de"));
    const run = runCli(root, ["build"], { PAGEFIND_BINARY_PATH: killed });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      "Rendering failed: Pagefind was stopped by SIGKILL (most likely out of memory) while indexing the search",
    );
    expect(readFileSync(join(root, "_site/de/2025/a/index.html"), "utf8")).toBe(before);
    expect(existsSync(join(root, "_site/de/2025/b/index.html"))).toBe(false);
  });
});
